import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { control, renderUploader } from './browser-fixtures.js';

const DESKTOP = /^Drag and drop or paste a photo or PDF here, up to [\d.]+ MB per file\.$/;
const TOUCH = /^Choose a photo or PDF, up to [\d.]+ MB per file\.$/;

const touchScreen = (enabled: boolean) => cdp().send('Emulation.setTouchEmulationEnabled', { enabled, maxTouchPoints: 5 });

describe('DocumentUploader hint in Chromium', () => {
  beforeEach(() => control('reset'));
  afterEach(() => touchScreen(false));

  it('should say drag and drop with a mouse, and what the buttons do once the screen is a touch screen, heard as seen', async () => {
    renderUploader();
    const browse = screen.getByRole('button', { name: 'Choose file' });
    expect(screen.getByText(DESKTOP)).toBeVisible();
    await touchScreen(true);
    expect(matchMedia('(pointer: coarse)').matches).toBe(true);
    await waitFor(() => expect(screen.getByText(TOUCH)).toBeVisible());
    expect(screen.queryByText(DESKTOP)).toBeNull();
    expect(browse).toHaveAccessibleDescription(/^Passport Choose a photo or PDF, up to [\d.]+ MB per file\.$/);
  });
});
