import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { documentsListKey } from '../../src/cache/query-key.js';
import { createTestClient, setupFakeDocumentsServer } from './fake-documents-server.js';
import { subscribeAndSettle } from './store-helpers.js';

setupFakeDocumentsServer();
// Each store's window listeners live while it has watchers: end them, so a test's events reach only its own store.
const unsubscribes: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
});

const watched = documentsListKey({ limit: 1 });
const disabled = documentsListKey({ limit: 2 });
const unwatched = documentsListKey({ limit: 3 });

/** A store whose data is always stale, with one watched list, one watched with `enabled: false`, one no longer watched. */
async function storeWithReaders() {
  const store = createDocumentsStore(createTestClient(), { staleTime: 0 });
  (await subscribeAndSettle(store, unwatched))();
  unsubscribes.push(await subscribeAndSettle(store, watched), store.subscribe(disabled, () => {}, { enabled: false }));
  return store;
}

const fetching = (store: ReturnType<typeof createDocumentsStore>) => [watched, disabled, unwatched].map((key) => store.getSnapshot(key).isFetching);

describe('refetch triggers (focus, reconnect)', () => {
  it('coming back online refetches only the lists someone watches with enabled', async () => {
    const store = await storeWithReaders();

    window.dispatchEvent(new Event('online'));

    expect(fetching(store)).toEqual([true, false, false]);
  });

  it('the tab becoming visible refetches; the tab being hidden does not', async () => {
    const store = await storeWithReaders();
    const visibility = vi.spyOn(document, 'visibilityState', 'get');

    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fetching(store)).toEqual([false, false, false]);

    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fetching(store)).toEqual([true, false, false]);
  });
});
