// @vitest-environment node
import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { DocumentManager } from '../src/index.js';

it('renders the manager on the server, without its live region: that lives in <body> once mounted in the browser', () => {
  expect(typeof document).toBe('undefined');
  const client = createDocumentsClient({ baseUrl: '/broker', getAccessToken: () => 't' });
  const html = renderToString(
    <DocumentsProvider client={client}>
      <DocumentManager types={[{ id: 1, label: 'Passport' }]} />
    </DocumentsProvider>,
  );
  expect(html).toContain('Choose file');
  expect(html).toContain('Loading documents…');
  expect(html).not.toContain('role="status"');
});
