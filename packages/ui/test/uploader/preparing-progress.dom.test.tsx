import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessible, jpeg, renderUploader, setupFake } from './uploader-fixtures.js';

setupFake();

describe('DocumentUploader, a photo being prepared', () => {
  // jsdom decodes no image: preparation fails soon after it starts, so the row is caught while it lasts, and then
  // seen without the bar. Chromium prepares for real (the stories and the prepare tests).
  it('should show activity: a bar without a value (indeterminate, busy) named after the file, beside "Preparing…"', async () => {
    const { container } = renderUploader({ prepare: {} });
    await userEvent.upload(screen.getByLabelText('Choose file', { selector: 'input' }), jpeg('photo.jpg'));
    const bar = await screen.findByRole('progressbar', { name: 'photo.jpg' });
    const row = bar.closest('li')!;
    expect(row).toHaveAttribute('data-state', 'preparing');
    expect(within(row).getByText('Preparing…')).toBeVisible();
    // No value: an indeterminate bar, which browsers animate and screen readers call busy, not "0 %".
    expect(bar).not.toHaveAttribute('value');
    expect(bar).not.toHaveAttribute('aria-valuenow');
    await expectAccessible(container);
    await waitFor(() => expect(row).not.toHaveAttribute('data-state', 'preparing'));
    expect(within(row).queryByRole('progressbar')).toBeNull();
  });
});
