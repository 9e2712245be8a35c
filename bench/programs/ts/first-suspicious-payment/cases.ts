import type { ProgramCase } from "../../../harness/program-case.js";
import { breakLoop, call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["loop with break"];

type Payment = {
  id: string;
  amount: number;
  country: string;
  note: string;
};

const scan = (name: string, payments: Payment[], fraudAt: number | null): ProgramCase => {
  const checked = fraudAt === null ? payments : payments.slice(0, fraudAt + 1);
  const verdict = (index: number) => index === fraudAt;
  return {
    name,
    input: { payments },
    expected: { flagged: fraudAt === null ? null : payments[fraudAt]!.id, inspected: checked.length },
    natural: checked.map((payment, index) =>
      call(payment.id, verdict(index) ? breakLoop({ flagged: payment.id }) : done({ flagged: null })),
    ),
    twin: checked.map((payment, index) => call(payment.id, json({ fraudulent: verdict(index) }))),
  };
};

const coffee = { id: "P-1001", amount: 4.5, country: "DE", note: "coffee" };
const rent = { id: "P-1002", amount: 950, country: "DE", note: "monthly rent" };
const giftCards = { id: "P-1003", amount: 4999, country: "XX", note: "50 gift cards, urgent, new device" };
const groceries = { id: "P-1004", amount: 63.2, country: "DE", note: "groceries" };

export const cases = [
  scan("fraud third", [coffee, rent, giftCards, groceries], 2),
  scan("no fraud", [coffee, rent, groceries], null),
  scan("fraud first", [giftCards, coffee], 0),
];
