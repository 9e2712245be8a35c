import { natural } from "nightjar-ts";

export interface Meeting {
  title: string;
  start: Date;
  durationMinutes: number;
  attendees: string[];
}

export async function run(input: { request: string; today: string }) {
  const request = input.request;
  let meeting!: Meeting;
  await natural`Today is ${input.today}. Turn the <request> into a <Meeting> in <:meeting> (times are UTC).`;
  const end = new Date(meeting.start.getTime() + meeting.durationMinutes * 60_000);
  return { title: meeting.title, start: meeting.start.toISOString(), end: end.toISOString(), attendees: meeting.attendees };
}
