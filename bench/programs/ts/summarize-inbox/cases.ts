import type { ProgramCase } from "../../../harness/program-case.js";
import { call, continueLoop, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["loop with continue"];

type Mail = { text: string; summary: string | null };

const inbox = (name: string, mails: Mail[]): ProgramCase => ({
  name,
  input: { messages: mails.map((mail) => mail.text) },
  expected: mails.flatMap((mail) => (mail.summary === null ? [] : [mail.summary])),
  natural: mails.map((mail) => call(mail.text, mail.summary === null ? continueLoop() : done({ summary: mail.summary }))),
  twin: mails.map((mail) => call(mail.text, json({ spam: mail.summary === null, summary: mail.summary ?? "" }))),
});

const spam = { text: "You WON a free cruise, click now to claim", summary: null };
const standup = { text: "Standup moves to 10:30 tomorrow because of the offsite", summary: "Standup moved to 10:30 tomorrow" };
const invoice = { text: "Attached is the March invoice, due in 30 days", summary: "March invoice attached, due in 30 days" };
const pills = { text: "Cheap pills, best prices, no prescription", summary: null };

export const cases = [inbox("spam in the middle", [standup, spam, invoice]), inbox("only spam", [spam, pills]), inbox("no spam", [invoice])];
