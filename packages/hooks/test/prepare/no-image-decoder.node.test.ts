// jsdom and Node have no createImageBitmap: a photo cannot be cleaned there, so it is refused — and the console says
// why, once, since the refusal's wording is written for people, not for the developer whose jsdom test it fails.
import { createJpegBytes } from '@iddocs/testing';
import { afterEach, expect, it, vi } from 'vitest';
import { prepareFile } from '../../src/prepare/index.js';

const photo = () => new File([createJpegBytes()], 'passport.jpg', { type: 'image/jpeg' });

afterEach(() => {
  vi.restoreAllMocks();
});

it('given no image decoder, it should refuse a photo and say once how to test widgets without one', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

  await expect(prepareFile(photo())).rejects.toMatchObject({ name: 'PrepareError', code: 'UNSUPPORTED' });
  await expect(prepareFile(photo())).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  expect(warn.mock.calls).toEqual([[expect.stringMatching(/no createImageBitmap \(jsdom\?\).*prepare=\{false\}/)]]);
});

it('given a PDF, it should pass it through without a word: nothing needed decoding', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const pdf = new File([new TextEncoder().encode('%PDF-1.7\n%%EOF\n')], 'bill.pdf', { type: 'application/pdf' });

  await expect(prepareFile(pdf)).resolves.toMatchObject({ report: { passedThrough: 'pdf' } });
  expect(warn).not.toHaveBeenCalled();
});
