import type { DocumentType } from '@iddocs/ui';

/** The portal's document types, as a real page would pass them (labels in the page's language). */
export const documentTypes: Record<'en' | 'de' | 'ar', readonly DocumentType[]> = {
  en: [
    { id: 1, label: 'Passport' },
    { id: 2, label: 'ID card', sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back' }] },
    { id: 3, label: "Driver's licence" },
    { id: 4, label: 'Proof of address' },
  ],
  de: [
    { id: 1, label: 'Reisepass' },
    { id: 2, label: 'Personalausweis', sides: [{ id: 'front', label: 'Vorderseite' }, { id: 'back', label: 'Rückseite' }] },
    { id: 3, label: 'Führerschein' },
    { id: 4, label: 'Adressnachweis' },
  ],
  ar: [
    { id: 1, label: 'جواز السفر' },
    { id: 2, label: 'بطاقة الهوية', sides: [{ id: 'front', label: 'الوجه الأمامي' }, { id: 'back', label: 'الوجه الخلفي' }] },
    { id: 3, label: 'رخصة القيادة' },
    { id: 4, label: 'إثبات العنوان' },
  ],
};

/** Labels of types the user cannot upload here but may have (the fake's ids 5 and 6), for `DocumentManager`'s `typeLabels`. */
export const otherTypeLabels: Record<'en' | 'de' | 'ar', Record<string, string>> = {
  en: { 5: 'Residence permit', 6: 'Selfie' },
  de: { 5: 'Aufenthaltstitel', 6: 'Selfie' },
  ar: { 5: 'تصريح الإقامة', 6: 'صورة شخصية' },
};

/** Type id → label in `locale`, every type included, for the list and the dialog. */
export function typeLabelsOf(locale: 'en' | 'de' | 'ar'): Record<string, string> {
  return { ...Object.fromEntries(documentTypes[locale].map((type) => [String(type.id), type.label])), ...otherTypeLabels[locale] };
}

/** An ID card alone: two sides, each its own drop area. */
export const idCardOnly: readonly DocumentType[] = documentTypes.en.filter((type) => type.id === 2);

/** A passport alone: one drop area, no chooser. */
export const passportOnly: readonly DocumentType[] = documentTypes.en.filter((type) => type.id === 1);
