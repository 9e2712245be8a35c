/**
 * `nightjar-ts/webpack`: the nightjar-ts plugin for webpack. Compiles natural blocks in TypeScript modules; see
 * {@link NightjarPluginOptions} and integrations/README.md.
 */
import { unplugin, type NightjarPluginOptions } from "./unplugin.js";

export type { NightjarPluginOptions };

const webpack = unplugin.webpack;

export default webpack;
