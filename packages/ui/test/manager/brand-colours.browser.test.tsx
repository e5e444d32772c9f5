import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DocumentManager } from '../../src/index.js';
import { renderWithDocuments, resetFake, screenshot, withHostStylesheet } from '../document-list/real-documents.js';

const TYPES = [{ id: 1, label: 'Passport' }];
// A host page's brand, in a stylesheet that loads BEFORE ours: one class must be enough, in any order.
const BRAND = '.brand { --iddocs-color-accent: rgb(1, 2, 3); --iddocs-color-danger: rgb(120, 4, 5); --iddocs-color-bg: rgb(250, 240, 230); }';
const DARK_ACCENT = 'rgb(120, 183, 255)';

beforeEach(() => resetFake());
withHostStylesheet(BRAND);

const backgroundOf = (element: Element) => getComputedStyle(element).backgroundColor;

describe('colours set on a widget’s className', () => {
  it('reach the widgets inside it and the dialog it opens', async () => {
    renderWithDocuments(<DocumentManager types={TYPES} className="brand" />);
    expect(backgroundOf(screen.getByRole('button', { name: /^Choose file/ }))).toBe('rgb(1, 2, 3)');
    const list = screen.getByRole('region', { name: 'Your documents' });
    const [remove] = await within(list).findAllByRole('button', { name: /^Delete / });
    await userEvent.click(remove!);
    const dialog = await screen.findByRole('alertdialog');
    expect(backgroundOf(dialog)).toBe('rgb(250, 240, 230)');
    expect(backgroundOf(within(dialog).getByRole('button', { name: 'Delete' }))).toBe('rgb(120, 4, 5)');
    await screenshot('manager-brand-dialog');
  });

  it('stay out of the dark theme, which keeps its own palette unless the page sets one for it', async () => {
    renderWithDocuments(<DocumentManager types={TYPES} className="brand" theme="dark" />);
    expect(backgroundOf(screen.getByRole('button', { name: /^Choose file/ }))).toBe(DARK_ACCENT);
    const [remove] = await screen.findAllByRole('button', { name: /^Delete / });
    await userEvent.click(remove!);
    expect(backgroundOf(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }))).toBe('rgb(21, 24, 28)');
  });
});
