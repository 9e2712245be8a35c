import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["string output", "interpolation"];

const translate = (phrase: string, language: string, translation: string) =>
  oneCallCase({
    name: `${language}: ${phrase}`,
    input: { phrase, language },
    expected: translation,
    when: [phrase, language],
    outputs: { translation },
  });

export const cases = [
  translate("Good morning", "French", "Bonjour"),
  translate("Good morning", "German", "Guten Morgen"),
  translate("Where is the station?", "Spanish", "¿Dónde está la estación?"),
];
