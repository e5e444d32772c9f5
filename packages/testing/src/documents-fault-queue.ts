import type { DocumentsRoute, Fault } from './fake-documents-types.js';
import { FaultQueue, unknownFault, validateSharedFault } from './fault-queue.js';

/** The documents fake's faults: the shared ones, plus throttle, unknown-status and envelope. */
function validateDocumentsFault(fault: Fault): void {
  if (validateSharedFault(fault)) return;
  switch (fault.type) {
    case 'throttle':
      if (!(fault.bytesPerSecond > 0)) throw new RangeError(`inject: bytesPerSecond must be > 0, got ${fault.bytesPerSecond}`);
      return;
    case 'unknown-status':
      if (typeof fault.status !== 'string') throw new TypeError('inject: unknown-status needs a string status');
      return;
    case 'envelope':
      if (fault.key !== 'data' && fault.key !== 'items') throw new TypeError('inject: envelope key must be "data" or "items"');
      return;
    default:
      throw unknownFault(fault);
  }
}

/** Routes that answer documents (an unknown status rewrites them) and routes that take a body (a throttle paces it). */
const DOCUMENT_ROUTES: ReadonlySet<DocumentsRoute> = new Set(['list', 'get', 'create']);
const BODY_ROUTES: ReadonlySet<DocumentsRoute> = new Set(['create', 'upload']);

/** Whether a fault means anything on a route: an envelope only wraps the list; a `'*'` fault waits for such a route. */
function appliesTo(fault: Fault, route: DocumentsRoute): boolean {
  switch (fault.type) {
    case 'envelope':
      return route === 'list';
    case 'unknown-status':
      return DOCUMENT_ROUTES.has(route);
    case 'throttle':
      return BODY_ROUTES.has(route);
    default:
      return true;
  }
}

/** The documents fake's fault queue. */
export function createDocumentsFaultQueue(): FaultQueue<DocumentsRoute, Fault> {
  return new FaultQueue<DocumentsRoute, Fault>(validateDocumentsFault, appliesTo, ['list', 'get', 'create', 'delete', 'upload', 'file']);
}
