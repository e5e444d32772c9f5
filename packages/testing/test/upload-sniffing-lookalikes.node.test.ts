import { afterEach, beforeEach, expect, it } from 'vitest';
import { serve, type Served } from './support.js';

let served: Served;
beforeEach(async () => {
  served = await serve({ seed: false });
});
afterEach(() => served.server.close());

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const padding = Array.from({ length: 64 }, () => 0);

// Each starts like an accepted format but is not one: a server that sniffs magic bytes properly refuses them all.
it.each([
  ['a WAV file (RIFF, but WAVE not WEBP)', [...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WAVEfmt '), ...padding]],
  ['an AVI file (RIFF, but AVI)', [...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('AVI LIST'), ...padding]],
  ['two bytes of a JPEG marker, then text', [0xff, 0xd8, ...ascii('not a jpeg at all'), ...padding]],
  ['a HEIC brand without an ftyp box', [0, 0, 0, 0x18, ...ascii('moovheic'), ...padding]],
])('answers 415 to %s', async (_name, bytes) => {
  const response = await served.upload(Uint8Array.from(bytes), 'photo.jpg');
  expect(response.status).toBe(415);
  expect(await response.json()).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
});
