import type { Meta, StoryObj } from '@storybook/react-vite';
import { DocumentList } from '@iddocs/ui';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { fakeApi, type BackendParameters } from '../.storybook/story-context.js';
import { typeLabelsOf } from './support/document-types.js';
import { everyStatusSeed, manyDocumentsSeed } from './support/seeds.js';

const meta = {
  title: 'Widgets/DocumentList',
  component: DocumentList,
  tags: ['autodocs'],
  args: { typeLabels: typeLabelsOf('en') },
  parameters: {
    documents: { seed: everyStatusSeed } satisfies BackendParameters['documents'],
    docs: {
      description: {
        component:
          'The current user\'s documents with status, thumbnails, "Load more" and deletion (through `DeleteDocumentDialog`). Every story runs the real `useDocuments`/`useDeleteDocument` against the fake documents API through MSW; loading and error states come from injected faults (latency, HTTP 500).',
      },
    },
  },
} satisfies Meta<typeof DocumentList>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
const documentsList = (canvas: Canvas) => canvas.findByRole('list', { name: 'Your documents' }, { timeout: 5_000 });
const rowOf = (button: HTMLElement) => {
  const row = button.closest('li');
  if (!row) throw new Error('delete button outside a row');
  return row;
};

/** The first page is on its way (a 10-minute latency fault on the list route): a skeleton, and "Loading documents…" for screen readers. */
export const Loading: Story = {
  parameters: { documents: { faults: [{ route: 'list', fault: { type: 'latency', ms: 600_000 } }] } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-part="root"]');
    await expect(root).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvasElement).getByText('Loading documents…')).toBeInTheDocument();
  },
};

/** An account without documents (`seed: false`). */
export const Empty: Story = {
  parameters: { documents: { seed: false } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('You have not uploaded any documents yet.')).toBeVisible();
  },
};

/** Approved, rejected (with the reviewer's reason), pending, and a status the client does not know ("In review"); images get thumbnails, the PDF an icon. */
export const LoadedEveryStatus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = within(await documentsList(canvas));
    await expect(list.getAllByRole('listitem')).toHaveLength(6);
    for (const status of ['Approved', 'Rejected', 'Pending', 'In review']) await expect(list.getAllByText(status).length).toBeGreaterThan(0);
    await expect(list.getByText('The photo is blurred. Please upload a sharper picture.')).toBeVisible();
    await waitFor(() => expect(canvasElement.querySelectorAll('img[data-part="thumbnail"]').length).toBeGreaterThanOrEqual(4));
  },
};

/** The list route keeps answering 500: the error with its "Try again" (for visual review; the retry itself is ErrorWithRetry). */
export const LoadFailed: Story = {
  parameters: { documents: { faults: [{ route: 'list', fault: { type: 'status', status: 500 }, times: Number.POSITIVE_INFINITY }] } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your documents could not be loaded.');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The list route answers 500 once: an alert with "Try again", which then loads the list. */
export const ErrorWithRetry: Story = {
  parameters: { documents: { faults: [{ route: 'list', fault: { type: 'status', status: 500 } }] } } satisfies BackendParameters,
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await step('the first load fails', async () => {
      await expect(await canvas.findByRole('alert')).toHaveTextContent('Your documents could not be loaded.');
    });
    await step('Try again loads the list', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
      await expect(within(await documentsList(canvas)).getAllByRole('listitem')).toHaveLength(6);
      await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    });
  },
};

/** Thirteen documents, five a page: "Load more" twice, then no button. */
export const LoadMore: Story = {
  args: { limit: 5 },
  parameters: { documents: { seed: manyDocumentsSeed } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await documentsList(canvas);
    await expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(10));
    await userEvent.click(await canvas.findByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(13));
    await waitFor(() => expect(canvas.queryByRole('button', { name: /load more|loading/i })).not.toBeInTheDocument());
  },
};

/**
 * "Load more" failed (HTTP 503 on the next page): said beside the button, not as a list that could not
 * be refreshed — the documents listed are current — and the button loads the page when pressed again.
 */
export const LoadMoreFailed: Story = {
  args: { limit: 5 },
  parameters: { documents: { seed: manyDocumentsSeed } } satisfies BackendParameters,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const list = await documentsList(canvas);
    await expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    fakeApi({ loaded }).inject('list', { type: 'status', status: 503 });
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 5_000 });
    await expect(alert).toHaveTextContent('More documents could not be loaded. Try again.');
    await expect(alert.nextElementSibling).toBe(canvas.getByRole('button', { name: 'Load more' }));
    await expect(within(list).getAllByRole('listitem')).toHaveLength(5);
  },
};

/** Delete through the dialog: the server deletes it, then the row goes as the dialog closes, and focus lands on the next row's button. */
export const DeleteViaDialog: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await documentsList(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete Passport — passport.jpg' }));
    const dialog = within(await screen.findByRole('alertdialog', { name: 'Delete document?' }));
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await expect(canvas.queryByRole('button', { name: 'Delete Passport — passport.jpg' })).not.toBeInTheDocument();
    await expect(fakeApi({ loaded }).documents().some((document) => document.fileName === 'passport.jpg')).toBe(false);
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^Delete /));
  },
};

/** Cancel (or Escape) keeps the row, sends nothing, and gives focus back to the row's button. */
export const CancelDelete: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await documentsList(canvas);
    const button = canvas.getByRole('button', { name: 'Delete Passport — passport.jpg' });
    await userEvent.click(button);
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await expect(button).toBeInTheDocument();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await expect(fakeApi({ loaded }).requests.filter((request) => request.route === 'delete')).toHaveLength(0);
  },
};

/** Delete pressed while the server takes its time (a 10-minute latency fault): "Deleting…", and the row stays listed behind the dialog until the server has deleted it. */
export const Deleting: Story = {
  parameters: { documents: { seed: everyStatusSeed, faults: [{ route: 'delete', fault: { type: 'latency', ms: 600_000 } }] } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await documentsList(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete Passport — passport.jpg' }));
    const dialog = within(await screen.findByRole('alertdialog'));
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await expect(await dialog.findByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('button', { name: 'Delete Passport — passport.jpg', hidden: true })).toBeInTheDocument();
  },
};

/** The delete route answers 500: the row stays, now with a message, and the dialog stays open with the error and "Try again". */
export const DeleteFailedRestoresRow: Story = {
  parameters: { documents: { seed: everyStatusSeed, faults: [{ route: 'delete', fault: { type: 'status', status: 500 } }] } } satisfies BackendParameters,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await documentsList(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete Passport — passport.jpg' }));
    const dialog = within(await screen.findByRole('alertdialog'));
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent('Could not delete Passport — passport.jpg.');
    await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
    const row = rowOf(canvas.getByRole('button', { name: 'Delete Passport — passport.jpg', hidden: true }));
    await expect(within(row).getByText('Passport — passport.jpg was not deleted.')).toBeInTheDocument();
    await expect(fakeApi({ loaded }).documents().some((document) => document.fileName === 'passport.jpg')).toBe(true);
  },
};

/** One ID card photo uploaded twice the same morning (the first was blurred), and a passport. */
const twoOfOneNameSeed = [
  { typeId: 2, status: 'pending', fileName: 'id-card.jpg', createTime: '2025-05-02T09:30:00Z' },
  { typeId: 2, status: 'rejected', fileName: 'id-card.jpg', createTime: '2025-05-02T08:15:00Z', comment: 'The photo is blurred. Please upload a sharper picture.' },
  { typeId: 1, status: 'approved', fileName: 'passport.jpg', createTime: '2025-05-02T08:00:00Z' },
];
const namesakeButton = /^Delete ID card — id-card\.jpg \(uploaded \w{3} \d+, \d{4}, \d+:\d\d\s[AP]M\)$/;

/**
 * Two documents of one type and file name: the upload time, shown to the minute on both rows, tells them apart, and
 * each delete button's name carries it ("Delete ID card — id-card.jpg (uploaded May 2, 2025, 9:30 AM)").
 */
export const TwoOfOneName: Story = {
  parameters: { documents: { seed: twoOfOneNameSeed } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await documentsList(canvas);
    const namesakes = canvas.getAllByRole('button', { name: namesakeButton });
    await expect(new Set(namesakes.map((button) => button.getAttribute('aria-label'))).size).toBe(2);
    for (const button of namesakes) await expect(within(rowOf(button)).getByText(/^Uploaded \w{3} \d+, \d{4}, \d+:\d\d\s[AP]M$/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Delete Passport — passport.jpg' })).toBeVisible();
  },
};

/** Deleting one of two documents of one name: the dialog names it with its upload time, and so does the row's message when the server refuses. */
export const DeleteOneOfTwoOfOneName: Story = {
  parameters: { documents: { seed: twoOfOneNameSeed, faults: [{ route: 'delete', fault: { type: 'status', status: 500 } }] } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await documentsList(canvas);
    const second = canvas.getAllByRole('button', { name: namesakeButton })[1]!;
    const label = second.getAttribute('aria-label')!.replace(/^Delete /, '');
    await userEvent.click(second);
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete document?' });
    await expect(dialog).toHaveAccessibleDescription(`Delete ${label}? This cannot be undone.`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(`Could not delete ${label}.`);
    await expect(within(rowOf(second)).getByText(`${label} was not deleted.`)).toBeInTheDocument();
  },
};

/** Sixty documents of one account, one page. */
const sixtyDocuments = Array.from({ length: 60 }, (_, index) => ({
  typeId: (index % 4) + 1,
  status: (['approved', 'pending', 'rejected'] as const)[index % 3] ?? 'pending',
  fileName: `scan-${String(index + 1).padStart(2, '0')}.pdf`,
  ...(index % 3 === 2 && { comment: 'The corners of the document are cut off.' }),
  createTime: new Date(Date.UTC(2025, 3, 1, 10) + index * 86_400_000).toISOString(),
}));

/** Whether a row's content is rendered (styled and laid out), not skipped by `content-visibility: auto`. */
const rendered = (row: HTMLElement) => row.querySelector('[data-part="type"]')!.checkVisibility({ contentVisibilityAuto: true });

/**
 * A long list: the rows off screen are neither styled nor laid out until they come near the viewport (the stylesheet's
 * `content-visibility: auto`), yet they are all in the page, for find-in-page, the keyboard and assistive technology.
 */
export const LongList: Story = {
  args: { limit: 60 },
  parameters: { documents: { seed: sixtyDocuments } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const rows = within(await documentsList(within(canvasElement))).getAllByRole('listitem');
    await expect(rows).toHaveLength(60);
    await waitFor(() => expect(rendered(rows[0]!)).toBe(true));
    await expect(rendered(rows[59]!)).toBe(false);
    await expect(within(rows[59]!).getByRole('button', { name: /^Delete .+ — scan-\d\d\.pdf$/ })).toBeInTheDocument();
    rows[59]!.scrollIntoView();
    await waitFor(() => expect(rendered(rows[59]!)).toBe(true));
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await documentsList(within(canvasElement));
  },
};

/** German. */
export const German: Story = {
  globals: { locale: 'de' },
  args: { typeLabels: typeLabelsOf('de') },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByRole('listitem', {}, { timeout: 5_000 })).toHaveLength(6);
  },
};

/** Arabic: right to left. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  args: { typeLabels: typeLabelsOf('ar') },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByRole('listitem', {}, { timeout: 5_000 })).toHaveLength(6);
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('dir', 'rtl');
  },
};
