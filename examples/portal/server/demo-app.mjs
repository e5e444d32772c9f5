// Everything the demo's one Node process answers, as one fetch handler:
//   /api/erasure/*      the @iddocs/server erasure proxy (demo-erasure.mjs)
//   /api/*              the fake documents API from @iddocs/testing, its state in the data folder
//   /__fake/*           the fake's control API (faults for the next N requests, reset, request log)
//   /__demo/faults      the page's "Simulate problems" switches (demo-faults.mjs)
//   /__demo/account     the demo user's ids at Mews and iDenfy, and whether each upstream is real
//   anything else       the built page
// The /__fake and /__demo routes have no authentication: they exist for the demo and its tests only.
import { join } from 'node:path';
import { createFakeDocumentsApi } from '@iddocs/testing';
import { createDemoErasure } from './demo-erasure.mjs';
import { createDemoFaults, handleFaultsRoute, withDemoFaults } from './demo-faults.mjs';
import { createFileStorage } from './file-storage.mjs';
import { createStaticHandler } from './static-files.mjs';

/** The demo user's token; the page sends it as `Authorization: Bearer demo-token`. */
export const DEMO_ACCESS_TOKEN = 'demo-token';
/**
 * The document types the demo's documents API accepts: the fake's six, plus the backs of the ID card (7) and
 * the driver's licence (8), so that front and back are told apart in the list, as a back office would configure them.
 */
export const DEMO_TYPE_IDS = [1, 2, 3, 4, 5, 6, 7, 8];

const notFound = (pathname) => Response.json({ message: `No demo route ${pathname}.`, code: 'NOT_FOUND' }, { status: 404 });

/**
 * @param {{ dataDir: string, pageDir: string, env?: Record<string, string | undefined>, log: (line: string) => void, warn: (line: string) => void }} options
 */
export function createDemoApp({ dataDir, pageDir, env = process.env, log, warn }) {
  const dataFile = join(dataDir, 'documents.json');
  const storage = createFileStorage(dataFile, warn);
  // Read now, not at the first request, so that a damaged file is reported when the demo starts.
  const saved = storage.load();
  const documents = createFakeDocumentsApi({
    accessTokens: [DEMO_ACCESS_TOKEN],
    typeIds: DEMO_TYPE_IDS,
    controlPath: '/__fake',
    // A second document of one file is refused (409), as the README advises a server to: a connection dropped after a
    // create then leaves one document, not a duplicate from the browser's silent resend.
    uniqueFiles: true,
    storage: { load: () => saved, save: (snapshot) => storage.save(snapshot) },
  });
  const erasure = createDemoErasure({ env, log });
  const faults = createDemoFaults();
  const serveStatic = createStaticHandler(pageDir);

  const api = withDemoFaults(faults, (request) =>
    new URL(request.url).pathname.startsWith('/api/erasure/') ? erasure.handler(request) : documents.handler(request),
  );
  /** @param {Request} request */
  const handler = async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/api/')) return api(request);
    if (pathname.startsWith('/__fake/')) return documents.handler(request);
    if (pathname === '/__demo/faults') return handleFaultsRoute(request, faults);
    if (pathname === '/__demo/account') {
      return request.method === 'GET'
        ? Response.json(erasure.account())
        : Response.json({ message: 'Only GET is allowed on /__demo/account.', code: 'METHOD_NOT_ALLOWED' }, { status: 405, headers: { Allow: 'GET' } });
    }
    if (pathname.startsWith('/__demo/')) return notFound(pathname);
    return serveStatic(request);
  };
  return { handler, dataFile, upstreams: erasure.upstreams, hints: erasure.hints, faults, documents, fakes: erasure.fakes };
}
