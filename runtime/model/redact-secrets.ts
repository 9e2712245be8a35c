/**
 * Keeps API keys out of what is written to disk (cassettes, the response cache, traces): every configured key
 * that appears in the text is replaced. Requests never carry a key by design; this is the second line.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let redacted = text;
  for (const secret of secrets) {
    // Very short "keys" (`test`, `x`) would redact ordinary words; real keys are long.
    if (secret !== undefined && secret.length >= 8) redacted = redacted.split(secret).join("[redacted]");
  }
  return redacted;
}
