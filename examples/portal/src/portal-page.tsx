import { DocumentManager, type DocumentType } from '@iddocs/ui';

/** The document types of a broker's KYC area; the ids are the fake API's. */
const types: DocumentType[] = [
  { id: 1, label: 'Passport' },
  { id: 2, label: 'ID card', sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back' }] },
  { id: 3, label: "Driver's licence", sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back' }] },
  { id: 4, label: 'Proof of address' },
];

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
      </main>
    </div>
  );
}
