/**
 * `nightjar-ts/esbuild`: the nightjar-ts plugin for esbuild. Compiles natural blocks in TypeScript modules; see
 * {@link NightjarPluginOptions} and integrations/README.md.
 */
import { unplugin, type NightjarPluginOptions } from "./unplugin.js";

export type { NightjarPluginOptions };

const esbuild = unplugin.esbuild;

export default esbuild;
