/**
 * Runs each launch once per round, for `rounds` rounds after one unmeasured warm-up round. Rounds interleave
 * the launches, so a burst of load on the machine hits all of them alike rather than one.
 */
export function interleavedRounds<Name extends string, Launch, Sample>(launches: Record<Name, Launch>, rounds: number, runOnce: (launch: Launch) => Sample): Record<Name, Sample[]> {
  const names = Object.keys(launches) as Name[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as Sample[]])) as Record<Name, Sample[]>;
  for (let round = 0; round <= rounds; round += 1) {
    for (const name of names) {
      const sample = runOnce(launches[name]);
      if (round > 0) samples[name].push(sample);
    }
  }
  return samples;
}
