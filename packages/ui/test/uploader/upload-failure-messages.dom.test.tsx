import { createDocumentsClient, DocumentsError, DocumentsProvider } from '@iddocs/hooks';
import type { Fault } from '@iddocs/testing';
import { createStreamingUpload } from '@iddocs/testing/msw';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../../src/i18n/ar/index.js';
import { de } from '../../src/i18n/de/index.js';
import { createI18n, type DocumentUploaderProps } from '../../src/index.js';
import { uploadFailure } from '../../src/uploader/upload-failure.js';
import { expectAccessible, jpeg, recordAnnouncements, saidAbout, setupFake, Uploader } from './uploader-fixtures.js';

const api = setupFake();

/**
 * The uploader over a real client that, as an app's does, refreshes its token once after a 401 and replays
 * (`onUnauthorized`), without retries otherwise, so each fault surfaces at once.
 */
function renderUploader(props: Partial<DocumentUploaderProps> = {}) {
  const onUnauthorized = vi.fn();
  const client = createDocumentsClient({
    baseUrl: 'http://api.test',
    getAccessToken: () => 'test-token',
    onUnauthorized,
    retry: false,
    upload: createStreamingUpload({ baseUrl: 'http://api.test' }),
  });
  const view = render(<Uploader {...props} />, { wrapper: ({ children }) => <DocumentsProvider client={client}>{children}</DocumentsProvider> });
  return { ...view, onUnauthorized };
}

/**
 * What the live region said last about `name`. Messages about one file close together are said as one ("Uploading…
 * 25 % … Not uploaded: …"), so the outcome is how the last one ends.
 */
const lastSaid = (said: readonly string[], name: string) => saidAbout(said, name).at(-1) ?? '';

/** A 429's error as the client makes it. A `Retry-After` date comes to milliseconds; the fake sends whole seconds only. */
const rateLimited = (retryAfterMs: number) => new DocumentsError('RATE_LIMITED', 'POST /documents failed: the server answered 429.', { status: 429, retryAfterMs });

/** Sends `name` and waits for its row to fail; returns the row and what the live region said about the file. */
async function failedUpload(name: string) {
  const said = recordAnnouncements();
  await userEvent.upload(screen.getByLabelText(/^(Choose file|Datei auswählen|اختر ملفًا)$/, { selector: 'input' }), jpeg(name));
  const row = (await screen.findByText(name)).closest('li')!;
  await waitFor(() => expect(row).toHaveAttribute('data-state', 'error'));
  return { row, said };
}

// Most status faults go to `create`, the request that makes the document after the file is stored; two go to the
// upload of the file itself (in jsdom, the fakes' streaming step, whose refusals the client reads as its own step's).
// `times: 2` for the 401: the client's replay after its refresh is refused too, as when the session is really over.
const causes: [cause: string, route: 'upload' | 'create', fault: Fault, times: number, text: string, retry: boolean][] = [
  ['a dropped connection', 'upload', { type: 'drop' }, 1, 'Not uploaded: no connection. Check it and try again.', true],
  ['429 with Retry-After: 30', 'create', { type: 'status', status: 429, retryAfterSeconds: 30 }, 1, 'Not uploaded: too many uploads. Wait 30 s and try again.', true],
  ['429 with Retry-After: 0', 'create', { type: 'status', status: 429, retryAfterSeconds: 0 }, 1, 'Not uploaded: too many uploads. Wait a moment and try again.', true],
  ['429 without Retry-After', 'create', { type: 'status', status: 429 }, 1, 'Not uploaded: too many uploads. Wait a moment and try again.', true],
  ['401 after the refresh and replay', 'create', { type: 'status', status: 401 }, 2, 'Not uploaded: your session has expired. Sign in again, then try again.', true],
  ['403', 'create', { type: 'status', status: 403 }, 1, 'Not uploaded: you are not allowed to upload this document.', false],
  ['500', 'create', { type: 'status', status: 500 }, 1, 'Not uploaded: the server had a problem. Try again later.', true],
  ['503', 'create', { type: 'status', status: 503 }, 1, 'Not uploaded: the server had a problem. Try again later.', true],
  ['404 (no cause the person can act on)', 'create', { type: 'status', status: 404 }, 1, 'Upload failed. Try again.', true],
  ['429 with Retry-After: 30 on the file’s upload', 'upload', { type: 'status', status: 429, retryAfterSeconds: 30 }, 1, 'Not uploaded: too many uploads. Wait 30 s and try again.', true],
  ['503 on the file’s upload', 'upload', { type: 'status', status: 503 }, 1, 'Not uploaded: the server had a problem. Try again later.', true],
];

describe('DocumentUploader, why an upload failed', () => {
  it.each(causes)('given %s, the row and the live region should say so and what to do', async (_, route, fault, times, text, retry) => {
    api.inject(route, fault, { times });
    const { container } = renderUploader();
    const { row, said } = await failedUpload('scan.jpg');
    expect(within(row).getByText(text)).toBeVisible();
    await waitFor(() => expect(lastSaid(said, 'scan.jpg').slice(-text.length - 1)).toBe(` ${text}`));
    // The client's own English message is for developers: never shown, never said.
    expect(row).not.toHaveTextContent(/failed:|answered|baseUrl/);
    expect(said.join(' ')).not.toMatch(/failed:|answered|baseUrl/);
    expect(within(row).queryAllByRole('button', { name: 'Retry upload of scan.jpg' })).toHaveLength(retry ? 1 : 0);
    expect(within(row).getByRole('button', { name: 'Remove scan.jpg' })).toBeVisible();
    await expectAccessible(container);
  });

  it('given a 401 after the refresh and replay, it should have refreshed once, and Retry should send the file again', async () => {
    const user = userEvent.setup();
    api.inject('create', { type: 'status', status: 401 }, { times: 2 });
    const { onUnauthorized } = renderUploader();
    const { row } = await failedUpload('scan.jpg');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    // Signed in again without leaving the page: the photo already taken goes up.
    await user.click(within(row).getByRole('button', { name: 'Retry upload of scan.jpg' }));
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'success'));
    expect(api.documents().map((document) => document.fileName)).toEqual(['scan.jpg']);
  });

  it('given a 429 in German, it should say it in German', async () => {
    api.inject('create', { type: 'status', status: 429, retryAfterSeconds: 12 });
    renderUploader({ locale: 'de', messages: de });
    const { row, said } = await failedUpload('scan.jpg');
    const text = 'Nicht hochgeladen: zu viele Uploads. Warten Sie 12 s und versuchen Sie es erneut.';
    expect(within(row).getByText(text)).toBeVisible();
    await waitFor(() => expect(lastSaid(said, 'scan.jpg').slice(-text.length - 1)).toBe(` ${text}`));
    expect(within(row).getByRole('button', { name: 'Erneut versuchen: Hochladen von scan.jpg' })).toBeVisible();
  });

  it('given no connection in Arabic, it should say it in Arabic; a 403 in Arabic offers no Retry', async () => {
    api.inject('upload', { type: 'drop' });
    renderUploader({ locale: 'ar', messages: ar });
    const { row, said } = await failedUpload('scan.jpg');
    const text = 'لم يُرفع: لا يوجد اتصال. تحقّق منه وأعد المحاولة.';
    expect(within(row).getByText(text)).toBeVisible();
    await waitFor(() => expect(lastSaid(said, 'scan.jpg').slice(-text.length - 1)).toBe(` ${text}`));
    api.inject('create', { type: 'status', status: 403 });
    const second = await failedUpload('other.jpg');
    expect(within(second.row).getByText('لم يُرفع: غير مسموح لك برفع هذا المستند.')).toBeVisible();
    expect(within(second.row).queryByRole('button', { name: 'أعد المحاولة: رفع other.jpg' })).toBeNull();
    expect(within(row).getByRole('button', { name: 'أعد المحاولة: رفع scan.jpg' })).toBeVisible();
  });

  it('should round the wait up to whole seconds: a Retry-After date 1.2 s ahead is "Wait 2 s", never "Wait 1 s"', () => {
    expect(uploadFailure(createI18n('en'), rateLimited(1200))).toBe('Not uploaded: too many uploads. Wait 2 s and try again.');
    expect(uploadFailure(createI18n('en'), rateLimited(200))).toBe('Not uploaded: too many uploads. Wait 1 s and try again.');
    expect(uploadFailure(createI18n('ar', ar), rateLimited(2000))).toBe('لم يُرفع: عمليات رفع كثيرة جدًا. انتظر ثانيتين وأعد المحاولة.');
  });
});
