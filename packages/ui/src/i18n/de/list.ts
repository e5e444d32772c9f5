import type { list as en } from '../en/list.js';
import type { MessageValue } from '../message-value.js';

export const list: Record<keyof typeof en, MessageValue> = {
  'list.label': 'Ihre Dokumente',
  'list.loading': 'Dokumente werden geladen…',
  'list.empty': 'Sie haben noch keine Dokumente hochgeladen.',
  'list.error': 'Ihre Dokumente konnten nicht geladen werden.',
  'list.stale': 'Ihre Dokumente konnten nicht aktualisiert werden.',
  'list.uploaded': 'Hochgeladen am {date}',
  'list.delete': 'Löschen: {document}',
  'list.failed': '{document} wurde nicht gelöscht.',
  'list.more': 'Mehr laden',
  'list.loadingMore': 'Wird geladen…',
  'list.moreError': 'Weitere Dokumente konnten nicht geladen werden. Versuchen Sie es erneut.',
  'list.count': { one: '{count} Dokument', other: '{count} Dokumente' },
};
