import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["filtering a list"];

const filter = (name: string, reviews: string[], complaining: number[]) => {
  const complaints = reviews.filter((_, index) => complaining.includes(index));
  const twinAnswer = { complaintNumbers: complaining };
  return oneCallCase({ name, input: { reviews }, expected: complaints, when: reviews[0]!, outputs: { complaints }, twinAnswer });
};

export const cases = [
  filter("mixed", ["Great kettle, boils fast", "The lid broke after two days", "Arrived late and dented"], [1, 2]),
  filter("all happy", ["Lovely colour", "Works as described"], []),
  filter("one complaint", ["Too loud for an office", "Fair price", "Nice packaging", "Does the job"], [0]),
];
