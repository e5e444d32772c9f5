/** Reads the server's own error message from a JSON error body: `{message}`, `{error: {message}}`, `{error}` or `{detail}`. */
export function readServerMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const nested = record['error'];
  const candidates = [
    record['message'],
    typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>)['message'] : nested,
    record['detail'],
    record['Message'],
  ];
  return candidates.find((value): value is string => typeof value === 'string' && value.trim() !== '');
}
