import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["string output", "interpolation"];

const translate = (phrase: string, language: string, translation: string): ProgramCase => ({
  name: `${language}: ${phrase}`,
  input: { phrase, language },
  expected: translation,
  natural: [call([phrase, language], done({ translation }))],
  twin: [call([phrase, language], json({ translation }))],
});

export const cases = [
  translate("Good morning", "French", "Bonjour"),
  translate("Good morning", "German", "Guten Morgen"),
  translate("Where is the station?", "Spanish", "¿Dónde está la estación?"),
];
