import { initial, natural } from "nightjar-ts";

export interface Booking {
  date: string;
  guests: number;
}

export async function run(input: { userTurns: string[] }) {
  const transcript: string[] = [];
  let booking = initial<Booking | null>(null);
  for (const userMessage of input.userTurns) {
    transcript.push(`user: ${userMessage}`);
    let reply!: string;
    await natural`You take table bookings for a restaurant. Answer <userMessage>, the newest turn of <transcript>, in <:reply>.
      Keep <:booking> (a date as YYYY-MM-DD and a number of guests) once the user has given both, else null.
      If the user says goodbye, stop the conversation (break).`;
    transcript.push(`assistant: ${reply}`);
  }
  return { booking, turns: transcript.length };
}
