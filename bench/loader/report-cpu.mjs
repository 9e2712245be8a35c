// Imported first by the cold-compile bench's child processes: prints the process's CPU time (every thread,
// the loader's hooks thread included) on stderr as it exits, for the bench to read.
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`cpu-ms ${((user + system) / 1000).toFixed(1)}\n`);
});
