// Resolved instead of the real entry by any bundler targeting browsers (the `browser` export condition):
// the erasure proxy holds upstream secrets and must never be shipped to a browser.
throw new Error(
  '@iddocs/server is server-only: it holds Mews and iDenfy credentials. Import it from server code (a route handler, an API server), never from a browser bundle.',
);

// A type export makes this a module for TypeScript, which, resolving this entry for a browser build, then says which
// name is missing ("has no exported member 'createIdenfyClient'") rather than that the file is not a module.
/** In a browser build this entry has nothing: `@iddocs/server` is server-only. */
export type ServerOnly = never;
