import type { IdenfyFault } from './fake-idenfy-types.js';

function validate(fault: IdenfyFault, times: number): void {
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
    case 'drop':
      if (fault.when !== undefined && fault.when !== 'before' && fault.when !== 'after') {
        throw new TypeError('inject: drop "when" must be "before" or "after"');
      }
      return;
    case 'malformed-json':
      return;
    default:
      throw new TypeError(`inject: unknown fault type ${JSON.stringify((fault satisfies never as { type?: unknown }).type)}`);
  }
}

/** Pending faults, first in first out, one per request; validated at `add` so a mistake surfaces at `inject`. */
export class IdenfyFaultQueue {
  private entries: { fault: IdenfyFault; remaining: number }[] = [];

  add(fault: IdenfyFault, times: number): void {
    validate(fault, times);
    this.entries.push({ fault, remaining: times });
  }

  /** Takes (consumes one use of) the oldest fault. */
  take(): IdenfyFault | undefined {
    const entry = this.entries[0];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.entries.shift();
    return entry.fault;
  }

  clear(): void {
    this.entries = [];
  }
}
