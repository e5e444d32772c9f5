// Resolved instead of the real entry by any bundler targeting browsers (the `browser` export condition):
// the erasure proxy holds upstream secrets and must never be shipped to a browser.
throw new Error(
  '@iddocs/server is server-only: it holds Mews and iDenfy credentials. Import it from server code (a route handler, an API server), never from a browser bundle.',
);
