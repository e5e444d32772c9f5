import { createFakeDocumentsApi, type Fault } from '@iddocs/testing';
import { describe, expect, it } from 'vitest';

// A mistake must surface at inject, not as a 500 (or a fault that never fires) in the middle of a test.
describe('inject refuses a fault it could not answer', () => {
  it.each([100, 199, 600, 999])('a status of %i (outside 200–599)', (status) => {
    expect(() => createFakeDocumentsApi().inject('list', { type: 'status', status })).toThrow(RangeError);
  });

  it.each([1.5, -1, Number.NaN])('times %d', (times) => {
    expect(() => createFakeDocumentsApi().inject('list', { type: 'drop' }, { times })).toThrow(/times/);
  });

  it.each([
    ['a throttle of 0 bytes per second', 'upload', { type: 'throttle', bytesPerSecond: 0 }],
    ['an envelope key other than data or items', 'list', { type: 'envelope', key: 'results' as 'data' }],
    ['an unknown status that is not a string', 'list', { type: 'unknown-status', status: 3 as unknown as string }],
  ] as const)('%s', (_name, route, fault: Fault) => {
    expect(() => createFakeDocumentsApi().inject(route, fault)).toThrow(/inject/);
  });
});
