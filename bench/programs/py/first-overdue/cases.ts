import type { ProgramCase } from "../../../harness/program-case.js";
import { breakLoop, call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["loop with break"];

type Invoice = { number: string; due: string; paid: boolean };

const scan = (name: string, invoices: Invoice[], overdueAt: number | null): ProgramCase => {
  const checked = overdueAt === null ? invoices : invoices.slice(0, overdueAt + 1);
  return {
    name,
    input: { invoices },
    expected: { overdue: overdueAt === null ? null : invoices[overdueAt]!.number, checked: checked.length },
    natural: checked.map((invoice, index) =>
      call(invoice.number, index === overdueAt ? breakLoop({ overdue: invoice.number }) : done({ overdue: null })),
    ),
    twin: checked.map((invoice, index) => call(invoice.number, json({ overdue: index === overdueAt }))),
  };
};

const paid = { number: "INV-11", due: "2025-04-01", paid: true };
const future = { number: "INV-12", due: "2025-06-01", paid: false };
const late = { number: "INV-13", due: "2025-04-15", paid: false };

export const cases = [scan("second is late", [paid, late, future], 1), scan("none late", [paid, future], null)];
