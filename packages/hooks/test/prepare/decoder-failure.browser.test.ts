// Its own file: the module mock below replaces libheif for every test in the file.
import { expect, it, vi } from 'vitest';
import { prepareFile } from '@iddocs/hooks/prepare';

// As under a Content Security Policy without 'wasm-unsafe-eval': the module loads, its WebAssembly does not.
vi.mock('libheif-js/libheif-wasm/libheif-bundle.mjs', () => ({
  default: () => {
    throw new WebAssembly.CompileError('WebAssembly.Module(): Refused to compile or instantiate WebAssembly module');
  },
}));

it('given a HEIC photo and a decoder that cannot start, it should reject with DECODER_FAILED and say what to do', async () => {
  const response = await fetch(new URL('./fixtures/quadrants.heic', import.meta.url));
  const heic = new File([await response.arrayBuffer()], 'IMG_7.HEIC', { type: 'image/heic' });
  const error = await prepareFile(heic, { worker: false }).catch((reason: unknown) => reason);

  expect(error).toMatchObject({ name: 'PrepareError', code: 'DECODER_FAILED', fileName: 'IMG_7.HEIC' });
  expect((error as Error).message).toMatch(/HEIC decoder could not be loaded\. Try again, or save the photo as JPEG/);
});
