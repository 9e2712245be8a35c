/**
 * Whether the loader compiles through the compile service: `NIGHTJAR_COMPILE_SERVICE=on` or `off`; unset, on
 * when the program runs in a terminal (stderr is a TTY) — the edit-and-run loop the service is for — and off
 * elsewhere (tests, CI, scripts), where a process left running after the program would be a surprise.
 */

/** True when the compile service should be used; another value of the setting is reported and ignored. */
export function compileServiceEnabled(options: { env: NodeJS.ProcessEnv; interactive: boolean; warn(message: string): void }): boolean {
  const setting = options.env.NIGHTJAR_COMPILE_SERVICE;
  if (setting === "on") return true;
  if (setting === "off") return false;
  if (setting !== undefined && setting !== "") {
    options.warn(`nightjar: NIGHTJAR_COMPILE_SERVICE is "${setting}"; set it to on or off (ignored: the service is ${options.interactive ? "on in a terminal" : "off outside a terminal"})`);
  }
  return options.interactive;
}
