/**
 * `nightjar-ts/rollup`: the nightjar-ts plugin for rollup. Compiles natural blocks in TypeScript modules; see
 * {@link NightjarPluginOptions} and integrations/README.md.
 */
import { unplugin, type NightjarPluginOptions } from "./unplugin.js";

export type { NightjarPluginOptions };

const rollup = unplugin.rollup;

export default rollup;
