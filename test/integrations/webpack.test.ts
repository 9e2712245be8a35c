import { toolCall } from "nightjar-ts/testing";
import { describeBundler } from "./helpers/bundler-suite.js";

describeBundler({
  fixture: "webpack",
  buildArgs: ["build.mjs"],
  // The block runs once per subject: not urgent, so continue; urgent, so write it and break out of the loop.
  script: [toolCall("continue"), toolCall("break", { outputs: { urgent: "Server down in production" } })],
  expectedStdout: /^urgent: Server down in production \(model: simulated-mock-model\)$/m,
  expectedRequests: 2,
  instructionPhrase: "sounds urgent",
  blockLine: 6,
  laterLine: 12,
  laterPattern: /console\.log\(/,
  readMark: "subject",
});
