/** Strings of the manager. */
export const manager = {
  'manager.upload': 'Upload a document',
  'manager.documents': 'Your documents',
  'manager.side': '{type} ({side})',
};
