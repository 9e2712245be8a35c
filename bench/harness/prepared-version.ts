/** A program version made ready to run in a child process, or why it cannot run. */
export type PreparedVersion =
  | { success: true; command: string; args: string[] }
  | { success: false; message: string };

/** Where prepared versions are written (inside the repository, so `nightjar-ts` and `openai` resolve). */
export interface PrepareTarget {
  root: string;
  buildDirectory: string;
}
