import type { Locator, Page } from 'playwright-core';

/** A short description of the focused element, for failure messages. */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '(body)';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return `${element.tagName.toLowerCase()}${name ? ` "${name}"` : ''}`;
  });

/** Whether `target` has the keyboard focus. */
export const isFocused = (target: Locator): Promise<boolean> => target.evaluate((element) => element === document.activeElement);

/** Presses Tab until `target` has focus, as a keyboard user would; fails with the path taken if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  const path: string[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
    path.push(await describeFocus(page));
  }
  throw new Error(`Tab never reached ${target.toString()} in ${maxPresses} presses; focus went through:\n  ${path.join('\n  ')}`);
}
