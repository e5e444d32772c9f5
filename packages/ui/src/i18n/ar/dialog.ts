import type { dialog as en } from '../en/dialog.js';
import type { MessageValue } from '../message-value.js';

export const dialog: Record<keyof typeof en, MessageValue> = {
  'dialog.title': 'حذف المستند؟',
  'dialog.description': 'حذف {document}؟ لا يمكن التراجع عن ذلك.',
  'dialog.document': '{type} — {name}',
  'dialog.type': 'مستند',
  'dialog.dated': '{document} (تم التحميل في {date})',
  'dialog.confirm': 'حذف',
  'dialog.deleting': 'جارٍ الحذف…',
  'dialog.error': 'تعذّر حذف {document}. تحقّق من اتصالك وأعد المحاولة.',
  'dialog.deleted': 'تم حذف {document}.',
};
