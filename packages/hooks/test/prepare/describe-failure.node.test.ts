import { describe, expect, it } from 'vitest';
import { DecoderUnavailable } from '../../src/prepare/decode-heic.js';
import { describeFailure } from '../../src/prepare/describe-failure.js';

describe('describeFailure, the text a worker sends back for a failed preparation', () => {
  it('keeps the cause, which postMessage would lose: why the HEIC decoder could not load', () => {
    const failure = new DecoderUnavailable('the HEIC decoder could not be loaded', { cause: new ReferenceError('__filename is not defined') });

    expect(describeFailure(failure)).toBe('DecoderUnavailable: the HEIC decoder could not be loaded (ReferenceError: __filename is not defined)');
  });

  it('gives an error without a cause, or a thrown non-error, as it is', () => {
    expect(describeFailure(new TypeError('bad'))).toBe('TypeError: bad');
    expect(describeFailure('plain')).toBe('plain');
    expect(describeFailure(undefined)).toBe('undefined');
  });
});
