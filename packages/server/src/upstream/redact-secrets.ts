/**
 * Shortest run of a secret's characters that counts as a leak on its own. An upstream may echo our request
 * body and cut its own message mid-token, leaving only part of a secret; runs this long are redacted too.
 * Shorter runs are left alone so that redaction never shreds ordinary words that happen to occur in a secret.
 */
const FRAGMENT_LENGTH = 12;

/** Start positions in `text` of every FRAGMENT_LENGTH-long piece of `secret`; overlapping pieces form a run. */
function fragmentStarts(text: string, secret: string): number[] {
  const starts: number[] = [];
  for (let from = 0; from + FRAGMENT_LENGTH <= secret.length; from += 1) {
    const piece = secret.slice(from, from + FRAGMENT_LENGTH);
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) starts.push(at);
  }
  return starts;
}

/**
 * Replaces every occurrence of each secret in `text`, and every run of at least 12 of its characters (a
 * secret cut short by an upstream that truncates its echo), with `***`. A last line of defence for messages
 * built from upstream answers: secrets shorter than 4 characters are ignored so that redaction never shreds
 * ordinary words. Redact before cutting a message to length, or the cut can leave a partial secret behind.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('***');
  }
  const starts = secrets.flatMap((secret) => fragmentStarts(result, secret)).toSorted((a, b) => a - b);
  const parts: string[] = [];
  // Characters before `kept` are copied or redacted; a piece starting within the last run extends it.
  let kept = 0;
  for (const start of starts) {
    if (parts.length > 0 && start <= kept) {
      kept = Math.max(kept, start + FRAGMENT_LENGTH);
    } else {
      parts.push(result.slice(kept, start), '***');
      kept = start + FRAGMENT_LENGTH;
    }
  }
  parts.push(result.slice(kept));
  return parts.join('');
}
