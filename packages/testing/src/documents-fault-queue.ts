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

/** The documents fake's fault queue; an envelope only ever wraps the list. */
export function createDocumentsFaultQueue(): FaultQueue<DocumentsRoute, Fault> {
  return new FaultQueue<DocumentsRoute, Fault>(validateDocumentsFault, (fault, route) => fault.type !== 'envelope' || route === 'list');
}
