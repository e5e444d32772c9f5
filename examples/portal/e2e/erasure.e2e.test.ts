import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.js';
import { openPortal, setSwitch } from './support/portal.js';
import { screenshot } from './support/screenshots.js';
import { demoSuite } from './support/suite.js';

const suite = demoSuite();

/** The texts of the result dialog's "Outcome per item" list. */
const outcomes = (dialog: ReturnType<typeof suite.page.getByRole>) => dialog.getByRole('list', { name: 'Outcome per item' }).getByRole('listitem').allTextContents();

describe('erasing verification data in the demo portal', () => {
  it('erases at iDenfy and at Mews through the real proxy, showing what happened to each item', async () => {
    const { page, server } = suite;
    await openPortal(page, server.url);
    const idenfy = page.getByRole('article', { name: 'Identity verification (iDenfy)' });
    await idenfy.getByRole('button', { name: 'Erase my verification data' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Erase your verification data?' });
    await dialog.getByRole('button', { name: 'Erase', exact: true }).click();
    // One check is still in use: not "finished".
    const partial = page.getByRole('alertdialog', { name: 'Not everything was erased' });
    await partial.waitFor();
    expect(await outcomes(partial)).toEqual(['Passport check, 12 March: deleted', 'ID card check, 20 November: still in use; it can be deleted later']);
    await expectNoAxeViolations(page, 'erasure result');
    await screenshot(page, 'erasure', '1-idenfy-result');
    await partial.getByRole('button', { name: 'Close' }).click();
    await idenfy.getByText('Passport check, 12 March').waitFor({ state: 'detached' });
    expect(await idenfy.getByRole('listitem').allTextContents()).toEqual(['ID card check, 20 November']);

    const mews = page.getByRole('article', { name: 'Hotel stays (Mews)' });
    await mews.getByRole('button', { name: 'Erase my hotel ID documents' }).click();
    await page.getByRole('alertdialog', { name: 'Erase your ID documents at our hotels?' }).getByRole('button', { name: 'Erase', exact: true }).click();
    const result = page.getByRole('alertdialog', { name: 'Erasure finished' });
    await result.waitFor();
    expect(await outcomes(result)).toEqual(['Passport ending 4567, hotel check-in: deleted', 'Driving licence ending 8877, hotel check-in: deleted']);
    await screenshot(page, 'erasure', '2-mews-result');
    await result.getByRole('button', { name: 'Close' }).click();
    const nothingLeft = mews.getByText('Nothing is held at Mews any more.');
    await nothingLeft.waitFor();
    // Its button is gone with the last item: focus stays in the card instead of falling to the top of the page.
    expect(await nothingLeft.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, 'erasure', '3-after');
  });

  it('refuses to erase another customer’s check, after showing that it is working on a slow network', async () => {
    const { page, server } = suite;
    await openPortal(page, server.url);
    await setSwitch(page, 'Slow network', true);
    await page.getByRole('button', { name: 'Try to erase another customer’s check' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Erase your verification data?' });
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/erasure/idenfy/verifications/delete');
    await dialog.getByRole('button', { name: 'Erase', exact: true }).click();
    await dialog.getByRole('button', { name: 'Erasing…' }).waitFor();
    await screenshot(page, 'erasure-refused', '1-erasing');
    expect((await answered).status()).toBe(403);
    // After the refusal the dialog is named for what happened, and the refusal is its description.
    const refused = page.getByRole('alertdialog', { name: 'Erasure not allowed' });
    expect(await refused.getByRole('alert').textContent()).toBe('You are not allowed to erase these items. Nothing was erased.');
    expect(await refused.getAttribute('aria-describedby')).toBe(await refused.getByRole('alert').getAttribute('id'));
    await expectNoAxeViolations(page, 'erasure refused');
    await screenshot(page, 'erasure-refused', '2-refused');
    // A refusal: trying again cannot help, so Close is the only way on.
    expect(await refused.getByRole('button').allTextContents()).toEqual(['Close']);
    await refused.getByRole('button', { name: 'Close' }).click();
    await setSwitch(page, 'Slow network', false);
  });
});

/** Relative luminance (WCAG) of a computed `rgb(…)` colour: 0 black, 1 white. */
const luminance = (color: string): number => {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

describe('the portal page around the widgets', () => {
  it('keeps the erase buttons’ live regions out of paragraphs (a <div> inside a <p> is invalid HTML)', async () => {
    const { page, server } = suite;
    await openPortal(page, server.url);
    await page.getByRole('button', { name: 'Try to erase another customer’s check' }).waitFor();
    const misplaced = await page.evaluate(() => [...document.querySelectorAll('p div, p section, p ul, p p')].map((element) => element.closest('p')!.className || 'p'));
    expect(misplaced).toEqual([]);
  });

  it('follows a dark system theme as the widgets do, readable everywhere', async () => {
    const { page, server } = suite;
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPortal(page, server.url);
    await page.getByRole('button', { name: 'Try to erase another customer’s check' }).waitFor();
    const backgrounds = await page.evaluate(() =>
      Object.fromEntries(
        ['body', '.iddocs-manager, .iddocs', '.portal-partner', '.portal-demo', '.portal-demo-tip'].map((selector) => [selector, getComputedStyle(document.querySelector(selector)!).backgroundColor]),
      ),
    );
    // The widgets turn dark under prefers-color-scheme: dark; the page around them must not stay light.
    for (const [selector, color] of Object.entries(backgrounds)) expect(luminance(color), `${selector} background ${color}`).toBeLessThan(0.2);
    await expectNoAxeViolations(page, 'dark theme');
    await screenshot(page, 'portal-dark', '1-page');
  });
});
