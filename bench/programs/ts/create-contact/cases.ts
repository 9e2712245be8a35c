import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["creating objects of a class"];

const contactCase = (signature: string, name: string, email: string, company: string) =>
  oneCallCase({
    name,
    input: { signature },
    expected: { isContact: true, card: `${name} <${email}> at ${company}` },
    when: signature,
    outputs: { contact: { name, email, company } },
    twinAnswer: { name, email, company },
  });

export const cases = [
  contactCase("Best, Maria Lopez | Head of Sales, Brightline | maria@brightline.io", "Maria Lopez", "maria@brightline.io", "Brightline"),
  contactCase("-- Tom Okafor, Okafor & Sons Plumbing, tom.okafor@example.com", "Tom Okafor", "tom.okafor@example.com", "Okafor & Sons Plumbing"),
];
