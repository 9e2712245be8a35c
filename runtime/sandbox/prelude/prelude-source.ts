import { preludeCalls } from "./prelude-calls.js";
import { preludeCodec } from "./prelude-codec.js";
import { preludeRender } from "./prelude-render.js";
import { preludeScope } from "./prelude-scope.js";

/**
 * The script each sandbox runs before any model code. It evaluates to the host's handle on the scope
 * operations (`load`, `has`, `read`, `stage`, `render`, `describe`, `takeOutput`, and the function-call
 * bridge's `grant`, `takeCalls`, `settleCalls`); only `console` is left on the global object.
 */
export const preludeSource = `(() => {
"use strict";
${preludeCodec}
${preludeRender}
${preludeCalls}
${preludeScope}
return { ...scope, grant: calls.grant, takeCalls: calls.take, settleCalls: calls.settle };
})()`;
