import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { createErasureClient } from '@iddocs/hooks/erasure';
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import '../src/styles.css';
import { DocumentUploader, EraseDataDialog } from '../src/index.js';

function fontOfButton(name: RegExp): string {
  const style = getComputedStyle(screen.getByRole('button', { name }));
  return `${style.fontSize} ${style.fontFamily}`;
}

it("gives a dialog's default trigger the widgets' font, not the page's", () => {
  document.body.style.font = '20px serif';
  const documents = createDocumentsClient({ baseUrl: 'http://portal.test', getAccessToken: () => 't' });
  render(
    <DocumentsProvider client={documents}>
      <DocumentUploader types={[{ id: 1, label: 'Passport' }]} />
      <EraseDataDialog client={createErasureClient({ baseUrl: 'http://portal.test' })} target={{ kind: 'verifications', scanRefs: ['scan-1'] }} />
    </DocumentsProvider>,
  );
  expect(fontOfButton(/^Erase/)).toBe(fontOfButton(/^Choose file/));
});
