/** A mistake in how the bench was asked to run (unknown program, missing model settings): the user's to fix. */
export class BenchSetupError extends Error {
  override name = "BenchSetupError";
}
