import { preludeCodec } from "./prelude-codec.js";
import { preludeRender } from "./prelude-render.js";
import { preludeScope } from "./prelude-scope.js";

/**
 * The script each sandbox runs before any model code. It evaluates to the host's handle on the scope
 * operations (`load`, `has`, `read`, `stage`, `render`, `describe`, `takeOutput`); only `console` is left on
 * the global object.
 */
export const preludeSource = `(() => {
"use strict";
${preludeCodec}
${preludeRender}
${preludeScope}
return scope;
})()`;
