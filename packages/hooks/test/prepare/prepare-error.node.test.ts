import { describe, expect, it } from 'vitest';
import { PrepareError, isPrepareError } from '../../src/prepare/prepare-error.js';

describe('isPrepareError', () => {
  it('should recognise a PrepareError from another copy of the package (a second bundle, an iframe) by its name', () => {
    // What `instanceof` misses: an error of the same name whose class is not this module's.
    const fromElsewhere = Object.assign(new Error('"a.jpg" was not prepared: preparation was cancelled.'), { name: 'PrepareError', code: 'ABORTED', fileName: 'a.jpg' });

    expect(isPrepareError(fromElsewhere)).toBe(true);
    expect(isPrepareError(new PrepareError('UNSUPPORTED', 'b.gif'))).toBe(true);
  });

  it('should not take another error, or a plain object named like one, for a PrepareError', () => {
    expect(isPrepareError(new TypeError('bad'))).toBe(false);
    expect(isPrepareError({ name: 'PrepareError', code: 'ABORTED' })).toBe(false);
    expect(isPrepareError(undefined)).toBe(false);
  });
});
