import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["extraction into a Date", "interpolation"];

interface Meeting {
  title: string;
  start: string;
  durationMinutes: number;
  attendees: string[];
}

const schedule = (request: string, meeting: Meeting) => {
  const end = new Date(Date.parse(meeting.start) + meeting.durationMinutes * 60_000).toISOString();
  return oneCallCase({
    name: meeting.title,
    input: { request, today: "2025-03-03" },
    expected: { title: meeting.title, start: meeting.start, end, attendees: meeting.attendees },
    when: request,
    outputs: { meeting },
    twinAnswer: meeting,
  });
};

export const cases = [
  schedule("Budget review with Kim and Lee next Tuesday at 14:00 for an hour", {
    title: "Budget review",
    start: "2025-03-11T14:00:00.000Z",
    durationMinutes: 60,
    attendees: ["Kim", "Lee"],
  }),
  schedule("Quick 15 minute sync with Ravi tomorrow at 9", {
    title: "Sync",
    start: "2025-03-04T09:00:00.000Z",
    durationMinutes: 15,
    attendees: ["Ravi"],
  }),
];
