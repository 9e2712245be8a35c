import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["in-place update of a dict"];

type Result = { home: string; away: string; home_goals: number; away_goals: number };

const points = (result: Result): Record<string, number> => {
  if (result.home_goals === result.away_goals) return { [result.home]: 1, [result.away]: 1 };
  return { [result.home_goals > result.away_goals ? result.home : result.away]: 3 };
};

const apply = (report: string, scores: Record<string, number>, results: Result[]): ProgramCase => {
  const gained = results.flatMap((result) => Object.entries(points(result)));
  const expected = { ...scores };
  for (const [team, add] of gained) expected[team] = expected[team]! + add;
  return {
    name: report.slice(0, 30),
    input: { scores, report },
    expected,
    natural: [call(report, done({}, gained.map(([team, add]) => `scores[${JSON.stringify(team)}] += ${add}`).join("\n")))],
    twin: [call(report, json({ results }))],
  };
};

export const cases = [
  apply("Lions beat Hawks 2-1 on Saturday", { Lions: 10, Hawks: 7, Owls: 4 }, [{ home: "Lions", away: "Hawks", home_goals: 2, away_goals: 1 }]),
  apply(
    "Owls and Hawks drew 0-0, then Owls lost 1-3 away at Lions",
    { Lions: 10, Hawks: 7, Owls: 4 },
    [
      { home: "Owls", away: "Hawks", home_goals: 0, away_goals: 0 },
      { home: "Lions", away: "Owls", home_goals: 3, away_goals: 1 },
    ],
  ),
];
