import { describe, expect, it } from 'vitest';
import { catalogue, languages, pickLanguage, t } from '../../lib/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  const keys = Object.keys(catalogue.en);

  it.each(languages)('%s has every key, non-empty, with the same placeholders as English', (lang) => {
    const table: Record<string, string> = catalogue[lang];
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const text = table[key] ?? '';
      expect(text.trim(), `${lang}:${key}`).not.toBe('');
      expect(placeholders(text), `${lang}:${key}`).toEqual(
        placeholders(catalogue.en[key as keyof typeof catalogue.en]),
      );
    }
  });

  it('formats placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'time.jst', { time: '2026-11-28 10:00' })).toBe('2026-11-28 10:00 JST');
    expect(t('en', 'time.withLocal', { jst: 'x' })).toBe('x ({local} {zone})');
  });

  it('picks the first supported browser language', () => {
    expect(pickLanguage(['zh-CN', 'en'])).toBe('zh');
    expect(pickLanguage(['fr-FR', 'ja-JP'])).toBe('ja');
    expect(pickLanguage(['ko-KR'])).toBe('en');
  });
});

describe('time words', () => {
  it.each(languages)('%s: time.withLocal starts with the JST part, so UI can style the two apart', (lang) => {
    expect(t(lang, 'time.withLocal', { jst: '<J>' }).startsWith('<J>')).toBe(true);
  });
});
