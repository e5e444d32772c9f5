// Every widget, rendered by a React 18 app (its JSX checked against @types/react 18).
import { createDocumentsClient, DocumentsProvider, type Document } from '@iddocs/hooks';
import { createErasureClient } from '@iddocs/hooks/erasure';
import { DeleteDocumentDialog, DocumentList, DocumentManager, DocumentUploader, EraseDataDialog, LiveRegion } from '@iddocs/ui';

const client = createDocumentsClient({ baseUrl: 'https://api.example', getAccessToken: () => 'token' });

export function Page({ document }: { document: Document }) {
  return (
    <DocumentsProvider client={client}>
      <LiveRegion>
        <DocumentManager types={[{ id: 1, label: 'Passport' }]} />
        <DocumentUploader types={[{ id: 1, label: 'Passport' }]} />
        <DocumentList />
        <DeleteDocumentDialog document={document} trigger={<button type="button">Delete</button>} />
        <EraseDataDialog client={createErasureClient()} target={{ kind: 'verifications', scanRefs: ['scan-1'] }} />
      </LiveRegion>
    </DocumentsProvider>
  );
}
