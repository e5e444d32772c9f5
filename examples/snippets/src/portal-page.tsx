// A portal's "My documents" page with the widgets: upload (two-sided types too), list, delete, erase.
import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { createErasureClient } from '@iddocs/hooks/erasure';
import { DocumentManager, EraseDataDialog, type DocumentType } from '@iddocs/ui';
import { de } from '@iddocs/ui/locales/de';

const types: DocumentType[] = [
  { id: 1, label: 'Passport' },
  { id: 2, label: 'ID card', sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back' }] },
  { id: 3, label: "Driver's licence", sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back' }] },
  { id: 4, label: 'Proof of address' },
];

const client = createDocumentsClient({ baseUrl: 'https://broker.example', getAccessToken: () => sessionStorage.getItem('token') });
const erasure = createErasureClient(); // your app's /api/erasure, mounted with @iddocs/server

export function MyDocumentsPage({ scanRefs }: { scanRefs: string[] }) {
  return (
    <DocumentsProvider client={client}>
      <DocumentManager types={types} locale="de" messages={de} theme="system" />
      <EraseDataDialog client={erasure} target={{ kind: 'verifications', scanRefs }} locale="de" messages={de} />
    </DocumentsProvider>
  );
}
