// The demo's "Simulate problems" switches: standing faults in front of the fake documents API and the erasure
// proxy, read and set by the page through GET/PUT /__demo/faults. The fake's own control API injects faults
// for the next N requests and cannot say which are pending; a reviewer's switch must stay on until switched
// off, and the page must show its state after a reload. Only this process holds it: a restart switches all off.
import { setTimeout as delay } from 'node:timers/promises';

/** Extra wait before every API request while "Slow network" is on. */
export const SLOW_NETWORK_DELAY_MS = 1200;

/** The switches, in the order the page shows them. */
export const FAULT_SWITCHES = /** @type {const} */ (['slowNetwork', 'failUploads', 'failDeletes']);

/** @typedef {Record<(typeof FAULT_SWITCHES)[number], boolean>} FaultState */

const UPLOAD = /\/api\/v2\/my\/files$/;
const DELETE = /\/api\/v2\/my\/documents\/[^/]+$/;

/** The switches of one demo process, all off at first. */
export function createDemoFaults() {
  /** @type {FaultState} */
  let state = { slowNetwork: false, failUploads: false, failDeletes: false };
  return {
    /** @returns {FaultState} a copy of the current switches */
    get: () => ({ ...state }),
    /**
     * Turns the named switches on or off; any other key or a non-boolean value throws a TypeError that says so.
     * @param {unknown} patch e.g. `{ "failDeletes": true }`
     * @returns {FaultState}
     */
    set(patch) {
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
        throw new TypeError(`Expected a JSON object such as {"failDeletes": true}; the switches are ${FAULT_SWITCHES.join(', ')}.`);
      }
      for (const [key, value] of Object.entries(patch)) {
        if (!FAULT_SWITCHES.includes(/** @type {never} */ (key))) throw new TypeError(`Unknown switch "${key}"; the switches are ${FAULT_SWITCHES.join(', ')}.`);
        if (typeof value !== 'boolean') throw new TypeError(`Switch "${key}" must be true or false, got ${JSON.stringify(value)}.`);
      }
      state = { ...state, ...patch };
      return { ...state };
    },
  };
}

/**
 * `GET /__demo/faults` → the switches; `PUT /__demo/faults` with some of them → all of them after the change.
 * @param {Request} request
 * @param {ReturnType<typeof createDemoFaults>} faults
 */
export async function handleFaultsRoute(request, faults) {
  if (request.method === 'GET') return Response.json(faults.get());
  if (request.method !== 'PUT') {
    return Response.json({ message: `${request.method} is not allowed on /__demo/faults; use GET or PUT.`, code: 'METHOD_NOT_ALLOWED' }, { status: 405, headers: { Allow: 'GET, PUT' } });
  }
  let patch;
  try {
    patch = await request.json();
  } catch {
    return Response.json({ message: 'The body is not JSON; send e.g. {"failDeletes": true}.', code: 'INVALID_JSON' }, { status: 400 });
  }
  try {
    return Response.json(faults.set(patch));
  } catch (error) {
    return Response.json({ message: /** @type {Error} */ (error).message, code: 'INVALID_SWITCH' }, { status: 400 });
  }
}

/** The fake's error shape, with a message that says where the failure comes from. */
function simulatedFailure(which) {
  return Response.json({ message: `Simulated failure: the demo's "${which}" switch is on.`, code: 'INTERNAL_ERROR' }, { status: 500 });
}

/**
 * Puts the switches in front of `handler` for every `/api/` request (documents, files and erasure).
 * @param {ReturnType<typeof createDemoFaults>} faults
 * @param {(request: Request) => Promise<Response>} handler
 * @param {{ slowNetworkDelayMs?: number }} [options]
 * @returns {(request: Request) => Promise<Response>}
 */
export function withDemoFaults(faults, handler, { slowNetworkDelayMs = SLOW_NETWORK_DELAY_MS } = {}) {
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith('/api/')) return handler(request);
    const { slowNetwork, failUploads, failDeletes } = faults.get();
    const upload = request.method === 'POST' && UPLOAD.test(pathname);
    if (slowNetwork) {
      // Latency only: reading an upload slowly would not slow its progress bar, because loopback socket buffers
      // take megabytes at once. Chromium's own network throttling (DevTools) shows byte-by-byte progress.
      try {
        await delay(slowNetworkDelayMs, undefined, { signal: request.signal });
      } catch {
        return Response.error(); // the browser gave up waiting: nobody is left to answer
      }
    }
    if (failUploads && upload) {
      // Fail after receiving the file, as a real server would: answering mid-upload resets the connection.
      await request.arrayBuffer().catch(() => undefined);
      return simulatedFailure('Uploads fail');
    }
    if (failDeletes && request.method === 'DELETE' && DELETE.test(pathname)) return simulatedFailure('Deletes fail');
    return handler(request);
  };
}
