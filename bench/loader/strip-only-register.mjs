import { register } from "node:module";

register("./strip-only-hooks.mjs", import.meta.url);
