/** What we can read of an iDenfy error body; auth failures may lack `identifier`. */
export interface IdenfyErrorBody {
  /** e.g. `BAD_VALUE`, `PARTNER_ERROR`. */
  identifier?: string;
  /** `message`, or DRF's `detail`. */
  message?: string;
}

/** Reads `{ identifier, message }` (or DRF's `{ detail }`) defensively: any other body gives `{}`. */
export function readIdenfyError(bodyText: string): IdenfyErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return {};
  }
  if (typeof body !== 'object' || body === null) return {};
  const { identifier, message, detail } = body as Record<string, unknown>;
  const text = typeof message === 'string' ? message : typeof detail === 'string' ? detail : undefined;
  return {
    ...(typeof identifier === 'string' ? { identifier } : {}),
    ...(text === undefined ? {} : { message: text }),
  };
}
