import type { Document } from '@iddocs/hooks';
import type { I18n } from '../i18n/translator.js';

/** Document type id → the label your portal shows for it. */
export type TypeLabels = Record<string, string>;

/** The name of a document's type: your label for it, else the server's name, else "Document". */
export function typeLabel({ t }: I18n, document: Document, typeLabels?: TypeLabels): string {
  return typeLabels?.[String(document.typeId)] ?? document.typeName ?? t('dialog.type');
}

/** How people recognise a document: "Passport — scan.jpg". */
export function documentLabel(i18n: I18n, document: Document, typeLabels?: TypeLabels): string {
  return i18n.t('dialog.document', { type: typeLabel(i18n, document, typeLabels), name: document.fileName ?? document.id });
}
