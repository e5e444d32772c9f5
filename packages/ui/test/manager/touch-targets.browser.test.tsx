import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { DocumentManager } from '../../src/index.js';
import { renderWithDocuments, resetFake } from '../document-list/real-documents.js';

const TYPES = [
  { id: 1, label: 'Passport' },
  { id: 2, label: 'ID card' },
];
// WCAG 2.5.5 and the platforms' guidelines (Apple 44 pt, Android 48 dp): a finger needs a larger target than a mouse.
const FINGER = 44;

const heightsOf = (elements: HTMLElement[]) => Object.fromEntries(elements.map((element) => [element.getAttribute('aria-label') ?? element.textContent, Math.round(element.getBoundingClientRect().height)]));
const shorterThan = (elements: HTMLElement[], limit: number) => Object.entries(heightsOf(elements)).filter(([, height]) => height < limit);

describe('on a touch screen (a coarse pointer)', () => {
  beforeEach(async () => {
    await resetFake();
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  });
  afterEach(() => cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false }));

  it(`makes every button and the type chooser at least ${FINGER} px tall, in the page and in the delete dialog`, async () => {
    expect(matchMedia('(pointer: coarse)').matches).toBe(true);
    renderWithDocuments(<DocumentManager types={TYPES} />);
    const list = screen.getByRole('region', { name: 'Your documents' });
    await within(list).findAllByRole('listitem');
    expect(shorterThan([...screen.getAllByRole('button'), ...screen.getAllByRole('combobox')], FINGER)).toEqual([]);
    const [remove] = within(list).getAllByRole('button', { name: /^Delete / });
    await userEvent.click(remove!);
    const dialog = await screen.findByRole('alertdialog');
    expect(shorterThan(within(dialog).getAllByRole('button'), FINGER)).toEqual([]);
  });
});
