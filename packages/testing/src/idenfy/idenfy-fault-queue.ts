import { FaultQueue, unknownFault, validateSharedFault } from '../fault-queue.js';
import type { IdenfyFault } from './fake-idenfy-types.js';

/** The iDenfy fake has one route; its faults are the shared ones. */
export function createIdenfyFaultQueue(): FaultQueue<'delete', IdenfyFault> {
  return new FaultQueue<'delete', IdenfyFault>((fault) => {
    if (!validateSharedFault(fault)) throw unknownFault(fault);
  });
}
