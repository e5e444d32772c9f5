import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { DocumentsPage } from './documents-page.js';

// The demo server hosts the fake API on the page's own origin; its demo user's token is fixed.
const client = createDocumentsClient({
  baseUrl: window.location.origin,
  getAccessToken: () => 'demo-token',
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DocumentsProvider client={client}>
      <DocumentsPage />
    </DocumentsProvider>
  </StrictMode>,
);
