import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["boolean output"];

const decide = (sentence: string, isQuestion: boolean) =>
  oneCallCase({ name: sentence, input: { sentence }, expected: isQuestion, when: sentence, outputs: { isQuestion } });

export const cases = [
  decide("I wonder whether the shop opens on Sunday", true),
  decide("The shop opens at nine", false),
  decide("Could you send me the report", true),
];
