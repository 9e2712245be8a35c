import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["multi-block pipeline"];

// The first block's instruction mentions "order number"; only the second one's mentions "status".
const pipeline = (message: string, orderId: string, reply: string | null): ProgramCase => ({
  name: orderId,
  input: { message },
  expected: { orderId, reply },
  natural: [
    call([message, "order number"], done({ orderId })),
    ...(reply ? [call([message, "status", orderId], done({ reply }))] : []),
  ],
  twin: [
    call([message, "order number"], json({ orderId })),
    ...(reply ? [call([message, "status", orderId], json({ reply }))] : []),
  ],
});

export const cases = [
  pipeline("Hi, where is my order A-100? It has been a week.", "A-100", "Your order A-100 has shipped with DHL and is on its way."),
  pipeline("Has order A-101 left your warehouse yet", "A-101", "Order A-101 is still being processed and will ship soon."),
  pipeline("What happened to order Z-999", "Z-999", null),
];
