import type { ProgramCase } from "../../../harness/program-case.js";
import { breakLoop, call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["conversation loop"];

interface Turn {
  user: string;
  reply: string;
  booking: { date: string; guests: number } | null;
  goodbye?: boolean;
}

// Each turn's request holds every user message so far; naming them all picks the newest turn's answer.
const conversation = (name: string, turns: Turn[], trailing: string[] = []): ProgramCase => {
  const spoken = (index: number) => turns.slice(0, index + 1).map((turn) => turn.user);
  return {
    name,
    input: { userTurns: [...turns.map((turn) => turn.user), ...trailing] },
    // A goodbye leaves the loop at once: its reply is not added to the transcript.
    expected: { booking: turns.at(-1)!.booking, turns: turns.length * 2 - 1 },
    natural: turns.map((turn, index) => {
      const outputs = { reply: turn.reply, booking: turn.booking };
      return call(spoken(index), turn.goodbye ? breakLoop(outputs) : done(outputs));
    }),
    twin: turns.map((turn, index) =>
      call(spoken(index), json({ reply: turn.reply, booking: turn.booking, goodbye: turn.goodbye ?? false })),
    ),
  };
};

const booking = { date: "2025-06-14", guests: 4 };

export const cases = [
  conversation(
    "books then leaves",
    [
      { user: "Hi, I would like a table please", reply: "Gladly! For which date and how many guests?", booking: null },
      { user: "For 4 people on 14 June 2025", reply: "Booked: 4 guests on 2025-06-14.", booking },
      { user: "Thanks, goodbye", reply: "Goodbye, see you then!", booking, goodbye: true },
    ],
    ["This turn is never read"],
  ),
  conversation("gives up", [{ user: "Never mind, bye", reply: "Goodbye!", booking: null, goodbye: true }]),
];
