/** What every fake's faults have: a `type`, and maybe the shared `status` / `latency` / `drop` fields. */
interface FaultShape {
  type: string;
}

/** The longest latency a timer can wait. */
const MAX_LATENCY_MS = 2 ** 31 - 1;

/**
 * Checks the fault types every fake shares (`status`, `latency`, `drop`, `malformed-json`; `when` of the last two) and says whether it
 * knew the type, so each fake only checks its own. A mistake surfaces at `inject`, not as a 500 later.
 */
export function validateSharedFault(fault: FaultShape): boolean {
  const { status, ms, when, retryAfterSeconds } = fault as { status?: unknown; ms?: unknown; when?: unknown; retryAfterSeconds?: unknown };
  if (when !== undefined && when !== 'before' && when !== 'after') throw new TypeError(`inject: ${fault.type} "when" must be "before" or "after"`);
  switch (fault.type) {
    case 'status':
      if (!Number.isInteger(status) || (status as number) < 200 || (status as number) > 599) {
        throw new RangeError(`inject: status must be an integer 200–599, got ${String(status)}`);
      }
      // `Retry-After` is whole seconds (RFC 9110 delay-seconds); anything else would put a header no client can read on the wire.
      if (retryAfterSeconds !== undefined && !(Number.isInteger(retryAfterSeconds) && (retryAfterSeconds as number) >= 0)) {
        throw new RangeError(`inject: retryAfterSeconds must be a whole number of seconds ≥ 0, got ${typeof retryAfterSeconds === 'string' ? JSON.stringify(retryAfterSeconds) : String(retryAfterSeconds)}`);
      }
      return true;
    case 'latency':
      // Timers fire after 1 ms past 2^31 − 1 ms: a longer latency would answer at once instead of late.
      if (!((ms as number) >= 0 && (ms as number) <= MAX_LATENCY_MS)) {
        throw new RangeError(`inject: latency ms must be from 0 to ${MAX_LATENCY_MS} (about 24.8 days), got ${String(ms)}`);
      }
      return true;
    case 'drop':
      return true;
    case 'malformed-json':
      return true;
    default:
      return false;
  }
}

/** The error for a fault type no check knew. */
export function unknownFault(fault: FaultShape): TypeError {
  return new TypeError(`inject: unknown fault type ${JSON.stringify(fault.type)}`);
}

/** Pending faults of one fake: first in first out per route, `'*'` entries matching every route, each used `times` times. */
export class FaultQueue<TRoute extends string, TFault extends FaultShape> {
  private entries: { route: TRoute | '*'; fault: TFault; remaining: number }[] = [];

  /**
   * @param validate throws on a fault this fake cannot inject
   * @param appliesTo whether a fault means anything on a route (e.g. a list envelope only on the list)
   * @param routes the fake's routes, so that a misspelt one is refused instead of matching no request ever
   */
  constructor(
    private readonly validate: (fault: TFault) => void,
    private readonly appliesTo: (fault: TFault, route: TRoute) => boolean = () => true,
    private readonly routes?: readonly TRoute[],
  ) {}

  add(route: TRoute | '*', fault: TFault, times: number): void {
    if (this.routes !== undefined && route !== '*' && !this.routes.includes(route)) {
      throw new TypeError(`inject: unknown route ${JSON.stringify(route)}; use one of ${[...this.routes, '*'].map((name) => `"${name}"`).join(', ')}`);
    }
    if (!(times > 0) || (!Number.isInteger(times) && times !== Infinity)) {
      throw new RangeError(`inject: times must be a positive integer or Infinity, got ${times}`);
    }
    this.validate(fault);
    if (route !== '*' && !this.appliesTo(fault, route)) {
      throw new RangeError(`inject: a ${fault.type} fault never applies to the ${route} route, so it would stay pending forever`);
    }
    this.entries.push({ route, fault, remaining: times });
  }

  /** Takes (consumes one use of) the oldest fault that matches `route` and is not in `applied` (those this request already had). */
  take(route: TRoute, applied?: ReadonlySet<TFault>): TFault | undefined {
    const entry = this.entries.find(
      (candidate) => (candidate.route === '*' || candidate.route === route) && !applied?.has(candidate.fault) && this.appliesTo(candidate.fault, route),
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.entries.splice(this.entries.indexOf(entry), 1);
    return entry.fault;
  }

  clear(): void {
    this.entries = [];
  }
}
