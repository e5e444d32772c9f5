import { DEFAULT_SEED, type FakeDocumentSeed } from '@iddocs/testing';

/** The fake's seed (approved, rejected with a reason, pending, a PDF) plus a status this client does not know, shown as "In review". */
export const everyStatusSeed: readonly FakeDocumentSeed[] = [
  ...DEFAULT_SEED,
  { typeId: 5, status: 'awaiting_manual_check', fileName: 'residence-permit.jpg', createTime: '2025-05-13T16:05:00Z' },
];

/** Enough documents for three pages of five. */
export const manyDocumentsSeed: readonly FakeDocumentSeed[] = Array.from({ length: 13 }, (_, index) => ({
  typeId: (index % 4) + 1,
  status: (['approved', 'pending', 'rejected'] as const)[index % 3] ?? 'pending',
  fileName: `scan-${String(index + 1).padStart(2, '0')}.${index % 4 === 3 ? 'pdf' : 'jpg'}`,
  ...(index % 3 === 2 && { comment: 'The corners of the document are cut off.' }),
  createTime: new Date(Date.UTC(2025, 3, 1 + index, 10)).toISOString(),
}));

/** One passport, for dialog stories. */
export const onePassportSeed: readonly FakeDocumentSeed[] = [{ typeId: 1, status: 'approved', fileName: 'passport.jpg', createTime: '2025-05-02T08:00:00Z' }];
