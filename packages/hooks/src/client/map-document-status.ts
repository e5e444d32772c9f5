import type { DocumentStatus } from './document.js';

const STATUS_BY_WIRE_VALUE: Readonly<Record<string, DocumentStatus>> = {
  pending: 'pending',
  new: 'pending',
  uploaded: 'pending',
  submitted: 'pending',
  approved: 'approved',
  verified: 'approved',
  accepted: 'approved',
  rejected: 'rejected',
  declined: 'rejected',
  denied: 'rejected',
};

/** Normalises a server status; unknown or missing values become `'in_review'` rather than failing. */
export function mapDocumentStatus(raw: unknown): DocumentStatus {
  if (typeof raw !== 'string') return 'in_review';
  return STATUS_BY_WIRE_VALUE[raw.trim().toLowerCase()] ?? 'in_review';
}
