import type { DocumentsClientOptions } from './client-types.js';
import { DocumentsError } from './documents-error.js';

/** Sends requests with a fresh bearer token and handles the one refresh-and-replay after a 401. */
export interface AuthSession {
  /** Calls `attempt` with the current token; after a 401, refreshes once (shared by concurrent callers) and replays once. */
  send(label: string, attempt: (token: string) => Promise<Response>): Promise<Response>;
}

function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** Creates the session that owns token fetching and the de-duplicated refresh. */
export function createAuthSession(
  getAccessToken: DocumentsClientOptions['getAccessToken'],
  onUnauthorized: DocumentsClientOptions['onUnauthorized'],
): AuthSession {
  // Bumped after every refresh: a 401 on a request sent before the last refresh only needs a replay.
  let generation = 0;
  let refreshing: Promise<void> | undefined;

  async function token(label: string): Promise<string> {
    let value: string | null | undefined;
    try {
      value = await getAccessToken();
    } catch (error) {
      throw new DocumentsError('UNAUTHORIZED', `${label} was not sent: getAccessToken threw. Sign the user in, then try again.`, {
        cause: error,
      });
    }
    if (typeof value !== 'string' || value === '') {
      throw new DocumentsError(
        'UNAUTHORIZED',
        `${label} was not sent: getAccessToken returned nothing. Sign the user in, or make getAccessToken return the access token.`,
      );
    }
    return value;
  }

  async function runRefresh(refresh: () => void | Promise<void>, label: string): Promise<void> {
    try {
      await refresh();
    } catch (error) {
      throw new DocumentsError('UNAUTHORIZED', `${label} failed: the server answered 401 and onUnauthorized threw. Sign in again.`, {
        status: 401,
        cause: error,
      });
    } finally {
      generation += 1;
    }
  }

  function refreshOnce(refresh: () => void | Promise<void>, label: string, sentAt: number): Promise<void> {
    if (sentAt !== generation) return Promise.resolve();
    if (refreshing === undefined) {
      const current = runRefresh(refresh, label);
      refreshing = current;
      current.then(
        () => (refreshing = undefined),
        () => (refreshing = undefined),
      );
    }
    return refreshing;
  }

  return {
    async send(label, attempt) {
      const sentAt = generation;
      const first = await attempt(await token(label));
      if (first.status !== 401 || onUnauthorized === undefined) return first;
      discard(first);
      await refreshOnce(onUnauthorized, label, sentAt);
      return attempt(await token(label));
    },
  };
}
