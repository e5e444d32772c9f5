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

/**
 * Per document, the upload time that tells it apart from its namesakes (the documents of the same label: one file
 * uploaded twice as the same type): to the minute, or to the second where the minute is shared too. `undefined` for
 * the others, nearly every document, which cost one map entry each: a list names hundreds of rows. Namesakes
 * uploaded in the same second, or without an upload time, stay alike.
 */
export function namesakeTimes(locale: string, documents: readonly Document[], labels: readonly string[]): (string | undefined)[] {
  const times: (string | undefined)[] = [];
  for (const timeStyle of ['short', 'medium'] as const) {
    const names = labels.map((label, index) => label + (times[index] ?? ''));
    const counts = new Map<string, number>();
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    if (counts.size === names.length) break;
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle });
    names.forEach((name, index) => {
      const time = Date.parse(documents[index]!.createTime ?? '');
      if (counts.get(name)! > 1 && !Number.isNaN(time)) times[index] = format.format(time);
    });
  }
  return times;
}
