import type { TestProject } from 'vitest/node';
// Relative paths: Vitest loads global setup files without our `@iddocs/source` export condition.
import { createFakeDocumentsApi } from './packages/testing/src/index.js';
import { startFakeServer } from './packages/testing/src/node.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the fake documents API that browser tests talk to over real HTTP/1.1. */
    documentsApiUrl: string;
  }
}

/**
 * Starts the fake documents API on a real loopback server for the browser project (CORS open, control API
 * under `/__fake`), hands its URL to the tests through `inject('documentsApiUrl')`, and stops it afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // `uniqueFiles`: as a server should, it refuses a second document of one file, which a browser's silent resend of
  // a create would otherwise make (create-resent-by-browser.browser.test.ts).
  const api = createFakeDocumentsApi({ corsOrigins: '*', controlPath: '/__fake', uniqueFiles: true });
  const server = await startFakeServer(api.handler);
  project.provide('documentsApiUrl', server.url);
  return () => server.close();
}
