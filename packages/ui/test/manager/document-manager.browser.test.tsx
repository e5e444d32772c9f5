import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DocumentManager } from '../../src/index.js';
import { ar } from '../../src/i18n/ar/index.js';
import { expectAccessible, paddedPhoto, renderWithDocuments, resetFake, screenshot } from '../document-list/real-documents.js';

const TYPES = [{ id: 1, label: 'Passport' }];

describe('DocumentManager in Chromium, against the fake over HTTP', () => {
  beforeEach(() => resetFake());

  it('uploads a file, lists it with its thumbnail, then deletes it', async () => {
    // A tiny JPEG padded to a size, which preparation would trim and flag; preparation has its own tests.
    renderWithDocuments(<DocumentManager types={TYPES} prepare={false} />);
    const documents = screen.getByRole('region', { name: 'Your documents' });
    await within(documents).findAllByRole('listitem');
    await userEvent.upload(screen.getByLabelText('Choose file', { selector: 'input' }), paddedPhoto('my-passport.jpg'));
    const remove = await screen.findByRole('button', { name: 'Delete Passport — my-passport.jpg' }, { timeout: 5000 });
    const row = remove.closest('li')!;
    await waitFor(() => expect(row.querySelector<HTMLImageElement>('img[data-part="thumbnail"]')?.naturalWidth).toBeGreaterThan(0));
    await expectAccessible();
    await screenshot('manager-light');
    await userEvent.click(remove);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Passport — my-passport.jpg' })).toBeNull());
    // The row goes at once; "deleted" is said when the server has answered, later on a busy machine.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Passport — my-passport.jpg deleted.'));
  });

  it('has no axe violations, contrast included, in dark and right to left', async () => {
    const { rerender, container } = renderWithDocuments(<DocumentManager types={TYPES} theme="dark" />);
    await screen.findAllByRole('listitem');
    expect(container.querySelector('.iddocs-manager')).toHaveAttribute('data-theme', 'dark');
    await expectAccessible();
    await screenshot('manager-dark');
    rerender(<DocumentManager types={[{ id: 1, label: 'جواز السفر' }]} locale="ar" messages={ar} />);
    await screen.findByRole('heading', { name: 'مستنداتك' });
    expect(container.querySelector('.iddocs-manager')).toHaveAttribute('dir', 'rtl');
    await expectAccessible();
    await screenshot('manager-rtl');
  });
});
