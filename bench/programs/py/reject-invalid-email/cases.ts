import type { ProgramCase } from "../../../harness/program-case.js";
import { call, json, oneCallCase, raiseError } from "../../../harness/scripted-reply.js";

export const covers = ["raising a typed error the caller catches"];

const accepted = (form: string, email: string) =>
  oneCallCase({ name: email, input: { form }, expected: { email }, when: form, outputs: { email }, twinAnswer: { email, problem: "" } });

const rejected = (form: string, problem: string): ProgramCase => ({
  name: problem,
  input: { form },
  expected: { rejected: "InvalidSignupError" },
  natural: [call(form, raiseError("InvalidSignupError", problem))],
  twin: [call(form, json({ email: null, problem }))],
});

export const cases = [
  accepted("Name: Sam Lee, contact: sam.lee@example.org, plan: pro", "sam.lee@example.org"),
  rejected("Name: Pat, contact: call me maybe", "the form gives no email address"),
];
