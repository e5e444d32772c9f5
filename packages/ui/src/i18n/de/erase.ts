import type { erase as en } from '../en/erase.js';
import type { MessageValue } from '../message-value.js';

export const erase: Record<keyof typeof en, MessageValue> = {
  'erase.trigger': 'Meine Verifizierungsdaten löschen',
  'erase.title': 'Verifizierungsdaten löschen?',
  'erase.description': {
    one: 'Dadurch wird 1 Eintrag bei unseren Verifizierungspartnern endgültig gelöscht. Das kann nicht rückgängig gemacht werden.',
    other: 'Dadurch werden {count} Einträge bei unseren Verifizierungspartnern endgültig gelöscht. Das kann nicht rückgängig gemacht werden.',
  },
  'erase.mews.trigger': 'Meine Ausweisdokumente bei unseren Hotels löschen',
  'erase.mews.title': 'Ihre Ausweisdokumente bei unseren Hotels löschen?',
  'erase.mews.description': {
    one: 'Dadurch wird 1 Ausweisdokument im System unserer Hotels endgültig gelöscht. Das kann nicht rückgängig gemacht werden.',
    other: 'Dadurch werden {count} Ausweisdokumente im System unserer Hotels endgültig gelöscht. Das kann nicht rückgängig gemacht werden.',
  },
  'erase.mews.error.unavailable': 'Das System unserer Hotels ist gerade nicht erreichbar. Es wurde nichts gelöscht. Bitte später erneut versuchen.',
  'erase.confirm': 'Löschen',
  'erase.erasing': 'Wird gelöscht…',
  'erase.resultTitle': 'Löschung abgeschlossen',
  'erase.partialTitle': 'Nicht alles wurde gelöscht',
  'erase.summary.deleted': { one: '1 gelöscht', other: '{count} gelöscht' },
  'erase.summary.later': { one: '1 kann später gelöscht werden', other: '{count} können später gelöscht werden' },
  'erase.summary.retry': { one: '1 konnte jetzt nicht gelöscht werden', other: '{count} konnten jetzt nicht gelöscht werden' },
  'erase.summary.failed': { one: '1 konnte nicht gelöscht werden', other: '{count} konnten nicht gelöscht werden' },
  'erase.summary.notAttempted': { one: '1 nicht versucht', other: '{count} nicht versucht' },
  'erase.outcomes': 'Ergebnis je Eintrag',
  'erase.outcome.deleted': 'gelöscht',
  'erase.outcome.later': 'noch in Verwendung; kann später gelöscht werden',
  'erase.outcome.retry': 'konnte jetzt nicht gelöscht werden; später erneut versuchen',
  'erase.outcome.failed': 'konnte nicht gelöscht werden: {reason}',
  'erase.outcome.notAttempted': 'nicht versucht',
  'erase.retryFailed': 'Für den Rest erneut versuchen',
  'erase.error.forbidden': 'Sie dürfen diese Einträge nicht löschen. Es wurde nichts gelöscht.',
  'erase.error.unavailable': 'Unser Verifizierungspartner ist gerade nicht erreichbar. Es wurde nichts gelöscht. Bitte später erneut versuchen.',
  'erase.error.network': 'Der Löschdienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'erase.error.other': 'Die Löschung konnte nicht gestartet werden. Es wurde nichts gelöscht.',
  'erase.announce.done': '{summary}.',
};
