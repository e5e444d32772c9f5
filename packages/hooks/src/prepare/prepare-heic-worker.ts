// The Web Worker for HEIC/HEIF photos: the same preparation plus libheif. A worker of its own because bundlers
// that emit workers as single classic scripts (Vite's default) would otherwise put the 2 MB decoder in every
// preparation; this way it is downloaded only when a HEIC photo is chosen.
import { decodeHeic } from './decode-heic.js';
import { handlePrepareRequests } from './handle-prepare-requests.js';

handlePrepareRequests(decodeHeic);
