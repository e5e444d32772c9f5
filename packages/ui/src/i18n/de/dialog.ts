import type { dialog as en } from '../en/dialog.js';
import type { MessageValue } from '../message-value.js';

export const dialog: Record<keyof typeof en, MessageValue> = {
  'dialog.title': 'Dokument löschen?',
  'dialog.description': '{document} löschen? Das kann nicht rückgängig gemacht werden.',
  'dialog.document': '{type} — {name}',
  'dialog.type': 'Dokument',
  'dialog.dated': '{document} (hochgeladen am {date})',
  'dialog.confirm': 'Löschen',
  'dialog.deleting': 'Wird gelöscht…',
  'dialog.error': '{document} konnte nicht gelöscht werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'dialog.deleted': '{document} gelöscht.',
};
