import type { MessageValue } from '../message-value.js';

/** Strings of the list. */
export const list = {
  'list.label': 'Your documents',
  'list.loading': 'Loading documents…',
  'list.empty': 'You have not uploaded any documents yet.',
  'list.error': 'Your documents could not be loaded.',
  'list.stale': 'Your documents could not be refreshed.',
  'list.uploaded': 'Uploaded {date}',
  'list.delete': 'Delete {document}',
  'list.failed': '{document} was not deleted.',
  'list.more': 'Load more',
  'list.loadingMore': 'Loading…',
  'list.moreError': 'More documents could not be loaded. Try again.',
  'list.count': { one: '{count} document', other: '{count} documents' } as MessageValue,
};
