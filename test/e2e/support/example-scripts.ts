/**
 * The scripted model answers for each run of an example (examples/*.ts): what a correct model would reply.
 * Shared by the e2e tests (test/e2e/run-examples.test.ts, which assert what each run prints and sends) and the
 * prompt-token bench (bench/example-prompts.ts, which counts what each run sends).
 */
import { toolCall, type MockReply } from "nightjar-ts/testing";
import { userMessage, type MockRunOptions } from "./run-with-mock-model.js";

/** One run of an example: `nightjar run <file> [args...]` against a mock model answering with `script`. */
export interface ExampleRun extends Pick<MockRunOptions, "script"> {
  file: string;
  args?: string[];
}

/** A script that answers each request by the block it comes from (its user message). */
const byInstruction = (choose: (message: string) => MockReply) => (body: Record<string, unknown>) =>
  choose(userMessage({ body } as never));

const reviewAspects = [
  { name: "battery", sentiment: "positive", mentions: 2 },
  { name: "screen", sentiment: "negative", mentions: 2 },
];

export const exampleRuns = {
  /** The block answers directly: one round trip. */
  classifyEmail: {
    file: "examples/classify-email.ts",
    args: ["My order arrived broken, I want my money back."],
    script: [toolCall("done", { outputs: { category: "Refund request", reply: "We are sorry, a refund is on its way." } })],
  },
  /** The block throws an error class the program catches. */
  classifyEmailSpam: {
    file: "examples/classify-email.ts",
    args: ["WIN A FREE CRUISE!!!"],
    script: [toolCall("raise", { error: { type: "NotAnEmailError", message: "this is spam" } })],
  },
  /** Property writes, continue, break, and break out of a labelled loop around a switch. */
  triageTickets: {
    file: "examples/triage-tickets.ts",
    script: byInstruction((message) => {
      if (message.includes("WIN A FREE CRUISE")) return toolCall("continue");
      if (message.includes("Checkout is down")) {
        return toolCall("break", { outputs: { "ticket.priority": "urgent", "ticket.team": "engineering" } });
      }
      if (message.includes("Invoice copy")) return toolCall("done", { outputs: { "ticket.priority": "low", "ticket.team": "billing" } });
      if (message.includes("error rate 40%")) return toolCall("break");
      return toolCall("done");
    }),
  },
  /** Functions as tools: code actions call the program's `searchDocs`; a function the block does not name stays out of reach. */
  answerFromDocs: {
    file: "examples/answer-from-docs.ts",
    args: ["How long do refunds take?"],
    script: [
      toolCall("exec", { code: "deleteAllDocs()" }),
      toolCall("eval", { expression: "(await searchDocs('refund')).map((doc) => doc.title)" }),
      toolCall("exec", { code: "const [doc] = await searchDocs('refunds card'); answer = `${doc.text.split(' of ')[0]} (${doc.title})`" }),
      toolCall("done"),
    ],
  },
  /** `exec` sets an output Date, then `return` hands back a typed value. */
  planTrip: {
    file: "examples/plan-trip.ts",
    args: ["Porto", "2"],
    script: [
      toolCall("exec", { code: 'departure = new Date("2025-06-06T08:00:00Z")' }),
      toolCall("return", { value: { city: "Porto", stops: [{ day: 1, activity: "Ribeira" }, { day: 2, activity: "Port cellars" }] } }),
    ],
  },
  /** Blocks in a method and a closure change the program's objects in place with `exec`, then finish. */
  shoppingCart: {
    file: "examples/shopping-cart.ts",
    script: [
      toolCall("exec", { code: "for (const item of items) item.price = Math.round(item.price * 90) / 100;" }),
      toolCall("done"),
      toolCall("exec", { code: "items[2].quantity = 1;" }),
      toolCall("done"),
    ],
  },
  /** Each block reads what the previous one wrote. */
  reviewPipeline: {
    file: "examples/review-pipeline.ts",
    script: byInstruction((message) => {
      if (message.includes("<:aspects>")) return toolCall("done", { outputs: { aspects: reviewAspects } });
      if (message.includes("<:score>")) return toolCall("done", { outputs: { score: 3 } });
      return toolCall("done", { outputs: { headline: "Great battery, fragile screen" } });
    }),
  },
  /** `return` of a typed record. */
  validateSignup: {
    file: "examples/validate-signup.ts",
    script: [toolCall("return", { value: { displayName: "Ada Lovelace", email: "ada@example.org" } })],
  },
  /** The block throws one of two error classes; the caller catches it in its own branch. */
  validateSignupDisposable: {
    file: "examples/validate-signup.ts",
    args: ["Bob", "bob@mailinator.com"],
    script: [toolCall("raise", { error: { type: "DisposableEmailError", message: "mailinator.com is disposable" } })],
  },
  /** Outputs set on some paths (left unchanged or set) and a labelled `continue` that skips a batch. */
  trackOrders: {
    file: "examples/track-orders.ts",
    script: byInstruction((message) => {
      if (message.includes('"A-1"')) return toolCall("done", { outputs: { status: "shipped" } });
      if (message.includes('"A-2"')) return toolCall("continue", { label: "batchLoop" });
      if (message.includes('"B-1"')) return toolCall("done", { outputs: { status: "lost", firstLost: "B-1" } });
      return toolCall("done");
    }),
  },
} satisfies Record<string, ExampleRun>;
