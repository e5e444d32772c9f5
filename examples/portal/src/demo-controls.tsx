import { useEffect, useState } from 'react';
import { fetchFaultSwitches, putFaultSwitches, type DemoAccount, type FaultSwitches } from './demo-api.js';

const SWITCHES: { key: keyof FaultSwitches; label: string; hint: string }[] = [
  { key: 'slowNetwork', label: 'Slow network', hint: 'every API request waits about a second' },
  { key: 'failUploads', label: 'Uploads fail', hint: 'the server answers 500 to every upload' },
  { key: 'failDeletes', label: 'Deletes fail', hint: 'the server answers 500 to every delete' },
];

const upstreamName = (upstream: 'fake' | 'real' | undefined) => (upstream === 'real' ? 'real service' : upstream === 'fake' ? 'fake' : '…');

/**
 * The demo server's fault switches, so a reviewer can see the error and retry states live. They live on the
 * server (GET/PUT /__demo/faults), so they survive a reload and act on every request until switched off.
 */
export function DemoControls({ account }: { account: DemoAccount | undefined }) {
  const [switches, setSwitches] = useState<FaultSwitches>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    fetchFaultSwitches(controller.signal).then(setSwitches, (reason: Error) => controller.signal.aborted || setError(reason.message));
    return () => controller.abort();
  }, []);
  const toggle = (key: keyof FaultSwitches, on: boolean) => {
    if (!switches) return;
    const before = switches;
    setSwitches({ ...switches, [key]: on });
    setError(undefined);
    putFaultSwitches({ [key]: on }).then(setSwitches, (reason: Error) => {
      setSwitches(before);
      setError(reason.message);
    });
  };
  const active = switches && SWITCHES.some(({ key }) => switches[key]);
  return (
    <aside className="portal-demo" aria-label="Demo controls" data-state={active ? 'faulty' : 'normal'}>
      <div className="portal-demo-inner">
        <p className="portal-demo-note">
          <span className="portal-demo-badge">Demo</span> These controls belong to the demo server, not to iddocs.
        </p>
        <fieldset className="portal-demo-switches" disabled={!switches}>
          <legend>Simulate problems</legend>
          {SWITCHES.map(({ key, label, hint }) => (
            <label key={key} className="portal-demo-switch" title={hint}>
              <input type="checkbox" checked={switches?.[key] ?? false} onChange={(event) => toggle(key, event.currentTarget.checked)} aria-describedby={`demo-${key}-hint`} />
              <span>
                {label}
                <span className="portal-demo-hint" id={`demo-${key}-hint`}>
                  {hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className="portal-demo-upstreams">
          Erasure goes to Mews: <strong>{upstreamName(account?.mews.upstream)}</strong> · iDenfy: <strong>{upstreamName(account?.idenfy.upstream)}</strong>
        </p>
        {error && (
          <p role="alert" className="portal-demo-error">
            {error}
          </p>
        )}
      </div>
    </aside>
  );
}
