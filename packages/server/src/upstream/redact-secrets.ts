/**
 * Replaces every occurrence of each secret in `text` with `***`. A last line of defence for messages built
 * from upstream answers (an upstream may echo the request body back): secrets shorter than 4 characters are
 * ignored so that redaction never shreds ordinary words.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('***');
  }
  return result;
}
