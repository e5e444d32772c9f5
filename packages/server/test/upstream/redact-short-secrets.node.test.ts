import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/upstream/index.js';

// The documented floor is "secrets shorter than 4 characters are ignored": a 4-character secret is still a
// secret (an iDenfy test key can be that short), so it must be redacted, while a 3-character one is left alone.
describe('redactSecrets at its length floor', () => {
  it('redacts a secret of exactly 4 characters wherever it occurs', () => {
    expect(redactSecrets('key k3Y9 was refused; k3Y9 again', ['k3Y9'])).toBe('key *** was refused; *** again');
  });

  it('leaves a 3-character secret alone, so ordinary words are not shredded', () => {
    expect(redactSecrets('the key was refused', ['key'])).toBe('the key was refused');
  });
});
