import { toolCall } from "nightjar-ts/testing";
import { describeBundler } from "./helpers/bundler-suite.js";

describeBundler({
  fixture: "vite",
  buildArgs: ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"],
  script: [toolCall("done", { outputs: { category: "refund" } })],
  expectedStdout: /^category: refund \(model: simulated-mock-model\)$/m,
  expectedRequests: 1,
  instructionPhrase: "decide which kind of message it is",
  blockLine: 7,
  laterLine: 12,
  laterPattern: /console\.log\(/,
  readMark: "email",
});
