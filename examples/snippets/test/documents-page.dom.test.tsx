// Your page's own tests in jsdom: the fake documents API under MSW, with the upload step that jsdom can carry.
import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { createFakeDocumentsApi, createPdfBytes } from '@iddocs/testing';
import { createDocumentsHandlers, createStreamingUpload } from '@iddocs/testing/msw';
import { DocumentManager } from '@iddocs/ui';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const baseUrl = 'https://api.test';
const api = createFakeDocumentsApi({ seed: false }); // an empty account; accepts the bearer token 'test-token'
const server = setupServer(...createDocumentsHandlers(api, { baseUrl }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  api.reset(); // the seed back, faults and the request log (`api.requests`) cleared
  server.resetHandlers();
});
afterAll(() => server.close());

function renderPage() {
  // A client per test: the cache lives in the client, so no test sees another's documents.
  const client = createDocumentsClient({ baseUrl, getAccessToken: () => 'test-token', upload: createStreamingUpload({ baseUrl }) });
  render(
    <DocumentsProvider client={client}>
      {/* jsdom has no canvas: photos are prepared (and tested) in a real browser only. */}
      <DocumentManager types={[{ id: 4, label: 'Proof of address' }]} prepare={false} />
    </DocumentsProvider>,
  );
}

const statement = () => new File([createPdfBytes()], 'statement.pdf', { type: 'application/pdf' });

it('uploads a PDF and lists it', async () => {
  renderPage();
  await userEvent.upload(screen.getByLabelText('Choose file'), statement());

  const list = await screen.findByRole('list', { name: 'Your documents' });
  expect(await within(list).findByText('statement.pdf')).toBeVisible();
  expect(api.documents()).toMatchObject([{ fileName: 'statement.pdf', typeId: 4, mimeType: 'application/pdf' }]);
});

it('says the server failed, and sends the file again on Retry', async () => {
  api.inject('upload', { type: 'status', status: 503 }); // once: the next upload fails
  renderPage();
  await userEvent.upload(screen.getByLabelText('Choose file'), statement());

  expect(await screen.findByText('Not uploaded: the server had a problem. Try again later.')).toBeVisible();
  await userEvent.click(screen.getByRole('button', { name: 'Retry upload of statement.pdf' }));
  const list = await screen.findByRole('list', { name: 'Your documents' });
  expect(await within(list).findByText('statement.pdf')).toBeVisible();
  expect(api.requests.filter(({ route }) => route === 'upload')).toHaveLength(2);
});
