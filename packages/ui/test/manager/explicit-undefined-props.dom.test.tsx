// Props are typed `?: X | undefined`, so that a design system's wrapper can pass its own optional props through under
// `exactOptionalPropertyTypes`: an explicit `undefined` must then mean the default, as a missing prop does.
import type { Document } from '@iddocs/hooks';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { DeleteDocumentDialog, DocumentManager } from '../../src/index.js';
import { renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';

const api = setupFakeDocuments();
const passport: Document = { id: '1', status: 'approved', typeId: 1, typeName: 'Passport', fileName: 'passport.jpg', raw: {} };

it('given every optional prop undefined, DocumentManager should render as with none: English, both parts, every document', async () => {
  renderWithDocuments(
    <DocumentManager
      types={[{ id: 1, label: 'Passport' }]}
      typeLabels={undefined}
      mode={undefined}
      headingLevel={undefined}
      limit={undefined}
      onUploaded={undefined}
      prepare={undefined}
      onDeleted={undefined}
      locale={undefined}
      messages={undefined}
      theme={undefined}
      className={undefined}
    />,
  );
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Upload a document', 'Your documents']);
  const documents = screen.getByRole('region', { name: 'Your documents' });
  expect(await within(documents).findAllByRole('listitem')).toHaveLength(api.documents().length);
});

it('given open and onOpenChange undefined, DeleteDocumentDialog should open from its trigger, uncontrolled', async () => {
  renderWithDocuments(
    <DeleteDocumentDialog
      document={passport}
      open={undefined}
      defaultOpen={undefined}
      onOpenChange={undefined}
      trigger={<button type="button">Delete it</button>}
    />,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Delete it' }));
  expect(await screen.findByRole('alertdialog')).toBeVisible();
});
