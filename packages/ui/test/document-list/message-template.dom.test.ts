import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageFor } from '../../src/document-list/message-template.js';
import { createI18n } from '../../src/i18n/create-i18n.js';
import { ar } from '../../src/i18n/ar/index.js';
import { de } from '../../src/i18n/de/index.js';

describe('messageFor', () => {
  it('says what `t` says, in every shipped language', () => {
    for (const i18n of [createI18n('en'), createI18n('de', de), createI18n('ar', ar)]) {
      expect(messageFor(i18n, 'dialog.document', 'type', 'name')('Passport', 'scan.pdf')).toBe(i18n.t('dialog.document', { type: 'Passport', name: 'scan.pdf' }));
      expect(messageFor(i18n, 'list.delete', 'document')('Passport — scan.pdf')).toBe(i18n.t('list.delete', { document: 'Passport — scan.pdf' }));
    }
    expect(messageFor(createI18n('de', de), 'list.delete', 'document')('Pass — a.pdf')).toBe('Löschen: Pass — a.pdf');
  });

  it('fills in what `t` would, for any message and any string values', () => {
    // Messages never hold private-use characters: messageFor's marks.
    const text = fc
      .string({ unit: fc.oneof(fc.constantFrom('{', '}', '$&', '$1', ' ', 'é', 'ع', '\u0000', '9'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) })
      .filter((value) => !/[\uE000]/.test(value));
    const placeholder = fc.constantFrom('{type}', '{name}', '{other}', '{count}');
    const message = fc.array(fc.oneof(text, placeholder)).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(message, fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (template, type, name) => {
        const i18n = createI18n('en', { 'dialog.document': template });
        expect(messageFor(i18n, 'dialog.document', 'type', 'name')(type, name)).toBe(i18n.t('dialog.document', { type, name }));
      }),
    );
  });
});
