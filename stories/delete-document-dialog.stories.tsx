import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDocuments, type Document } from '@iddocs/hooks';
import { DeleteDocumentDialog, LiveRegion, type DeleteDocumentDialogProps } from '@iddocs/ui';
import { useState, type ComponentType } from 'react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { fakeApi, type BackendParameters } from '../.storybook/story-context.js';
import { typeLabelsOf } from './support/document-types.js';
import { everyStatusSeed, onePassportSeed } from './support/seeds.js';

type HarnessProps = Omit<DeleteDocumentDialogProps, 'document'>;

/**
 * The dialog needs a real `Document`: this loads the fake's documents through `useDocuments`, lists them (so a
 * deleted one visibly goes) and opens the dialog for the first. The dialog itself is the widget, untouched.
 */
function DialogHarness(props: HarnessProps) {
  const list = useDocuments();
  const [target, setTarget] = useState<Document>();
  const first = list.documents?.[0];
  if (!target && first) setTarget(first);
  return (
    <div>
      <ul aria-label="Documents on the server">
        {(list.documents ?? []).map((document) => (
          <li key={document.id}>{document.fileName}</li>
        ))}
      </ul>
      {target && <DeleteDocumentDialog defaultOpen {...props} document={target} trigger={<button type="button">Delete {target.fileName}</button>} />}
    </div>
  );
}

/** The dialog as its JSDoc shows it: inside each row of a list of your own built on `useDocuments`, under a `LiveRegion`. */
function RowsHarness(props: HarnessProps) {
  const { documents = [] } = useDocuments();
  return (
    <LiveRegion>
      <ul aria-label="My documents">
        {documents.map((document) => (
          <li key={document.id}>
            {document.fileName}{' '}
            <DeleteDocumentDialog {...props} document={document} trigger={<button type="button">Delete {document.fileName}</button>} />
          </li>
        ))}
      </ul>
    </LiveRegion>
  );
}

const meta = {
  title: 'Widgets/DeleteDocumentDialog',
  // The docs table shows the dialog's own props; the harness supplies the one it cannot take from a control (`document`).
  component: DeleteDocumentDialog as unknown as ComponentType<HarnessProps>,
  tags: ['autodocs'],
  render: (args) => <DialogHarness {...args} />,
  args: { typeLabels: typeLabelsOf('en') },
  parameters: {
    documents: { seed: onePassportSeed } satisfies BackendParameters['documents'],
    docs: {
      description: {
        component:
          'Asks before deleting a document, deletes it (against the fake through MSW) while it stays listed, and stays open with the error if the server refuses; once deleted, the document leaves every list and the dialog closes. Focus starts on Cancel; it cannot be closed while the request runs; it returns to the trigger, or to the next control when the trigger’s row is gone. In these stories a small harness loads a real `Document` with `useDocuments` and opens the dialog for it; the `InItsRow…` stories put the dialog in each row of a list, as its JSDoc shows.',
      },
    },
  },
} satisfies Meta<HarnessProps>;

export default meta;
type Story = StoryObj<typeof meta>;

const openDialog = async () => within(await screen.findByRole('alertdialog', { name: 'Delete document?' }, { timeout: 5_000 }));

/** Open, asking: the safe choice (Cancel) has focus. */
export const ConfirmDelete: Story = {
  play: async () => {
    const dialog = await openDialog();
    await expect(dialog.getByText('Delete Passport — passport.jpg? This cannot be undone.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/**
 * Given `label`, the name your row gives the document (here one told apart from another of the same type and file
 * name by its upload time, as `DocumentList` does), the dialog uses it in its question, its error and "… deleted.".
 */
export const ConfirmDeleteWithLabel: Story = {
  args: { label: 'Passport — passport.jpg (uploaded May 2, 2025, 8:00 AM)' },
  play: async () => {
    const dialog = await openDialog();
    await expect(dialog.getByText('Delete Passport — passport.jpg (uploaded May 2, 2025, 8:00 AM)? This cannot be undone.')).toBeVisible();
  },
};

/** Delete pressed while the server takes its time (a 10-minute latency fault): "Deleting…", busy, and Escape does not close it. */
export const Deleting: Story = {
  parameters: { documents: { seed: onePassportSeed, faults: [{ route: 'delete', fault: { type: 'latency', ms: 600_000 } }] } } satisfies BackendParameters,
  play: async () => {
    const dialog = await openDialog();
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    const busy = await dialog.findByRole('button', { name: 'Deleting…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Escape}');
    await expect(screen.getByRole('alertdialog')).toBeVisible();
  },
};

/** The delete route answers 500: the dialog stays open with the error and "Try again"; the document stays listed. */
export const DeleteFailed: Story = {
  parameters: { documents: { seed: onePassportSeed, faults: [{ route: 'delete', fault: { type: 'status', status: 500 } }] } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const dialog = await openDialog();
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent('Could not delete Passport — passport.jpg. Check your connection and try again.');
    await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(within(canvasElement).getByText('passport.jpg', { ignore: 'button, button *' })).toBeInTheDocument();
  },
};

/** Delete confirmed: the dialog closes and the document is gone on the server and from every list. */
export const Deleted: Story = {
  play: async ({ canvasElement, loaded }) => {
    const dialog = await openDialog();
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await expect(within(canvasElement).queryByRole('listitem')).not.toBeInTheDocument();
    await expect(fakeApi({ loaded }).documents()).toHaveLength(0);
  },
};

/** Dark theme, over the dark overlay. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    await openDialog();
  },
};

/** Arabic: right to left. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  args: { typeLabels: typeLabelsOf('ar') },
  play: async () => {
    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 5_000 });
    await expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};

const rowsSeed = { documents: { seed: everyStatusSeed } } satisfies BackendParameters;

/** In its row, deleting: "Deleting…" while the row it deletes is still listed behind it (a 10-minute latency fault). */
export const InItsRowDeleting: Story = {
  render: (args) => <RowsHarness {...args} />,
  parameters: { documents: { seed: everyStatusSeed, faults: [{ route: 'delete', fault: { type: 'latency', ms: 600_000 } }] } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Delete utility-bill.pdf' }, { timeout: 5_000 }));
    const dialog = await openDialog();
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await expect(await dialog.findByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvasElement).getByText(/utility-bill\.pdf/, { selector: 'li' })).toBeInTheDocument();
  },
};

/** In its row, deleted: the row goes with the dialog, the deletion is announced, and focus is on the next row’s button. */
export const InItsRowDeleted: Story = {
  render: (args) => <RowsHarness {...args} />,
  parameters: rowsSeed,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const triggers = await canvas.findAllByRole('button', { name: /^Delete / }, { timeout: 5_000 });
    const [, second, third] = triggers;
    await userEvent.click(second!);
    await userEvent.click((await openDialog()).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await expect(second).not.toBeInTheDocument();
    await waitFor(() => expect(third).toHaveFocus());
    await expect(screen.getByRole('status')).toHaveTextContent(/ deleted\.$/);
  },
};
