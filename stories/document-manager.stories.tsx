import type { Meta, StoryObj } from '@storybook/react-vite';
import { DocumentList, DocumentManager, DocumentUploader, type DocumentManagerProps } from '@iddocs/ui';
import type { ReactNode } from 'react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { NamedBackendProvider } from '../.storybook/documents-backend.js';
import { fakeApi, type BackendParameters } from '../.storybook/story-context.js';
import { widgetGlobals } from '../.storybook/widget-globals.js';
import { documentTypes, otherTypeLabels, passportOnly } from './support/document-types.js';
import { jpegFile, pngFile, spoofedJpegFile, uploadHeldAt40PercentExcept } from './support/files.js';
import { expectFileState } from './support/queries.js';
import { everyStatusSeed } from './support/seeds.js';

const meta = {
  title: 'Widgets/DocumentManager',
  component: DocumentManager,
  tags: ['autodocs'],
  args: { types: documentTypes.en },
  parameters: {
    documents: { seed: everyStatusSeed } satisfies BackendParameters['documents'],
    docs: {
      description: {
        component:
          'A whole "my documents" section: the uploader above the list, under one heading structure and one live region; an upload appears in the list, a delete goes through the dialog. Every story runs the real hooks against the fake documents API through MSW.',
      },
    },
  },
} satisfies Meta<typeof DocumentManager>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
const documentsList = (canvas: Canvas) => canvas.findByRole('list', { name: 'Your documents' }, { timeout: 5_000 });
const fileInput = (canvas: Canvas) => canvas.getByLabelText(/^choose files?$/i, { selector: 'input' }) as HTMLInputElement;

/** Every kind of document in the list, the uploader above. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Upload a document' })).toBeVisible();
    await expect(within(await documentsList(canvas)).getAllByRole('listitem')).toHaveLength(6);
  },
};

/** Upload a passport photo: it is sent, created, and shows up at the top of the list. */
export const UploadThenListed: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const list = await documentsList(canvas);
    await userEvent.upload(fileInput(canvas), await jpegFile('new-passport.jpg'));
    await expectFileState(canvas, 'new-passport.jpg', 'success');
    await waitFor(() => expect(within(list).getByText('new-passport.jpg')).toBeVisible(), { timeout: 8_000 });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(7);
    await expect(fakeApi({ loaded }).documents()[0]?.fileName).toBe('new-passport.jpg');
  },
};

/** Upload, then delete that same document through the dialog: back to where it started. */
export const UploadThenDelete: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const list = await documentsList(canvas);
    await userEvent.upload(fileInput(canvas), await jpegFile('mistake.jpg'));
    await waitFor(() => expect(within(list).getByText('mistake.jpg')).toBeVisible(), { timeout: 8_000 });
    await userEvent.click(within(list).getByRole('button', { name: 'Delete Passport — mistake.jpg' }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(list).queryByText('mistake.jpg')).not.toBeInTheDocument());
    await expect(fakeApi({ loaded }).documents()).toHaveLength(6);
  },
};

/**
 * The delete dialog over the page: modal to assistive technology (`aria-modal`, the page behind `aria-hidden`), yet
 * the live region still speaks, from inside the dialog, which owns it (`aria-owns`).
 */
export const DeleteDialogOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(within(await documentsList(canvas)).getByRole('button', { name: 'Delete Passport — passport.jpg' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete document?' });
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(canvas.queryByRole('heading', { name: 'Upload a document' })).not.toBeInTheDocument();
    // The live region is a direct child of <body>: the dialog leaves it, and nothing else of the page, in reach.
    const region = screen.getByRole('status');
    await expect(region.closest('[aria-hidden="true"]')).toBeNull();
    await expect(dialog.getAttribute('aria-owns')?.split(' ')).toContain(region.id);
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
  args: { types: documentTypes.de, typeLabels: otherTypeLabels.de },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByRole('listitem', {}, { timeout: 5_000 })).toHaveLength(6);
  },
};

/** Arabic: right to left. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  args: { types: documentTypes.ar, typeLabels: otherTypeLabels.ar },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByRole('listitem', {}, { timeout: 5_000 })).toHaveLength(6);
    await expect(canvasElement.querySelector('.iddocs-manager')).toHaveAttribute('dir', 'rtl');
  },
};

function Cell({ title, wide, children }: { title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ gridColumn: wide ? '1 / -1' : undefined, minWidth: 0 }}>
      <h2 style={{ font: '600 0.8rem/1.2 system-ui, sans-serif', letterSpacing: '0.04em', textTransform: 'uppercase', margin: '0 0 0.5rem', color: 'inherit' }}>{title}</h2>
      <div style={{ border: '1px dashed currentColor', borderRadius: '0.5rem', padding: '0.75rem' }}>{children}</div>
    </section>
  );
}

function AllStatesGrid(args: DocumentManagerProps) {
  const theme = args.theme ?? 'light';
  const dark = widgetGlobals({ theme: 'dark' });
  const arabic = widgetGlobals({ locale: 'ar' });
  const { types: _types, ...shared } = args;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: '1.5rem' }}>
      <Cell title="List: loading">
        <NamedBackendProvider name="loading">
          <DocumentList {...shared} />
        </NamedBackendProvider>
      </Cell>
      <Cell title="List: empty">
        <NamedBackendProvider name="empty">
          <DocumentList {...shared} />
        </NamedBackendProvider>
      </Cell>
      <Cell title="List: failed to load">
        <NamedBackendProvider name="failing">
          <DocumentList {...shared} />
        </NamedBackendProvider>
      </Cell>
      <Cell title="Uploader: uploading at 40 %, uploaded, refused">
        <NamedBackendProvider name="uploading">
          <DocumentUploader {...shared} types={passportOnly} data-testid="uploader-cell" />
        </NamedBackendProvider>
      </Cell>
      <Cell title={`Manager: every status (${theme})`} wide>
        <NamedBackendProvider name="loaded">
          <DocumentManager {...args} headingLevel={3} />
        </NamedBackendProvider>
      </Cell>
      <Cell title="Manager: dark" wide>
        <NamedBackendProvider name="dark">
          <DocumentManager {...args} {...dark} headingLevel={3} />
        </NamedBackendProvider>
      </Cell>
      <Cell title="Manager: Arabic (right to left)" wide>
        <NamedBackendProvider name="arabic">
          <DocumentManager {...args} {...arabic} types={documentTypes.ar} typeLabels={otherTypeLabels.ar} headingLevel={3} />
        </NamedBackendProvider>
      </Cell>
    </div>
  );
}

/**
 * The key states side by side, for visual review: each cell has its own provider and its own fake (loading = a
 * 10-minute latency fault, failing = HTTP 500 on every list request). The uploader cell's upload step holds one file at
 * 40 % and sends another (see DocumentUploader › UploadingAt40Percent for why a custom step).
 */
export const AllStates: Story = {
  parameters: {
    // Two English managers on one page repeat their "Upload a document"/"Your documents" regions; a real page has one.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
    documentsProvider: false,
    backends: {
      loading: { faults: [{ route: 'list', fault: { type: 'latency', ms: 600_000 } }] },
      empty: { seed: false },
      failing: { faults: [{ route: 'list', fault: { type: 'status', status: 500 }, times: Number.POSITIVE_INFINITY }] },
      // passport.jpg holds at 40 %; passport-back.png goes up.
      uploading: { makeUpload: (baseUrl) => uploadHeldAt40PercentExcept('passport-back.png', baseUrl) },
      loaded: { seed: everyStatusSeed },
      dark: { seed: everyStatusSeed },
      arabic: { seed: everyStatusSeed },
    },
  } satisfies BackendParameters & { a11y: unknown },
  render: (args) => <AllStatesGrid {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const uploader = within(canvas.getByTestId('uploader-cell'));
    await userEvent.upload(fileInput(uploader), [await jpegFile('passport.jpg'), await pngFile('passport-back.png'), spoofedJpegFile('program.jpg')]);
    await expectFileState(uploader, 'passport.jpg', 'pending');
    await expectFileState(uploader, 'passport-back.png', 'success');
    await expectFileState(uploader, 'program.jpg', 'rejected');
    await expect(await canvas.findByText('You have not uploaded any documents yet.')).toBeVisible();
    await expect(await canvas.findByText('Your documents could not be loaded.', { exact: false })).toBeVisible();
    await waitFor(() => expect(canvas.getAllByRole('list', { name: /./ }).length).toBeGreaterThanOrEqual(3), { timeout: 5_000 });
  },
};
