// The page's calls to the demo server's own routes (server/demo-app.mjs). Not part of iddocs: a host app has
// its own way to know the user's ids, and no fault switches.

/** The "Simulate problems" switches (server/demo-faults.mjs). */
export interface FaultSwitches {
  /** Every API request (documents, uploads, erasure) waits about a second first. */
  slowNetwork: boolean;
  /** Every upload answers 500. */
  failUploads: boolean;
  /** Every document delete answers 500. */
  failDeletes: boolean;
}

/** One of the demo user's items at a provider, with words a person recognises. */
export interface LabelledId {
  id: string;
  label: string;
}

/** What the demo user holds at each provider, and whether the demo talks to the real one. */
export interface DemoAccount {
  mews: { upstream: 'fake' | 'real'; identityDocuments: LabelledId[] };
  idenfy: { upstream: 'fake' | 'real'; verifications: LabelledId[] };
  /** Another customer's verification, which the server refuses to erase for the demo user. */
  otherCustomer: { scanRef: string };
}

async function readJson<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { message?: string } | undefined;
    throw new Error(`${what} failed (${response.status})${body?.message ? `: ${body.message}` : ''}`);
  }
  return (await response.json()) as T;
}

/** The switches as the server holds them. */
export async function fetchFaultSwitches(signal?: AbortSignal): Promise<FaultSwitches> {
  return readJson(await fetch('/__demo/faults', { signal: signal ?? null }), 'Reading the demo switches');
}

/** Turns some switches on or off; resolves with all of them. */
export async function putFaultSwitches(patch: Partial<FaultSwitches>): Promise<FaultSwitches> {
  const response = await fetch('/__demo/faults', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(patch) });
  return readJson(response, 'Changing the demo switch');
}

/** The demo user's ids at Mews and iDenfy. */
export async function fetchDemoAccount(signal?: AbortSignal): Promise<DemoAccount> {
  return readJson(await fetch('/__demo/account', { signal: signal ?? null }), 'Reading the demo account');
}
