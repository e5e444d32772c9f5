// The Web Worker that prepares JPEG, PNG and WebP images off the main thread (HEIC goes to prepare-heic-worker).
import { handlePrepareRequests } from './handle-prepare-requests.js';

handlePrepareRequests();
