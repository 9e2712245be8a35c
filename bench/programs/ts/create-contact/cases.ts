import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["creating objects of a class"];

const contactCase = (signature: string, name: string, email: string, company: string): ProgramCase => ({
  name,
  input: { signature },
  expected: { isContact: true, card: `${name} <${email}> at ${company}` },
  natural: [call(signature, done({ contact: { name, email, company } }))],
  twin: [call(signature, json({ name, email, company }))],
});

export const cases = [
  contactCase("Best, Maria Lopez | Head of Sales, Brightline | maria@brightline.io", "Maria Lopez", "maria@brightline.io", "Brightline"),
  contactCase("-- Tom Okafor, Okafor & Sons Plumbing, tom.okafor@example.com", "Tom Okafor", "tom.okafor@example.com", "Okafor & Sons Plumbing"),
];
