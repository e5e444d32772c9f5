import type { Document } from '@iddocs/hooks';
import { screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DeleteDocumentDialog } from '../../src/index.js';
import { renderWithDocuments, resetFake, withHostStylesheet } from '../document-list/real-documents.js';

const passport: Document = { id: '1', status: 'approved', typeId: 1, typeName: 'Passport', fileName: 'passport.jpg', raw: {} };
// A host page's brand on a section of its own: the dialog, portalled to the end of <body>, is outside it.
const BRAND = '.brand.iddocs { --iddocs-color-danger: rgb(120, 4, 5); --iddocs-color-bg: rgb(250, 240, 230); }';

beforeEach(() => resetFake());
withHostStylesheet(BRAND);

const backgroundOf = (element: Element) => getComputedStyle(element).backgroundColor;

it('given your own trigger in a branded section, the dialog it opens takes the colours of that section', async () => {
  renderWithDocuments(
    <section className="iddocs brand">
      <DeleteDocumentDialog document={passport} trigger={<button type="button">Remove passport</button>} />
    </section>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Remove passport' }));
  const dialog = await screen.findByRole('alertdialog');
  expect(backgroundOf(dialog)).toBe('rgb(250, 240, 230)');
  expect(backgroundOf(within(dialog).getByRole('button', { name: 'Delete' }))).toBe('rgb(120, 4, 5)');
});
