import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DocumentList, DocumentManager } from '../../src/index.js';
import { ar } from '../../src/i18n/ar/index.js';
import { de } from '../../src/i18n/de/index.js';
import { injectFault, paddedPhoto, renderWithDocuments, resetFake, screenshot, withHostStylesheet } from '../document-list/real-documents.js';

// A phone's camera names its files in one long word; a German scan's name is long and hyphenated.
const DOCUMENTS = [
  { id: 1, typeId: 1, typeName: 'Passport', status: 'pending', fileName: 'IMG_20261124_093015_482.jpg', createTime: '2026-11-24T09:30:15Z' },
  { id: 2, typeId: 1, typeName: 'Passport', status: 'in_review', fileName: 'Reisepass_Maximilian-Schwarzenberger-Hohenlohe_Seite1_final.pdf', createTime: '2026-11-23T08:00:00Z' },
];
// Two types or more bring the type chooser, a select as wide as its longest option.
const TYPES = [
  { id: 1, label: 'Passport' },
  { id: 4, label: 'Proof of address (a recent utility bill)' },
];

/** The visible boxes inside `container` that stick out of it, sideways. */
function overflowing(container: HTMLElement): string[] {
  const bounds = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.checkVisibility() && getComputedStyle(element).position !== 'absolute')
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.left < bounds.left - 0.5 || box.right > bounds.right + 0.5);
    })
    .map((element) => `${element.tagName.toLowerCase()}[${element.getAttribute('data-part') ?? element.className}] "${element.textContent?.slice(0, 30)}"`);
}

/** Whether two boxes share any area. */
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// WCAG 1.4.4 and 1.4.10: text made larger by the browser's font-size setting (what rem and em scale with) reflows
// inside the phone's width; nothing needs scrolling sideways and nothing is cut off or drawn over another part.
describe('on a phone, with the browser’s text made larger', () => {
  beforeEach(async () => {
    await resetFake();
    await injectFault('list', { type: 'status', status: 200, body: DOCUMENTS });
  });
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await page.viewport(414, 896); // Vitest's default
  });

  for (const width of [320, 390]) {
    for (const scale of [100, 150, 200]) {
      it(`fits ${width} px at ${scale} % text: uploader and list inside the width, the status clear of Delete`, async () => {
        // A phone's width, and tall enough for the whole manager to be painted in the screenshot.
        await page.viewport(width, 2400);
        document.documentElement.style.fontSize = `${scale}%`;
        const { container } = renderWithDocuments(<DocumentManager types={TYPES} />);
        const list = await screen.findByRole('list', { name: 'Your documents' });
        const rows = within(list).getAllByRole('listitem');
        expect(rows).toHaveLength(2);
        expect(overflowing(container)).toEqual([]);
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
        for (const row of rows) {
          const status = row.querySelector('[data-part="status"]')!.getBoundingClientRect();
          const remove = within(row).getByRole('button', { name: /^Delete / }).getBoundingClientRect();
          expect(overlap(status, remove)).toBe(false);
        }
        if (width === 320 && scale === 200) await screenshot('manager-320px-text-200');
      });
    }
  }

  it('keeps the delete dialog on a small phone’s screen at 200 % text, scrolling inside it to reach Delete', async () => {
    await page.viewport(320, 480);
    document.documentElement.style.fontSize = '200%';
    renderWithDocuments(<DocumentManager types={TYPES} />);
    const [open] = await screen.findAllByRole('button', { name: /^Delete / });
    await userEvent.click(open!);
    const dialog = await screen.findByRole('alertdialog');
    const box = dialog.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(480);
    expect(box.right).toBeLessThanOrEqual(320);
    // Nothing in it cut off at its sides (its title's long word included).
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    confirm.scrollIntoView({ block: 'nearest' });
    const button = confirm.getBoundingClientRect();
    expect(button.top).toBeGreaterThanOrEqual(box.top);
    expect(button.bottom).toBeLessThanOrEqual(box.bottom);
  });
});

describe('on a phone, with files in the uploader and the browser’s text made larger', () => {
  beforeEach(() => resetFake());
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await page.viewport(414, 896);
  });

  for (const locale of ['en', 'ar'] as const) {
    it(`keeps an uploading and a refused file inside 375 px at 200 % text (${locale})`, async () => {
      await page.viewport(375, 2400);
      document.documentElement.style.fontSize = '200%';
      await injectFault('upload', { type: 'latency', ms: 10_000 });
      const { container } = renderWithDocuments(
        <DocumentManager types={TYPES} prepare={false} locale={locale} {...(locale === 'ar' && { messages: ar })} />,
      );
      const program = new File([new Uint8Array([0x4d, 0x5a, ...new Uint8Array(4094)])], 'program.jpg', { type: 'image/jpeg' });
      await userEvent.upload(container.querySelector<HTMLInputElement>('input[type="file"]:not([capture])')!, [paddedPhoto('passport.jpg'), program]);
      await expect.poll(() => container.querySelectorAll('.iddocs-uploader li[data-state="pending"], .iddocs-uploader li[data-state="rejected"]').length).toBe(2);

      // Both edges: in a right-to-left page an overflow runs out to the left, where nothing can scroll to it.
      expect(overflowing(container)).toEqual([]);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
    });
  }
});

// WCAG 1.4.12: a reader's own spacing (the bookmarklet's values) loses no text and draws none over another part.
describe('on a phone, with a reader’s text spacing', () => {
  withHostStylesheet('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
  beforeEach(() => resetFake());
  afterEach(() => page.viewport(414, 896));

  it('keeps every status clear of Delete and every date inside its row, in German', async () => {
    await page.viewport(320, 2400);
    // A phone's width less a page's margins.
    const { container } = renderWithDocuments(
      <div style={{ inlineSize: '288px' }}>
        <DocumentList locale="de" messages={de} />
      </div>,
    );
    const rows = within(await screen.findByRole('list', { name: 'Ihre Dokumente' })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(3);
    expect(overflowing(container)).toEqual([]);
    for (const row of rows) {
      const status = row.querySelector('[data-part="status"]')!.getBoundingClientRect();
      const remove = within(row).getByRole('button', { name: /^Löschen/ }).getBoundingClientRect();
      expect(overlap(status, remove)).toBe(false);
    }
  });
});
