import { DocumentsProvider } from '@iddocs/hooks';
import { createSamplePhoto } from '@iddocs/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { DocumentUploader } from '../../src/index.js';
import { client, control } from './browser-fixtures.js';
import '../../src/styles.css';

const reducedMotion = (value: 'reduce' | 'no-preference') => cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value }] });

describe('DocumentUploader, a photo being prepared, in Chromium with the stylesheet', () => {
  beforeEach(() => control('reset'));
  afterEach(() => cdp().send('Emulation.setEmulatedMedia', { features: [] }));

  it('should show the browser’s moving bar, and a still striped one to people who ask for reduced motion', async () => {
    await reducedMotion('reduce');
    render(
      <DocumentsProvider client={client}>
        <DocumentUploader types={[{ id: 1, label: 'Passport' }]} mode="manual" />
      </DocumentsProvider>,
    );
    // 12 megapixels: decoded and made smaller in a worker, long enough to be looked at.
    await userEvent.upload(screen.getByLabelText('Choose file', { selector: 'input' }), await createSamplePhoto({ name: 'large.jpg', width: 4032, height: 3024 }));
    const bar = await screen.findByRole('progressbar', { name: 'large.jpg' }, { timeout: 5_000 });
    const row = bar.closest('li')!;
    expect(row).toHaveAttribute('data-state', 'preparing');
    expect(bar.matches(':indeterminate')).toBe(true);
    expect(getComputedStyle(bar).appearance).toBe('none');
    expect(getComputedStyle(bar).backgroundImage).toMatch(/^repeating-linear-gradient/);
    await reducedMotion('no-preference');
    expect(getComputedStyle(bar).appearance).toBe('auto');
    expect(within(row).getByText('Preparing…')).toBeVisible();
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'ready'), { timeout: 15_000 });
    expect(within(row).queryByRole('progressbar')).toBeNull();
  });
});
