import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DESIGN_TOKENS } from '../src/design-tokens.js';

it('names every token the stylesheet declares, and no other: a dialog copies them all onto its portal', () => {
  const css = readFileSync(new URL('../src/styles/tokens.css', import.meta.url), 'utf8');
  const declared = new Set([...css.matchAll(/--iddocs-([a-z-]+)\s*:/g)].map((match) => match[1]));
  expect(declared.size).toBeGreaterThan(10);
  expect(new Set(DESIGN_TOKENS)).toEqual(declared);
});
