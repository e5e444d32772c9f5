import { DocumentManager, type DocumentType } from '@iddocs/ui';
import { DemoControls } from './demo-controls.js';
import { EraseSection } from './erase-section.js';
import { useDemoAccount } from './use-demo-account.js';

/**
 * The document types of a broker's KYC area; the ids are the demo server's (server/demo-app.mjs). Each side of
 * a two-sided document has its own type, so the list tells a front from a back.
 */
const types: DocumentType[] = [
  { id: 1, label: 'Passport' },
  {
    id: 2,
    label: 'ID card',
    sides: [
      { id: 'front', label: 'Front', typeId: 2 },
      { id: 'back', label: 'Back', typeId: 7 },
    ],
  },
  {
    id: 3,
    label: "Driver's licence",
    sides: [
      { id: 'front', label: 'Front', typeId: 3 },
      { id: 'back', label: 'Back', typeId: 8 },
    ],
  },
  { id: 4, label: 'Proof of address' },
];

/** The demo portal's "My documents" page: the widgets, as a client portal would use them, and the demo's switches. */
export function PortalPage() {
  const { account, error, refresh } = useDemoAccount();
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
      <DemoControls account={account} />
      <main className="portal-main">
        <h1>My documents</h1>
        <p>Upload the documents we need to verify your identity. You can remove them at any time.</p>
        <DocumentManager types={types} />
        <EraseSection account={account} error={error} refresh={refresh} />
      </main>
    </div>
  );
}
