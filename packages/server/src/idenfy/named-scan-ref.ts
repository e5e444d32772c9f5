const SCAN_REF = /scan[\s_-]*ref\s*[:=]\s*["'`]?([^\s"'`,;]+)/gi;

/**
 * The scanRef an iDenfy error message names (`"… Scan-ref: <id>."`), but only one that is in `sent`: a foreign
 * or garbled id must never make us report the ids before it as deleted.
 */
export function namedScanRef(message: string, sent: readonly string[]): string | undefined {
  const candidates = new Set(sent);
  for (const match of message.matchAll(SCAN_REF)) {
    const raw = match[1] ?? '';
    // The sentence's full stop sticks to the id: drop exactly that one first, so that an id ending in "." still matches.
    for (const id of [raw.replace(/\.$/, ''), raw, raw.replace(/\.+$/, '')]) if (candidates.has(id)) return id;
  }
  return undefined;
}
