import { FaultQueue, unknownFault, validateSharedFault } from '../fault-queue.js';
import type { MewsFault, MewsRoute } from './fake-mews-types.js';

/** The Mews fake's faults: the shared ones, plus too-heavy (408 over `maxIds`). */
function validateMewsFault(fault: MewsFault): void {
  if (validateSharedFault(fault)) return;
  if (fault.type !== 'too-heavy') throw unknownFault(fault);
  if (!(fault.maxIds >= 0)) throw new RangeError(`inject: too-heavy maxIds must be ≥ 0, got ${fault.maxIds}`);
}

/** The Mews fake's fault queue, per route (`'*'` matches both). */
export function createMewsFaultQueue(): FaultQueue<MewsRoute, MewsFault> {
  return new FaultQueue<MewsRoute, MewsFault>(validateMewsFault, undefined, ['delete', 'clear']);
}
