/** Strings of the dialog. */
export const dialog = {
  'dialog.title': 'Delete document?',
  'dialog.description': 'Delete {document}? This cannot be undone.',
  'dialog.document': '{type} — {name}',
  'dialog.type': 'Document',
  // A document named like another (the same file uploaded twice as the same type), told apart by its upload time.
  'dialog.dated': '{document} (uploaded {date})',
  'dialog.confirm': 'Delete',
  'dialog.deleting': 'Deleting…',
  'dialog.error': 'Could not delete {document}. Check your connection and try again.',
  'dialog.deleted': '{document} deleted.',
};
