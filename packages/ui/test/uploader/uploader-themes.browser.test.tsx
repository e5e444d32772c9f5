import { createPdfBytes } from '@iddocs/testing';
import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ar } from '../../src/i18n/ar/index.js';
import type { DocumentUploaderProps } from '../../src/index.js';
import { control, drag, expectAccessible, photo, renderUploader, transferOf } from './browser-fixtures.js';

const variants: [string, Partial<DocumentUploaderProps>][] = [
  ['light', { theme: 'light' }],
  ['dark', { theme: 'dark' }],
  ['Arabic, right to left', { theme: 'light', locale: 'ar', messages: ar }],
];

function pdfOf(name: string): File {
  const bytes = new Uint8Array(30_000);
  bytes.set(createPdfBytes());
  return new File([bytes], name, { type: 'application/pdf' });
}

describe.each(variants)('DocumentUploader, %s', (_, props) => {
  beforeEach(() => control('reset'));

  it('keeps every state readable (axe, contrast included): uploading, failed, uploaded, refused, over the limit, dragging', async () => {
    const { container } = renderUploader({
      ...props,
      // broken, slow and holiday hold the 3 places (bill is uploaded: it holds none), so extra is over the limit.
      maxFiles: 3,
      types: [{ id: 1, label: 'Passport' }, { id: 2, label: 'ID card', sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back' }] }],
    });
    const input = container.querySelector<HTMLElement>('input[data-part="input"]')!;
    const stateOf = (state: string) => container.querySelectorAll(`[data-part="file"][data-state="${state}"]`);
    await control('faults', { route: 'upload', fault: { type: 'status', status: 500 } });
    await userEvent.upload(input, photo('broken.jpg'));
    await waitFor(() => expect(stateOf('error')).toHaveLength(1));
    await userEvent.upload(input, pdfOf('bill.pdf'));
    await waitFor(() => expect(stateOf('success')).toHaveLength(1));
    await control('faults', { route: 'upload', fault: { type: 'throttle', bytesPerSecond: 8 * 1024 } });
    await userEvent.upload(input, photo('slow.jpg', 400 * 1024));
    await waitFor(() => expect(stateOf('pending')).toHaveLength(1));
    const elf = new File([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, ...new Uint8Array(4092)])], 'holiday.jpg');
    await userEvent.upload(input, [elf, photo('extra.jpg')]);
    await waitFor(() => expect(stateOf('rejected')).toHaveLength(1));
    expect(container.querySelector('[data-part="summary"]')).not.toBeNull();
    const zone = container.querySelector('[data-part="dropzone"]')!;
    const transfer = transferOf([photo('more.jpg')]);
    drag(zone, 'dragenter', transfer);
    await waitFor(() => expect(zone).toHaveAttribute('data-state', 'dragging'));
    await expectAccessible(container);
    drag(zone, 'dragleave', transfer);
  });
});
