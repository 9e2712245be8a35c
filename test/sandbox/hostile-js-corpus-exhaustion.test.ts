import { describeHostileSuite } from "./helpers/hostile-harness.js";
import { hostileJsCorpus } from "./hostile-js-corpus.js";

/** Issue 7, second half: attempts to exhaust or confuse the host (loops, memory, recursion, output, protocol). */
const exhaustion = new Set(["infinite-loop", "memory-bomb", "deep-recursion", "huge-output", "protocol-tampering"]);

describeHostileSuite("hostile code actions: exhaustion", hostileJsCorpus.filter((attempt) => exhaustion.has(attempt.category)));
