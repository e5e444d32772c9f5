import type { DocumentsRoute, Fault } from './fake-documents-types.js';

interface QueuedFault {
  route: DocumentsRoute | '*';
  fault: Fault;
  remaining: number;
}

/** Whether a fault means anything on a route (an envelope only wraps the list). */
function appliesTo(fault: Fault, route: DocumentsRoute): boolean {
  return fault.type !== 'envelope' || route === 'list';
}

/** Checks a fault before it is queued, so a mistake surfaces at `inject`, not as a 500 later. */
export function validateFault(fault: Fault, times: number): void {
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
    case 'throttle':
      if (!(fault.bytesPerSecond > 0)) throw new RangeError(`inject: bytesPerSecond must be > 0, got ${fault.bytesPerSecond}`);
      return;
    case 'unknown-status':
      if (typeof fault.status !== 'string') throw new TypeError('inject: unknown-status needs a string status');
      return;
    case 'envelope':
      if (fault.key !== 'data' && fault.key !== 'items') throw new TypeError(`inject: envelope key must be "data" or "items"`);
      return;
    case 'drop':
      if (fault.when !== undefined && fault.when !== 'before' && fault.when !== 'after') {
        throw new TypeError(`inject: drop "when" must be "before" or "after"`);
      }
      return;
    case 'malformed-json':
      return;
    default:
      throw new TypeError(`inject: unknown fault type ${JSON.stringify((fault satisfies never as { type?: unknown }).type)}`);
  }
}

/** Pending faults, first in first out per route; `'*'` entries match every route. */
export class FaultQueue {
  private entries: QueuedFault[] = [];

  add(route: DocumentsRoute | '*', fault: Fault, times: number): void {
    validateFault(fault, times);
    this.entries.push({ route, fault, remaining: times });
  }

  /** Takes (consumes one use of) the oldest fault that matches `route`. */
  take(route: DocumentsRoute): Fault | undefined {
    const entry = this.entries.find((candidate) => (candidate.route === '*' || candidate.route === route) && appliesTo(candidate.fault, route));
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.entries.splice(this.entries.indexOf(entry), 1);
    return entry.fault;
  }

  clear(): void {
    this.entries = [];
  }
}
