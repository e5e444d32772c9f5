import type { Meta, StoryObj } from '@storybook/react-vite';
import { createErasureClient } from '@iddocs/hooks/erasure';
import { EraseDataDialog } from '@iddocs/ui';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { erasureProxy, reportWith } from './support/erasure-proxy.js';

const scanRefs = ['scan-passport-0312', 'scan-idcard-1120', 'scan-licence-0704', 'scan-selfie-1120'];
const labels = {
  'scan-passport-0312': 'Passport check, 12 March',
  'scan-idcard-1120': 'ID card check, 20 November',
  'scan-licence-0704': "Driver's licence check, 4 July",
  'scan-selfie-1120': 'Selfie check, 20 November',
};

const meta = {
  title: 'Widgets/EraseDataDialog',
  component: EraseDataDialog,
  tags: ['autodocs'],
  args: {
    client: createErasureClient(),
    target: { kind: 'verifications', scanRefs },
    labels,
    defaultOpen: true,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Asks before erasing verification data held at third parties, erases it through the host’s `@iddocs/server` proxy (here an MSW stand-in answering the proxy’s documented format), then says what happened to each item in plain words.',
      },
    },
  },
} satisfies Meta<typeof EraseDataDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const dialog = async (name: string) => within(await screen.findByRole('alertdialog', { name }, { timeout: 5_000 }));

/** Open, asking: how many items, and Cancel has focus. */
export const Confirm: Story = {
  beforeEach: erasureProxy({ report: reportWith() }),
  play: async () => {
    const asking = await dialog('Erase your verification data?');
    await expect(asking.getByText(/permanently deletes 4 items/)).toBeVisible();
    await expect(asking.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/** Erase pressed while the proxy takes its time: "Erasing…", busy, Escape does not close it. */
export const Erasing: Story = {
  beforeEach: erasureProxy('never'),
  play: async () => {
    const asking = await dialog('Erase your verification data?');
    await userEvent.click(asking.getByRole('button', { name: 'Erase' }));
    await expect(await asking.findByRole('button', { name: 'Erasing…' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Escape}');
    await expect(screen.getByRole('alertdialog')).toBeVisible();
  },
};

/** Everything erased. */
export const AllDeleted: Story = {
  beforeEach: erasureProxy({ report: reportWith() }),
  play: async () => {
    await userEvent.click((await dialog('Erase your verification data?')).getByRole('button', { name: 'Erase' }));
    const done = await dialog('Erasure finished');
    await expect(done.getByText('4 deleted')).toBeVisible();
    await expect(done.getByRole('button', { name: 'Close' })).toHaveFocus();
  },
};

/** One verification is still in use: "Not everything was erased", "3 deleted, 1 can be deleted later", with a way to try the rest again. */
export const SomeLater: Story = {
  beforeEach: erasureProxy({ report: reportWith(['scan-idcard-1120']) }),
  play: async () => {
    await userEvent.click((await dialog('Erase your verification data?')).getByRole('button', { name: 'Erase' }));
    const done = await dialog('Not everything was erased');
    await expect(done.getByText('3 deleted, 1 can be deleted later')).toBeVisible();
    await expect(done.getByText(/ID card check, 20 November/).closest('li')).toHaveTextContent('it can be deleted later');
    await expect(done.getByRole('button', { name: 'Try again for the rest' })).toBeVisible();
  },
};

/**
 * The partner refused two items for good: one it does not know (most often erased before), one for a reason of its
 * own. Each is said in the person's words, never in the partner's; trying again cannot help, so Close only.
 */
export const PartnerRefusedSome: Story = {
  beforeEach: erasureProxy({
    report: (ids) => ({
      ok: false,
      deleted: ids.slice(2),
      failed: [
        { id: ids[0]!, code: 'INVALID_ID', message: 'iDenfy answered 400 BAD_VALUE: Scan-ref not found.', retryable: false },
        { id: ids[1]!, code: 'REJECTED', message: 'iDenfy answered 400: Refused.', retryable: false },
      ],
      notAttempted: [],
    }),
  }),
  play: async () => {
    await userEvent.click((await dialog('Erase your verification data?')).getByRole('button', { name: 'Erase' }));
    const done = await dialog('Not everything was erased');
    await expect(done.getByText('2 deleted, 1 not found, 1 could not be deleted')).toBeVisible();
    await expect(done.getByText(/Passport check, 12 March/).closest('li')).toHaveTextContent('not found; it may have been erased already');
    await expect(done.getByText(/ID card check, 20 November/).closest('li')).toHaveTextContent('could not be deleted; please contact us');
    await expect(done.getAllByRole('button').map((button) => button.textContent)).toEqual(['Close']);
  },
};

/**
 * "Try again for the rest" could not reach the proxy: the question named only the 1 item it retries; now the title
 * says not everything was erased, the description why, and "Try again" sends only that item.
 */
export const RetryOfTheRestFailed: Story = {
  beforeEach: erasureProxy({ report: reportWith(['scan-idcard-1120']) }, 'network-error'),
  play: async () => {
    await userEvent.click((await dialog('Erase your verification data?')).getByRole('button', { name: 'Erase' }));
    await userEvent.click((await dialog('Not everything was erased')).getByRole('button', { name: 'Try again for the rest' }));
    await expect(await screen.findByText(/permanently deletes 1 item /)).toBeVisible();
    const failed = await screen.findByRole('alertdialog', { description: /could not be reached/ }, { timeout: 5_000 });
    await expect(failed).toHaveAccessibleName('Not everything was erased');
    await expect(within(failed).getByRole('alert')).toHaveTextContent('The erasure service could not be reached.');
    await expect(within(failed).queryByText(/permanently deletes/)).not.toBeInTheDocument();
    await expect(within(failed).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** "Try again for the rest" succeeded: the outcome covers every item, the 3 deleted the first time included. */
export const RetryOfTheRestDone: Story = {
  beforeEach: erasureProxy({ report: reportWith(['scan-idcard-1120']) }, { report: reportWith() }),
  play: async () => {
    await userEvent.click((await dialog('Erase your verification data?')).getByRole('button', { name: 'Erase' }));
    await userEvent.click((await dialog('Not everything was erased')).getByRole('button', { name: 'Try again for the rest' }));
    const done = await dialog('Erasure finished');
    await expect(await done.findByText('4 deleted')).toBeVisible();
    await expect(done.getAllByRole('listitem')).toHaveLength(4);
    await expect(done.queryByRole('button', { name: 'Try again for the rest' })).not.toBeInTheDocument();
  },
};

/**
 * The host’s `authorize` refused (403): the title says so in place of the question, the description gives the plain
 * reason (nothing erased), and only Close — trying again cannot help.
 */
export const Refused: Story = {
  beforeEach: erasureProxy({ error: { status: 403, code: 'FORBIDDEN', message: 'Not authorized.' } }),
  play: async () => {
    const asking = await dialog('Erase your verification data?');
    await userEvent.click(asking.getByRole('button', { name: 'Erase' }));
    await expect(await asking.findByRole('alert')).toHaveTextContent('You are not allowed to erase these items. Nothing was erased.');
    await expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Erasure not allowed');
    await expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription('You are not allowed to erase these items. Nothing was erased.');
    await expect(asking.queryByText(/permanently deletes/)).not.toBeInTheDocument();
    await expect(asking.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    // Focus moves on from the confirm button, which went, to Close.
    await waitFor(() => expect(asking.getByRole('button', { name: 'Close' })).toHaveFocus());
  },
};

/** The verification partner is down (502): "Erasure failed", the erasure could not be confirmed, try later — "Try again" stays. */
export const PartnerUnavailable: Story = {
  beforeEach: erasureProxy({ error: { status: 502, code: 'UPSTREAM_UNAVAILABLE', message: 'iDenfy is unavailable.' } }),
  play: async () => {
    const asking = await dialog('Erase your verification data?');
    await userEvent.click(asking.getByRole('button', { name: 'Erase' }));
    await expect(await asking.findByRole('alert')).toHaveTextContent(/cannot be reached right now, so the erasure could not be confirmed/);
    await expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Erasure failed');
    await expect(asking.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The outcome in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  beforeEach: erasureProxy({ report: reportWith(['scan-idcard-1120']) }),
  play: async () => {
    await userEvent.click((await dialog('Erase your verification data?')).getByRole('button', { name: 'Erase' }));
    await dialog('Not everything was erased');
  },
};

/** Arabic, right to left, with Arabic plural forms. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  beforeEach: erasureProxy({ report: reportWith(['scan-idcard-1120']) }),
  play: async () => {
    const asking = await dialog('هل تريد محو بيانات التحقق؟');
    await expect(asking.getByRole('button', { name: 'إلغاء' })).toHaveFocus();
  },
};

/** At Mews (a hotel's ID documents, `target.kind` `'identity-documents'` or `'customers'`): its own words, not "verification data". */
export const MewsIdentityDocuments: Story = {
  args: {
    target: { kind: 'identity-documents', identityDocumentIds: ['doc-passport-4567', 'doc-licence-8877'] },
    labels: { 'doc-passport-4567': 'Passport ending 4567, hotel check-in', 'doc-licence-8877': 'Driving licence ending 8877, hotel check-in' },
  },
  play: async () => {
    const asking = await dialog('Erase your ID documents at our hotels?');
    await expect(asking.getByText('This permanently deletes 2 identity documents held by our hotels’ system. It cannot be undone.')).toBeVisible();
    await expect(asking.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};
