import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["extraction into nested types (dataclasses)"];

type Person = { name: string; age: number; address: { city: string; country: string } };

const extract = (bio: string, person: Person) =>
  oneCallCase({ name: person.name, input: { bio }, expected: person, when: bio, outputs: { person }, twinAnswer: person });

export const cases = [
  extract("Lena Fischer, 41, runs a bakery in Hamburg, Germany", {
    name: "Lena Fischer",
    age: 41,
    address: { city: "Hamburg", country: "Germany" },
  }),
  extract("Kofi Mensah is a 29 year old engineer living in Accra, Ghana", {
    name: "Kofi Mensah",
    age: 29,
    address: { city: "Accra", country: "Ghana" },
  }),
];
