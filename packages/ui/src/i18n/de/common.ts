import type { common as en } from '../en/common.js';
import type { MessageValue } from '../message-value.js';

export const common: Record<keyof typeof en, MessageValue> = {
  'common.retry': 'Erneut versuchen',
  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',
  'common.status.pending': 'Ausstehend',
  'common.status.approved': 'Bestätigt',
  'common.status.rejected': 'Abgelehnt',
  'common.status.in_review': 'In Prüfung',
};
