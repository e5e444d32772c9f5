import '@iddocs/ui/styles.css';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { DocumentsPage } from './documents-page.js';
import { PortalPage } from './portal-page.js';

// The demo server hosts the fake API on the page's own origin; its demo user's token is fixed.
const client = createDocumentsClient({
  baseUrl: window.location.origin,
  getAccessToken: () => 'demo-token',
});

// `/hooks` shows the README's example page, built on the headless hooks alone.
const page = window.location.pathname === '/hooks' ? <DocumentsPage /> : <PortalPage />;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DocumentsProvider client={client}>{page}</DocumentsProvider>
  </StrictMode>,
);
