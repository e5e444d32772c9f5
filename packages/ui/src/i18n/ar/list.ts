import type { list as en } from '../en/list.js';
import type { MessageValue } from '../message-value.js';

export const list: Record<keyof typeof en, MessageValue> = {
  'list.label': 'مستنداتك',
  'list.loading': 'جارٍ تحميل المستندات…',
  'list.empty': 'لم تقم بتحميل أي مستندات بعد.',
  'list.error': 'تعذّر تحميل مستنداتك.',
  'list.stale': 'تعذّر تحديث مستنداتك.',
  'list.uploaded': 'تم التحميل في {date}',
  'list.delete': 'حذف {document}',
  'list.failed': 'لم يُحذف {document}.',
  'list.more': 'عرض المزيد',
  'list.loadingMore': 'جارٍ التحميل…',
  'list.moreError': 'تعذّر تحميل المزيد من المستندات. حاول مجددًا.',
  'list.count': {
    zero: 'لا توجد مستندات',
    one: 'مستند واحد',
    two: 'مستندان',
    few: '{count} مستندات',
    many: '{count} مستندًا',
    other: '{count} مستند',
  },
};
