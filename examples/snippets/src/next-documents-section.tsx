'use client';
// app/documents/documents-section.tsx — in a Next.js App Router app, the client, the provider and anything that takes
// a client object live in a 'use client' module: functions cannot be passed from a Server Component.
import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { createErasureClient } from '@iddocs/hooks/erasure';
import { DocumentManager, EraseDataDialog, type DocumentType } from '@iddocs/ui';

const types: DocumentType[] = [{ id: 1, label: 'Passport' }, { id: 4, label: 'Proof of address' }];

// '/broker' is rewritten to the documents API in next.config; with Next's `basePath: '/portal'`, write
// '/portal/broker' and createErasureClient({ basePath: '/portal/api/erasure' }): Next prefixes its own links, not these.
const client = createDocumentsClient({ baseUrl: '/broker', getAccessToken: () => sessionStorage.getItem('token') });
const erasure = createErasureClient(); // app/api/erasure/[...path]/route.ts, with createErasureRouteHandlers

export function DocumentsSection({ scanRefs }: { scanRefs: string[] }) {
  return (
    <DocumentsProvider client={client}>
      <DocumentManager types={types} theme="system" />
      <EraseDataDialog client={erasure} target={{ kind: 'verifications', scanRefs }} />
    </DocumentsProvider>
  );
}
