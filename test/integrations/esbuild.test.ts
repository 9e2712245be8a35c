import { toolCall } from "nightjar-ts/testing";
import { describeBundler } from "./helpers/bundler-suite.js";

describeBundler({
  fixture: "esbuild",
  buildArgs: ["build.mjs"],
  script: [toolCall("done", { outputs: { stars: 4, gist: "fast, works, poor manual" } })],
  expectedStdout: /^stars: 4, gist: fast, works, poor manual \(model: simulated-mock-model\)$/m,
  expectedRequests: 1,
  instructionPhrase: "Rate <review> from 1 to 5",
  blockLine: 6,
  laterLine: 12,
  laterPattern: /console\.log\(/,
  readMark: "review",
});
