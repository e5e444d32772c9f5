import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n.js';

describe('createI18n', () => {
  it('writes byte sizes as the locale does, in decimal units, with plural bytes', () => {
    const en = createI18n('en');
    expect([1, 884, 1024, 20_000_000, 1_536_000].map((bytes) => en.formatBytes(bytes))).toEqual(['1 byte', '884 bytes', '1 kB', '20 MB', '1.5 MB']);
    expect(createI18n('de').formatBytes(1_536_000)).toBe('1,5 MB');
  });

  it('never writes a size and a different limit shown with it the same: as many decimals as tell them apart', () => {
    const en = createI18n('en');
    expect([en.formatBytes(1010, 1024), en.formatBytes(1024, 1010)]).toEqual(['1.01 kB', '1.02 kB']);
    expect([en.formatBytes(1023, 1024), en.formatBytes(1024, 1023)]).toEqual(['1.023 kB', '1.024 kB']);
    expect([en.formatBytes(20_000_001, 20_000_000), en.formatBytes(20_000_000, 20_000_001)]).toEqual(['20.000001 MB', '20 MB']);
    expect([en.formatBytes(999, 1024), en.formatBytes(1024, 999)]).toEqual(['999 bytes', '1 kB']);
    // Far from the limit, or equal to it, the usual one decimal.
    expect([en.formatBytes(4096, 1024), en.formatBytes(1024, 1024)]).toEqual(['4.1 kB', '1 kB']);
    expect(createI18n('de').formatBytes(1010, 1024)).toBe('1,01 kB');
    const sizes = Array.from({ length: 100 }, (_, n) => 1000 + n).filter((bytes) => bytes !== 1024);
    expect(sizes.filter((bytes) => en.formatBytes(bytes, 1024) === en.formatBytes(1024, bytes))).toEqual([]);
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
