/** Strings shared by several widgets. */
export const common = {
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.status.pending': 'Pending',
  'common.status.approved': 'Approved',
  'common.status.rejected': 'Rejected',
  'common.status.in_review': 'In review',
};
