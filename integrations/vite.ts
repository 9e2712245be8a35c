/**
 * `nightjar-ts/vite`: the nightjar-ts plugin for vite. Compiles natural blocks in TypeScript modules; see
 * {@link NightjarPluginOptions} and integrations/README.md.
 */
import { unplugin, type NightjarPluginOptions } from "./unplugin.js";

export type { NightjarPluginOptions };

const vite = unplugin.vite;

export default vite;
