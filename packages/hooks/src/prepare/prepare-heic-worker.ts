// The Web Worker for HEIC/HEIF photos: the same preparation plus libheif. A worker of its own because bundlers
// that emit workers as single classic scripts (Vite's default) would otherwise put the 2 MB decoder in every
// preparation; this way it is downloaded only when a HEIC photo is chosen.
import { decodeHeic } from './decode-heic.js';
import { handlePrepareRequests } from './handle-prepare-requests.js';

// libheif reads `__filename` where `typeof __filename` says there is one. webpack 5, taking its .mjs for strict ESM,
// turns that test into `true` and leaves the bare name, which throws in a worker: every HEIC photo failed. A global of
// that name lets the decoder load; its value is never used (a worker takes its location from `self.location`).
(globalThis as Record<string, unknown>)['__filename'] ??= '';

handlePrepareRequests(decodeHeic);
