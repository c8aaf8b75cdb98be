import { describe, expect, it } from 'vitest';
import { languages } from '../../../lib/i18n';
import {
  formatDate,
  formatInstant,
  formatMinutes,
  joinList,
  joinSentences,
  LOCALES,
  NBSP,
  WEEKDAYS,
  zoneName,
} from '../../../lib/time/format';

/** The formatter glues date, time and zone with no-break spaces; tests read them as plain spaces. */
const plain = (text: string) => text.replaceAll(NBSP, ' ');
const at = (iso: string) => new Date(iso);
const sunday = at('2026-11-29T10:00:00+09:00');

describe('formatInstant: JST first, the seller’s own time beside it when it differs', () => {
  it.each([
    ['en', 'Asia/Tokyo', '2026-11-29 10:00 JST'],
    ['ja', 'Asia/Tokyo', '2026-11-29 10:00 日本時間'],
    ['zh', 'Asia/Tokyo', '2026-11-29 10:00 日本时间'],
    ['en', 'Asia/Seoul', '2026-11-29 10:00 JST'], // same wall clock: nothing to add
    ['en', 'Asia/Shanghai', '2026-11-29 10:00 JST (09:00 China Standard Time)'],
    ['ja', 'Asia/Shanghai', '2026-11-29 10:00 日本時間（中国標準時 09:00）'],
    ['zh', 'Asia/Shanghai', '2026-11-29 10:00 日本时间（北京时间 09:00）'],
    ['en', 'America/Los_Angeles', '2026-11-29 10:00 JST (2026-11-28 17:00 Pacific Standard Time)'],
    ['ja', 'America/Los_Angeles', '2026-11-29 10:00 日本時間（米国太平洋標準時 2026-11-28 17:00）'],
    ['zh', 'America/Los_Angeles', '2026-11-29 10:00 日本时间（北美太平洋标准时间 2026-11-28 17:00）'],
    ['en', 'Not/A_Zone', '2026-11-29 10:00 JST'],
  ] as const)('%s in %s', (lang, zone, expected) => {
    expect(plain(formatInstant(sunday, lang, zone))).toBe(expected);
  });

  it('follows Los Angeles across its DST change (2026-11-01), JST does not move', () => {
    expect(plain(formatInstant(at('2026-10-31T10:00:00+09:00'), 'en', 'America/Los_Angeles'))).toBe(
      '2026-10-31 10:00 JST (2026-10-30 18:00 Pacific Daylight Time)',
    );
    expect(plain(formatInstant(at('2026-11-02T10:00:00+09:00'), 'en', 'America/Los_Angeles'))).toBe(
      '2026-11-02 10:00 JST (2026-11-01 17:00 Pacific Standard Time)',
    );
    expect(plain(formatInstant(at('2026-10-31T10:00:00+09:00'), 'ja', 'America/Los_Angeles'))).toContain(
      '米国太平洋夏時間 2026-10-30 18:00',
    );
  });

  it.each(languages)('never names an IANA zone, never nests brackets, never breaks a date (%s)', (lang) => {
    for (const zone of ['Asia/Tokyo', 'Asia/Shanghai', 'America/Los_Angeles', 'Europe/Berlin', 'UTC']) {
      for (const instant of [sunday, at('2026-07-01T23:30:00+09:00')]) {
        const text = formatInstant(instant, lang, zone);
        expect(text, zone).not.toMatch(/[A-Z][a-z]+\/[A-Z]/);
        expect(text, zone).not.toMatch(/[（(][^）)]*[（(]/);
        expect(text, zone).not.toMatch(/（ | ）/);
        // Breakable spaces only between parts, never inside a date and time.
        expect(text, zone).not.toMatch(/\d{4}-\d{2}-\d{2} |\d{2}:\d{2} (JST|日本)/);
      }
    }
  });

  it('calls JST one name in each language', () => {
    expect(formatInstant(sunday, 'en', 'Asia/Shanghai')).toContain('JST');
    expect(formatInstant(sunday, 'ja', 'Asia/Shanghai')).not.toMatch(/JST|日本標準時/);
    expect(formatInstant(sunday, 'zh', 'Asia/Shanghai')).not.toMatch(/JST|日本标准时间/);
  });
});

describe('zoneName', () => {
  it('names zones in words in the seller’s language', () => {
    expect(zoneName('Asia/Shanghai', 'ja', sunday)).toBe('中国標準時');
    expect(zoneName('Asia/Shanghai', 'zh', sunday)).toBe('北京时间');
    expect(zoneName('America/Los_Angeles', 'en', sunday)).toBe('Pacific Standard Time');
    expect(zoneName('Not/A_Zone', 'en', sunday)).toBeNull();
  });
});

describe('formatDate', () => {
  it.each([
    ['en', '2026-11-30 (Mon)'],
    ['ja', '2026-11-30（月）'],
    ['zh', '2026-11-30（周一）'],
  ] as const)('gives a JST date with its weekday, unbroken (%s)', (lang, expected) => {
    expect(plain(formatDate('2026-11-30', lang))).toBe(expected);
    expect(formatDate('2026-11-30', lang)).not.toContain(' ');
  });

  it('names each weekday as Intl does in every language (the names are spelled out to spare a page Intl)', () => {
    for (const lang of languages) {
      const intl = new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'short', timeZone: 'Asia/Tokyo' });
      const seen = new Set<number>();
      for (let day = 0; day < 7; day++) {
        const noon = new Date(Date.parse('2026-11-29T12:00:00+09:00') + day * 86_400_000);
        seen.add(noon.getUTCDay());
        expect(WEEKDAYS[lang][noon.getUTCDay()], `${lang} ${noon.toISOString()}`).toBe(intl.format(noon));
      }
      expect(seen.size).toBe(7);
    }
  });

  it('leaves a malformed date as written', () => {
    expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
  });
});

describe('joining sentences and lists', () => {
  it.each([
    ['en', 'A. B.', 'a, b'],
    ['ko', 'A. B.', 'a, b'],
    ['ja', 'A.B.', 'a、b'],
    ['zh', 'A.B.', 'a、b'],
  ] as const)('%s', (lang, sentences, list) => {
    expect(joinSentences(lang, 'A.', 'B.')).toBe(sentences);
    expect(joinList(lang, ['a', 'b'])).toBe(list);
  });
});

describe('formatMinutes: a duration without empty units', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [61, '1 h 1 min'],
    [24 * 60 + 5, '24 h 5 min'],
    [-3, '0 min'],
    [45.9, '45 min'],
  ])('en: %s minutes read %s', (minutes, expected) => {
    expect(formatMinutes('en', minutes)).toBe(expected);
  });

  it('never writes 0 hours in any language', () => {
    expect(languages.map((lang) => formatMinutes(lang, 45))).toEqual(['45分钟', '45分', '45 min', '45분']);
    expect(languages.map((lang) => formatMinutes(lang, 120))).toEqual(['2小时', '2時間', '2 h', '2시간']);
  });
});
