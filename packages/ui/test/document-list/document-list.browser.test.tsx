import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createI18n, DocumentList } from '../../src/index.js';
import { ar } from '../../src/i18n/ar/index.js';
import { de } from '../../src/i18n/de/index.js';
import { expectAccessible, fakeRequests, injectFault, renderWithDocuments, resetFake, screenshot } from './real-documents.js';

/** Whether a row's content is rendered (styled and laid out), not skipped by `content-visibility: auto`. */
const rendered = (row: HTMLElement) => row.querySelector('[data-part="type"]')!.checkVisibility({ contentVisibilityAuto: true });
const thumbnails = () => [...document.querySelectorAll<HTMLImageElement>('img[data-part="thumbnail"]')];

type RowLayout = Record<'row' | 'type' | 'name' | 'date' | 'status' | 'delete-button', DOMRect> & { lines: Record<string, number> };
const partOf = (row: HTMLElement, name: string) => row.querySelector(`[data-part="${name}"]`)!;
/** How many lines a row part takes. */
const linesOf = (row: HTMLElement, name: string) => Math.round(partOf(row, name).getBoundingClientRect().height / Number.parseFloat(getComputedStyle(partOf(row, name)).lineHeight));

/** How many lines `text`, a piece of `element`'s text, spans. */
function linesOfText(element: Element, text: string): number {
  const start = element.textContent!.indexOf(text);
  expect(start).toBeGreaterThanOrEqual(0);
  const range = document.createRange();
  range.setStart(element.firstChild!, start);
  range.setEnd(element.firstChild!, start + text.length);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

/** Every row's box and its parts' boxes, in a list `width` px wide. */
async function layoutAt(width: number, locale?: 'ar'): Promise<RowLayout[]> {
  const { unmount } = renderWithDocuments(
    <div style={{ inlineSize: `${width}px` }}>
      <DocumentList {...(locale && { locale, messages: ar })} />
    </div>,
  );
  const rows = within(await screen.findByRole('list', { name: locale ? 'مستنداتك' : 'Your documents' })).getAllByRole('listitem');
  const layouts = rows.map((row) => ({
    row: row.getBoundingClientRect(),
    ...Object.fromEntries(['type', 'name', 'date', 'status', 'delete-button'].map((name) => [name, partOf(row, name).getBoundingClientRect()])),
    lines: Object.fromEntries(['type', 'name', 'date'].map((name) => [name, linesOf(row, name)])),
  })) as RowLayout[];
  unmount();
  return layouts;
}

describe('DocumentList in Chromium, against the fake over HTTP', () => {
  beforeEach(() => resetFake());

  it('loads every image thumbnail with the bearer token, and shows the PDF as an icon', async () => {
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    await waitFor(() => expect(thumbnails()).toHaveLength(4));
    await waitFor(() => expect(thumbnails().every((image) => image.complete && image.naturalWidth > 0)).toBe(true));
    expect(thumbnails().every((image) => image.src.startsWith('blob:'))).toBe(true);
    // Identity documents are shown whole, not cropped to the square.
    expect(thumbnails().map((image) => getComputedStyle(image).objectFit)).toEqual(['contain', 'contain', 'contain', 'contain']);
    const pdfRow = screen.getByText('utility-bill.pdf').closest('li')!;
    expect(pdfRow.querySelector('[data-part="thumbnail"]')).toHaveTextContent('pdf');
    const files = (await fakeRequests()).filter((request) => request.route === 'file');
    expect(files).toHaveLength(4);
    expect(files.every((request) => request.headers['authorization'] === 'Bearer test-token')).toBe(true);
  });

  it('falls back to the icon when a thumbnail cannot be fetched', async () => {
    await injectFault('file', { type: 'status', status: 500 }, 10);
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    await waitFor(async () => expect((await fakeRequests()).filter((request) => request.route === 'file')).toHaveLength(4));
    expect(thumbnails()).toHaveLength(0);
    expect(screen.getByText('passport.jpg').closest('li')!.querySelector('[data-part="thumbnail"]')).toHaveTextContent('jpg');
  });

  it('revokes the thumbnails’ object URLs when the list goes away', async () => {
    const { unmount } = renderWithDocuments(<DocumentList />);
    await waitFor(() => expect(thumbnails()).toHaveLength(4));
    const urls = thumbnails().map((image) => image.src);
    expect((await fetch(urls[0]!)).ok).toBe(true);
    unmount();
    for (const url of urls) await expect(fetch(url)).rejects.toThrow(/fetch/i);
  });

  it('has no axe violations (contrast included) in light, dark and right-to-left', async () => {
    const { rerender } = renderWithDocuments(<DocumentList theme="light" />);
    await waitFor(() => expect(thumbnails()).toHaveLength(4));
    await expectAccessible();
    await screenshot('list-light');
    rerender(<DocumentList theme="dark" />);
    await expectAccessible();
    await screenshot('list-dark');
    rerender(<DocumentList locale="ar" messages={ar} theme="dark" />);
    await screen.findByRole('list', { name: 'مستنداتك' });
    await expectAccessible();
    await screenshot('list-rtl');
  });

  it('in a card as narrow as a phone, should keep type, name and date whole, and put the status and Delete on a line of their own', async () => {
    for (const locale of [undefined, 'ar'] as const) {
      for (const row of await layoutAt(300, locale)) {
        expect(row.lines).toEqual({ type: 1, name: 1, date: 1 });
        // Under the text, side by side, inside the row.
        expect(row.status.top).toBeGreaterThanOrEqual(row.date.bottom);
        expect(Math.abs(row.status.top + row.status.height / 2 - (row['delete-button'].top + row['delete-button'].height / 2))).toBeLessThan(2);
        expect(row['delete-button'].left).toBeGreaterThanOrEqual(row.row.left);
        expect(row['delete-button'].right).toBeLessThanOrEqual(row.row.right);
      }
    }
    // Wide enough: one line per row part, the status beside the type and Delete at the end, as before.
    for (const row of await layoutAt(700)) {
      expect(row.lines).toEqual({ type: 1, name: 1, date: 1 });
      expect(row.status.top).toBeLessThan(row.name.top);
      expect(row['delete-button'].left).toBeGreaterThan(row.status.right);
    }
  });

  it('in a card as narrow as a phone, should keep the upload time of two documents of one name inside their rows, in every language', async () => {
    // Uploaded in one minute: the longest date there is, to the second.
    const twice = [1, 2].map((id) => ({ id, typeId: 2, typeName: 'ID card', status: 'pending', fileName: 'id-card.jpg', createTime: `2025-12-22T09:30:0${id}Z` }));
    for (const [locale, messages] of [['en', undefined], ['de', de], ['ar', ar]] as const) {
      await injectFault('list', { type: 'status', status: 200, body: twice });
      const { unmount } = renderWithDocuments(
        <div style={{ inlineSize: '300px' }}>
          <DocumentList locale={locale} {...(messages && { messages })} />
        </div>,
      );
      for (const row of await screen.findAllByRole('listitem')) {
        const date = partOf(row, 'date').getBoundingClientRect();
        const box = row.getBoundingClientRect();
        // Broken, if at all, between the date and the time, neither inside.
        const time = new Date(partOf(row, 'date').getAttribute('datetime')!);
        expect(linesOf(row, 'date')).toBeLessThanOrEqual(2);
        expect(linesOfText(partOf(row, 'date'), createI18n(locale).formatDate(time.toISOString()))).toBe(1);
        expect(linesOfText(partOf(row, 'date'), new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(time))).toBe(1);
        expect(date.left).toBeGreaterThanOrEqual(box.left);
        expect(date.right, `${locale}: ${partOf(row, 'date').textContent}`).toBeLessThanOrEqual(box.right);
      }
      unmount();
    }
  });

  it('skips style and layout of the rows off screen, and a Tab to one of them brings it in view, rendered', async () => {
    const many = Array.from({ length: 40 }, (_, index) => ({
      id: index + 1,
      typeId: 4,
      typeName: 'Proof of address',
      status: 'pending',
      fileName: `scan-${index + 1}.pdf`,
      createTime: '2025-05-02T08:00:00Z',
    }));
    await injectFault('list', { type: 'status', status: 200, body: many });
    renderWithDocuments(<DocumentList limit={50} />);
    const rows = within(await screen.findByRole('list', { name: 'Your documents' })).getAllByRole('listitem');
    expect(rows).toHaveLength(40);
    await waitFor(() => expect(rendered(rows[0]!)).toBe(true));
    expect(rendered(rows[39]!)).toBe(false);
    // Skipped, a row keeps the height it will have (padding and border around its intrinsic content size).
    expect(rows[39]!.getBoundingClientRect().height).toBeCloseTo(rows[0]!.getBoundingClientRect().height, 0);
    // Skipped, not gone: its text and its button are there for find-in-page and assistive technology.
    const last = within(rows[39]!).getByRole('button', { name: 'Delete Proof of address — scan-40.pdf' });
    for (let step = 0; step < 45 && document.activeElement !== last; step++) await userEvent.tab();
    expect(last).toHaveFocus();
    await waitFor(() => expect(rendered(rows[39]!)).toBe(true));
    const { top, bottom } = last.getBoundingClientRect();
    expect(top >= 0 && bottom <= window.innerHeight).toBe(true);
    await expectAccessible();
  });

  it('while loading, should show placeholder rows as tall as the rows that replace them, wide and narrow', async () => {
    for (const width of [700, 300]) {
      await resetFake();
      await injectFault('list', { type: 'latency', ms: 500 });
      const { container, unmount } = renderWithDocuments(
        <div style={{ inlineSize: `${width}px` }}>
          <DocumentList />
        </div>,
      );
      const placeholders = [...container.querySelectorAll('[data-part="skeleton"] > li')].map((item) => item.getBoundingClientRect().height);
      expect(placeholders).toHaveLength(3);
      // The fake answers after 500 ms: on a loaded machine, more than findBy's default second.
      const rows = within(await screen.findByRole('list', { name: 'Your documents' }, { timeout: 5000 })).getAllByRole('listitem');
      // Rows without a reviewer's reason (every one but the rejected one) are the usual height.
      const heights = rows.filter((row) => !row.querySelector('[data-part="reason"]')).map((row) => row.getBoundingClientRect().height);
      for (const height of [...placeholders, ...heights]) expect(height).toBeCloseTo(heights[0]!, 0);
      unmount();
    }
  });

  it('looks right while loading, empty and failed', async () => {
    await injectFault('list', { type: 'latency', ms: 1500 });
    const first = renderWithDocuments(<DocumentList />);
    expect(screen.getByText('Loading documents…')).toBeInTheDocument();
    await screenshot('list-pending');
    first.unmount();
    await resetFake();
    await injectFault('list', { type: 'status', status: 500 });
    renderWithDocuments(<DocumentList theme="dark" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your documents could not be loaded.');
    await expectAccessible();
    await screenshot('list-error');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(within(await screen.findByRole('list', { name: 'Your documents' })).getAllByRole('listitem')).toHaveLength(5);
  });
});
