import { describe, expect, it } from 'vitest';
import { catalogue, type Lang, languages, pickLanguage, t } from '../../lib/i18n';

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

  it.each(['zh', 'ja'] as const)(
    '%s: no space after a full-width bracket, whatever a placeholder holds',
    (lang) => {
      // A date with its weekday ends in a full-width bracket; any message may be handed one.
      const dated = { ...Object.fromEntries(keys.map((key) => [key, '2026-12-07（周一）'])) };
      for (const key of keys as (keyof typeof catalogue.en)[]) {
        const params = Object.fromEntries(placeholders(catalogue.en[key]).map((name) => [name, dated[key]]));
        expect(t(lang, key, params), `${lang}:${key}`).not.toMatch(/[）」』】〕] /);
      }
      expect(
        t('zh', 'pushes.quota.next.later', { date: '2026-12-07（周一）', pickFrom: '2026-12-04（周五）' }),
      ).toBe(
        '按日本时间，下一次推送最早可于 2026-12-07（周一）发送；从 2026-12-04（周五）起才能选择该日期。',
      );
      // English keeps its spaces: `(Mon) or later`.
      expect(t('en', 'time.jst', { time: '2026-12-07 (Mon)' })).toBe('2026-12-07 (Mon) JST');
    },
  );

  it('picks the first supported browser language', () => {
    expect(pickLanguage(['zh-CN', 'en'])).toBe('zh');
    expect(pickLanguage(['fr-FR', 'ja-JP'])).toBe('ja');
    expect(pickLanguage(['ko-KR'])).toBe('ko');
    expect(pickLanguage(['ko', 'en-US'])).toBe('ko');
    expect(pickLanguage(['fr-FR', 'de'])).toBe('en');
  });
});

describe('time words', () => {
  it.each(languages)('%s: time.withLocal starts with the JST part, so UI can style the two apart', (lang) => {
    expect(t(lang, 'time.withLocal', { jst: '<J>' }).startsWith('<J>')).toBe(true);
  });
});

describe('labels say what the QSM page itself says', () => {
  // The fixture pages' visible labels (test/fixtures/qsm/labels.mjs), the page's own words per language.
  const page = async (lang: Lang): Promise<Record<string, string>> => {
    const { labels } = (await import('../fixtures/qsm/labels.mjs' as string)) as {
      labels: Record<Lang, Record<string, string>>;
    };
    return labels[lang];
  };

  it.each(languages)('%s: the panel names each row as the form does', async (lang) => {
    const words = await page(lang);
    expect(t(lang, 'panel.type')).toBe(words.type);
    expect(t(lang, 'panel.coupon')).toBe(words.coupon);
    expect(t(lang, 'panel.items')).toBe(words.goods);
    expect(t(lang, 'panel.audience')).toBe(words.sendTo);
    expect(t(lang, 'panel.recipients')).toBe(words.orderUpload);
    expect(t(lang, 'panel.sendAt')).toBe(words.sendTime);
    expect(t(lang, 'panel.banner')).toBe(words.banner);
    expect(t(lang, 'field.type')).toBe(words.type);
    expect(t(lang, 'field.banner')).toBe(words.banner);
  });
});
