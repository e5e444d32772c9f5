import type { common as en } from '../en/common.js';
import type { MessageValue } from '../message-value.js';

export const common: Record<keyof typeof en, MessageValue> = {
  'common.retry': 'أعد المحاولة',
  'common.cancel': 'إلغاء',
  'common.close': 'إغلاق',
  'common.status.pending': 'قيد الانتظار',
  'common.status.approved': 'مقبول',
  'common.status.rejected': 'مرفوض',
  'common.status.in_review': 'قيد المراجعة',
};
