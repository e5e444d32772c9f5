import type { FakeDocumentSeed } from './fake-documents-types.js';

/** The documents a fresh fake account holds: one of every status, images and a PDF. */
export const DEFAULT_SEED: readonly FakeDocumentSeed[] = [
  { typeId: 1, status: 'approved', fileName: 'passport.jpg' },
  { typeId: 2, status: 'approved', fileName: 'id-card-front.png' },
  { typeId: 3, status: 'rejected', fileName: 'drivers-licence.jpg', comment: 'The photo is blurred. Please upload a sharper picture.' },
  { typeId: 4, status: 'pending', fileName: 'utility-bill.pdf' },
  { typeId: 6, status: 'pending', fileName: 'selfie.jpg' },
];
