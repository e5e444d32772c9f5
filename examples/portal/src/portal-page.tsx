import { createErasureClient } from '@iddocs/hooks/erasure';
import { DocumentManager, EraseDataDialog, type DocumentType } from '@iddocs/ui';

/** The document types of a broker's KYC area; the ids are the fake API's. */
const types: DocumentType[] = [
  { id: 1, label: 'Passport' },
  { id: 2, label: 'ID card', sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back' }] },
  { id: 3, label: "Driver's licence", sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back' }] },
  { id: 4, label: 'Proof of address' },
];

/** The erasure proxy the demo server mounts at /api/erasure (see server/demo-erasure.mjs). */
const erasure = createErasureClient();
/** The demo user's verifications, as the host app would know them from its own records. */
const verifications = { 'scan-demo-passport-0312': 'Passport check, 12 March', 'scan-demo-idcard-1120': 'ID card check, 20 November' };

/** The demo portal's "My documents" page: the widgets, as a client portal would use them. */
export function PortalPage() {
  return (
    <div className="portal">
      <header className="portal-header">
        <span>
          <strong>Acme Broker</strong> · Client area
        </span>
        <nav aria-label="Demo">
          <a href="/hooks">The same on the headless hooks</a>
        </nav>
      </header>
      <main className="portal-main">
        <h1>My documents</h1>
        <p>Upload the documents we need to verify your identity. You can remove them at any time.</p>
        <DocumentManager types={types} />
        <section aria-labelledby="erase-heading" className="portal-erase">
          <h2 id="erase-heading">Your verification data</h2>
          <p>Our verification partner keeps the photos and data of your identity checks. You can have them erased.</p>
          <EraseDataDialog client={erasure} target={{ kind: 'verifications', scanRefs: Object.keys(verifications) }} labels={verifications} />{' '}
          <EraseDataDialog
            client={erasure}
            target={{ kind: 'verifications', scanRefs: ['scan-other-customer-0101'] }}
            trigger="Try to erase another customer’s check (the server refuses)"
          />
        </section>
      </main>
    </div>
  );
}
