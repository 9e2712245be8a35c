import { natural } from "nightjar-ts";

export class Contact {
  constructor(
    public name: string,
    public email: string,
    public company: string,
  ) {}

  card(): string {
    return `${this.name} <${this.email}> at ${this.company}`;
  }
}

export async function run(input: { signature: string }) {
  const signature = input.signature;
  let contact!: Contact;
  await natural`Create a <Contact> from the email <signature> and store it in <:contact>.`;
  return { isContact: contact instanceof Contact, card: contact.card() };
}
