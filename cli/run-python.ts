/** placeholder until python/run-python-program.ts lands */
export async function runPython(options: { path: string; args: string[] }): Promise<void> {
  void options;
  throw new Error("not yet");
}
