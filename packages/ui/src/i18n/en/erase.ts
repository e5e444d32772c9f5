/** Strings of the erasure dialog. */
export const erase = {
  'erase.trigger': 'Erase my verification data',
  'erase.title': 'Erase your verification data?',
  'erase.description': {
    one: 'This permanently deletes 1 item held by our verification partners. It cannot be undone.',
    other: 'This permanently deletes {count} items held by our verification partners. It cannot be undone.',
  },
  // At Mews (targets 'identity-documents' and 'customers'): ID documents kept by the hotels' system, not verifications.
  'erase.mews.trigger': 'Erase my ID documents at our hotels',
  'erase.mews.title': 'Erase your ID documents at our hotels?',
  'erase.mews.description': {
    one: 'This permanently deletes 1 identity document held by our hotels’ system. It cannot be undone.',
    other: 'This permanently deletes {count} identity documents held by our hotels’ system. It cannot be undone.',
  },
  'erase.mews.error.unavailable': 'Our hotels’ system cannot be reached right now, so the erasure could not be confirmed. Try again later.',
  'erase.confirm': 'Erase',
  'erase.erasing': 'Erasing…',
  'erase.resultTitle': 'Erasure finished',
  // Some items are left (still in use, failed, not attempted): the summary and "Try again for the rest" say which.
  'erase.partialTitle': 'Not everything was erased',
  // After a failure, in place of the question: what happened (the alert under it says why; a lost answer may hide an erasure: not "nothing was erased").
  'erase.failedTitle': 'Erasure failed',
  'erase.refusedTitle': 'Erasure not allowed',
  'erase.summary.deleted': { one: '1 deleted', other: '{count} deleted' },
  'erase.summary.later': { one: '1 can be deleted later', other: '{count} can be deleted later' },
  'erase.summary.retry': { one: '1 could not be deleted now', other: '{count} could not be deleted now' },
  'erase.summary.unknown': { one: '1 not found', other: '{count} not found' },
  'erase.summary.failed': { one: '1 could not be deleted', other: '{count} could not be deleted' },
  'erase.summary.notAttempted': { one: '1 not attempted', other: '{count} not attempted' },
  'erase.outcomes': 'Outcome per item',
  'erase.outcome.deleted': 'deleted',
  'erase.outcome.later': 'still in use; it can be deleted later',
  'erase.outcome.retry': 'could not be deleted now; try again later',
  'erase.outcome.unknown': 'not found; it may have been erased already',
  'erase.outcome.failed': 'could not be deleted; please contact us',
  'erase.outcome.notAttempted': 'not attempted',
  'erase.retryFailed': 'Try again for the rest',
  'erase.error.forbidden': 'You are not allowed to erase these items. Nothing was erased.',
  'erase.error.unavailable': 'Our verification partner cannot be reached right now, so the erasure could not be confirmed. Try again later.',
  'erase.error.network': 'The erasure service could not be reached. Check your connection and try again.',
  'erase.error.other': 'The erasure could not be started. Nothing was erased.',
  'erase.announce.done': '{summary}.',
};
