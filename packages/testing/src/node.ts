export { startFakeServer } from './start-fake-server.js';
export type { FakeServer, StartFakeServerOptions } from './start-fake-server.js';
