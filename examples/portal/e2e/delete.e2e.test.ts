import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.js';
import { deleteButton, documentList, documentRow, openPortal, setSwitch } from './support/portal.js';
import { screenshot } from './support/screenshots.js';
import { demoSuite } from './support/suite.js';

const suite = demoSuite();

describe('deleting in the demo portal', () => {
  it('deletes through the dialog: the row goes, and is still gone after a reload', async () => {
    const { page, server } = suite;
    await openPortal(page, server.url);
    await deleteButton(page, 'Passport — passport.jpg').click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete document?' });
    await dialog.waitFor();
    expect(await dialog.getByText('Delete Passport — passport.jpg? This cannot be undone.').count()).toBe(1);
    await expectNoAxeViolations(page, 'dialog open');
    await screenshot(page, 'delete', '1-dialog');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await documentRow(page, 'Passport — passport.jpg').waitFor({ state: 'detached' });
    await dialog.waitFor({ state: 'detached' });
    await screenshot(page, 'delete', '2-deleted');

    await page.reload();
    await documentList(page).waitFor();
    expect(await deleteButton(page, 'Passport — passport.jpg').count()).toBe(0);
    expect(await deleteButton(page, 'Proof of address — utility-bill.pdf').count()).toBe(1);
  });

  it('cancelling the dialog keeps the row and returns focus to its button', async () => {
    const { page, server } = suite;
    await openPortal(page, server.url);
    const button = deleteButton(page, 'Proof of address — utility-bill.pdf');
    await button.click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete document?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await button.count()).toBe(1);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('with "Deletes fail" switched on in the page (it stays on after a reload), the row stays, with the error; once off, the delete goes through', async () => {
    const { page, server } = suite;
    const label = 'ID card (Front) — id-card-front.png';
    await openPortal(page, server.url);
    await setSwitch(page, 'Deletes fail', true);
    await page.reload();
    await documentList(page).waitFor();
    // The switches load from the demo server after the page: unchecked (and disabled) until then.
    await expect.poll(() => page.getByRole('checkbox', { name: 'Deletes fail' }).isChecked()).toBe(true);

    await deleteButton(page, label).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete document?' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.getByRole('alert').getByText(`Could not delete ${label}. Check your connection and try again.`).waitFor();
    await expectNoAxeViolations(page, 'delete failed');
    await screenshot(page, 'delete-fails', '1-failed');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await documentRow(page, label).getByText(`${label} was not deleted.`).waitFor();
    await screenshot(page, 'delete-fails', '2-row-kept');

    await setSwitch(page, 'Deletes fail', false);
    await deleteButton(page, label).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await documentRow(page, label).waitFor({ state: 'detached' });
  });
});
