import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.js';
import { isFocused, tabTo } from './support/keyboard.js';
import { chooseFileButton, deleteButton, documentRow, openPortal } from './support/portal.js';
import { SampleFiles } from './support/sample-files.js';
import { screenshot } from './support/screenshots.js';
import { demoSuite } from './support/suite.js';

const suite = demoSuite();

describe('the demo portal by keyboard alone', () => {
  it('chooses a type, opens the file chooser, uploads, deletes and confirms without a pointer', async () => {
    const { page, server, browser } = suite;
    const files = new SampleFiles(browser);
    const bill = files.pdf('keyboard-bill.pdf');
    const label = 'Proof of address — keyboard-bill.pdf';
    await openPortal(page, server.url);
    // Listen first: Playwright turns on file-chooser interception without waiting for it, and Enter activates a
    // button on keydown, so a listener set just before the key press loses the race about one time in three.
    const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });

    const type = page.getByRole('combobox', { name: 'Document type' });
    await tabTo(page, type);
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
    expect(await type.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.label)).toBe('Proof of address');

    await tabTo(page, chooseFileButton(page, 'Proof of address'));
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(bill);
    const remove = deleteButton(page, label);
    await remove.waitFor();
    await screenshot(page, 'keyboard', '1-uploaded');

    await tabTo(page, remove);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Delete document?' });
    await dialog.waitFor();
    // The safe choice has focus first: a stray Enter cancels.
    expect(await isFocused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(dialog.getByRole('button', { name: 'Delete', exact: true }))).toBe(true);
    await screenshot(page, 'keyboard', '2-confirm');
    await page.keyboard.press('Space');
    await documentRow(page, label).waitFor({ state: 'detached' });
    await dialog.waitFor({ state: 'detached' });

    // Focus lands on the row now in the deleted one's place, not on the page's top.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^Delete /);
    await expectNoAxeViolations(page, 'after a keyboard delete');
    await screenshot(page, 'keyboard', '3-deleted');
    files.dispose();
  });
});
