import type { I18n } from '../i18n/translator.js';
import type { DocumentType } from '../uploader/uploader-types.js';
import type { TypeLabels } from '../delete-dialog/document-label.js';

/** The list's labels from the uploader's types: a side with its own type id reads "ID card (Front)". */
export function typeLabels({ t }: I18n, types: readonly DocumentType[]): TypeLabels {
  const labels: TypeLabels = {};
  for (const type of types) {
    labels[type.id] = type.label;
    for (const side of type.sides ?? []) if (side.typeId !== undefined) labels[side.typeId] = t('manager.side', { type: type.label, side: side.label });
  }
  return labels;
}
