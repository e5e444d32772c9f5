import { createJpegBytes } from '@iddocs/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { serve, type Served } from './support.js';

let served: Served;
beforeEach(async () => {
  served = await serve({ seed: false });
});
afterEach(() => served.server.close());

async function storedName(fileName: string): Promise<string> {
  const response = await served.upload(createJpegBytes(), fileName);
  expect(response.status).toBe(201);
  const { path } = (await response.json()) as { path: string };
  return path.split('/').at(-1) ?? '';
}

it.each([
  ['.hidden.jpg', 'hidden.jpg'],
  ['..jpg', 'file.jpg'],
  ['.env', 'env'],
])('never stores a hidden or dot-led name (%s → %s)', async (name, stored) => {
  expect(await storedName(name)).toBe(stored);
});

it('caps a very long name at 100 characters, keeping its end and extension', async () => {
  const stored = await storedName(`${'a'.repeat(300)}.jpg`);
  expect(stored).toHaveLength(100);
  expect(stored.endsWith('a.jpg')).toBe(true);
});
