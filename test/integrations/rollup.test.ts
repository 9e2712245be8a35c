import { toolCall } from "nightjar-ts/testing";
import { describeBundler } from "./helpers/bundler-suite.js";

describeBundler({
  fixture: "rollup",
  buildArgs: ["node_modules/rollup/dist/bin/rollup", "-c", "rollup.config.mjs"],
  script: [toolCall("done", { outputs: { units: 6 } })],
  expectedStdout: /^units: 6 \(model: simulated-mock-model\)$/m,
  expectedRequests: 1,
  instructionPhrase: "Add up the quantities",
  blockLine: 11,
  laterLine: 16,
  laterPattern: /console\.log\(/,
  readMark: "order",
});
