import type { MewsFault, MewsRoute } from './fake-mews-types.js';

interface QueuedFault {
  route: MewsRoute | '*';
  fault: MewsFault;
  remaining: number;
}

/** Checks a fault before it is queued, so a mistake surfaces at `inject`, not as a 500 later. */
function validateFault(fault: MewsFault, times: number): void {
  if (!(times > 0) || (!Number.isInteger(times) && times !== Infinity)) {
    throw new RangeError(`inject: times must be a positive integer or Infinity, got ${times}`);
  }
  switch (fault.type) {
    case 'status':
      if (!Number.isInteger(fault.status) || fault.status < 200 || fault.status > 599) {
        throw new RangeError(`inject: status must be an integer 200–599, got ${fault.status}`);
      }
      return;
    case 'latency':
      if (!(fault.ms >= 0)) throw new RangeError(`inject: latency ms must be ≥ 0, got ${fault.ms}`);
      return;
    case 'too-heavy':
      if (!(fault.maxIds >= 0)) throw new RangeError(`inject: too-heavy maxIds must be ≥ 0, got ${fault.maxIds}`);
      return;
    case 'drop':
    case 'malformed-json':
      return;
    default:
      throw new TypeError(`inject: unknown fault type ${JSON.stringify((fault satisfies never as { type?: unknown }).type)}`);
  }
}

/** Pending faults, first in first out per route; `'*'` entries match both routes. */
export class MewsFaultQueue {
  private entries: QueuedFault[] = [];

  add(route: MewsRoute | '*', fault: MewsFault, times: number): void {
    validateFault(fault, times);
    this.entries.push({ route, fault, remaining: times });
  }

  /** Takes (consumes one use of) the oldest fault that matches `route`. */
  take(route: MewsRoute): MewsFault | undefined {
    const entry = this.entries.find((candidate) => candidate.route === '*' || candidate.route === route);
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.entries.splice(this.entries.indexOf(entry), 1);
    return entry.fault;
  }

  clear(): void {
    this.entries = [];
  }
}
