import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n.js';

describe('createI18n', () => {
  it('writes byte sizes as the locale does, in decimal units, with plural bytes', () => {
    const en = createI18n('en');
    expect([1, 884, 1024, 20_000_000, 1_536_000].map(en.formatBytes)).toEqual(['1 byte', '884 bytes', '1 kB', '20 MB', '1.5 MB']);
    expect(createI18n('de').formatBytes(1_536_000)).toBe('1,5 MB');
  });

  it('picks plural forms by count, Arabic included, and fills placeholders with locale numbers', () => {
    const en = createI18n('en');
    expect(en.t('erase.summary.deleted', { count: 1 })).toBe('1 deleted');
    expect(en.t('erase.summary.deleted', { count: 3 })).toBe('3 deleted');
    const ar = createI18n('ar', { 'erase.summary.deleted': { zero: 'z', one: 'o', two: 't', few: 'f {count}', many: 'm', other: 'x' } });
    expect([0, 1, 2, 5, 11, 100].map((count) => ar.t('erase.summary.deleted', { count }))).toEqual(['z', 'o', 't', `f ${new Intl.NumberFormat('ar').format(5)}`, 'm', 'x']);
  });

  it('knows right-to-left languages by their language subtag', () => {
    expect(createI18n('ar-EG').dir).toBe('rtl');
    expect(createI18n('he').dir).toBe('rtl');
    expect(createI18n('de-CH').dir).toBe('ltr');
  });

  it('keeps an unknown placeholder visible rather than dropping it', () => {
    expect(createI18n('en', { 'common.retry': 'Retry {what}' }).t('common.retry')).toBe('Retry {what}');
  });
});
