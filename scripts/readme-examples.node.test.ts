import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { examplePaths, withExamples } from './readme-examples.mjs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README examples', () => {
  it('embeds at least the hooks example page', () => {
    expect(examplePaths(readme)).toContain('examples/portal/src/documents-page.tsx');
  });

  it('are identical to the type-checked, tested files they mirror (run `node scripts/readme-examples.mjs` to sync)', () => {
    expect(readme).toBe(withExamples(readme));
  });
});
