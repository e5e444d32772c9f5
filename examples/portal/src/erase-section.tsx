import { createErasureClient } from '@iddocs/hooks/erasure';
import { EraseDataDialog } from '@iddocs/ui';
import { useEffect, useRef, useState } from 'react';
import type { DemoAccount, LabelledId } from './demo-api.js';

/** The erasure proxy the demo server mounts at /api/erasure (see server/demo-erasure.mjs). */
const erasure = createErasureClient();

const labelsOf = (items: readonly LabelledId[]) => Object.fromEntries(items.map(({ id, label }) => [id, label]));

function NothingHeld({ provider, takeFocus }: { provider: string; takeFocus: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // Erasing the last item removes the button that had focus: keep a keyboard user here, not at the top of the page.
    if (takeFocus && document.activeElement === document.body) ref.current?.focus();
  }, [takeFocus]);
  return (
    <p ref={ref} tabIndex={-1} className="portal-partner-empty">
      Nothing is held at {provider} any more.
    </p>
  );
}

function Held({ items, provider, takeFocus }: { items: readonly LabelledId[]; provider: string; takeFocus: boolean }) {
  if (!items.length) return <NothingHeld provider={provider} takeFocus={takeFocus} />;
  return (
    <ul className="portal-partner-items" aria-label={`Held at ${provider}`}>
      {items.map(({ id, label }) => (
        <li key={id}>{label}</li>
      ))}
    </ul>
  );
}

/**
 * "Your data at our partners": what the demo user has at Mews and iDenfy, each with an `EraseDataDialog`, and a
 * demo button that asks to erase another customer's data (the server's `authorize` refuses it).
 */
export function EraseSection({ account, error, refresh }: { account: DemoAccount | undefined; error: string | undefined; refresh: () => void }) {
  // What is held changes only once a dialog closes: refreshing under an open dialog would unmount its outcome.
  const [closed, setClosed] = useState(false);
  const onOpenChange = (open: boolean) => {
    if (open) return;
    setClosed(true);
    refresh();
  };
  return (
    <section aria-labelledby="erase-heading" className="portal-erase">
      <h2 id="erase-heading">Your data at our partners</h2>
      <p>Two partners hold identity data about you. You can have it erased; you will see what happened to each item.</p>
      {account ? (
        <>
          <div className="portal-partners">
            <article className="portal-partner" aria-labelledby="mews-heading">
              <h3 id="mews-heading">Hotel stays (Mews)</h3>
              <p>Our hotels’ system keeps the ID documents you showed at check-in.</p>
              <Held items={account.mews.identityDocuments} provider="Mews" takeFocus={closed} />
              {account.mews.identityDocuments.length > 0 && (
                <EraseDataDialog
                  client={erasure}
                  target={{ kind: 'identity-documents', identityDocumentIds: account.mews.identityDocuments.map(({ id }) => id) }}
                  labels={labelsOf(account.mews.identityDocuments)}
                  trigger="Erase my hotel ID documents"
                  onOpenChange={onOpenChange}
                />
              )}
            </article>
            <article className="portal-partner" aria-labelledby="idenfy-heading">
              <h3 id="idenfy-heading">Identity verification (iDenfy)</h3>
              <p>Our verification partner keeps the photos and data of your identity checks.</p>
              <Held items={account.idenfy.verifications} provider="iDenfy" takeFocus={closed} />
              {account.idenfy.verifications.length > 0 && (
                <EraseDataDialog
                  client={erasure}
                  target={{ kind: 'verifications', scanRefs: account.idenfy.verifications.map(({ id }) => id) }}
                  labels={labelsOf(account.idenfy.verifications)}
                  onOpenChange={onOpenChange}
                />
              )}
            </article>
          </div>
          {/* A <div>, not a <p>: the dialog brings its live region, a <div>, which a paragraph cannot hold. */}
          <div className="portal-demo-tip">
            <span className="portal-demo-badge">Demo</span> The server lets you erase only your own data:{' '}
            <EraseDataDialog
              client={erasure}
              target={{ kind: 'verifications', scanRefs: [account.otherCustomer.scanRef] }}
              trigger="Try to erase another customer’s check"
            />
          </div>
        </>
      ) : error ? (
        <p role="alert">Your data at our partners could not be loaded: {error}</p>
      ) : (
        <p>Loading…</p>
      )}
    </section>
  );
}
