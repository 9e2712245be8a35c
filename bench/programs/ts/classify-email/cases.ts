import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["classification into an enum"];

const classify = (name: string, email: string, category: string) =>
  oneCallCase({ name, input: { email }, expected: category, when: email, outputs: { category } });

export const cases = [
  classify("refund", "My blender arrived broken and I want my money back", "refund"),
  classify("presale", "Does the X200 model come in red before I order one", "presale"),
  classify("shipping", "Where is my parcel, the tracking page has not moved for a week", "shipping"),
  classify("other", "I love your podcast, keep it up", "other"),
];
