/** The languages every visible string exists in. English is the key source and the fallback. */
export const languages = ['zh', 'ja', 'en', 'ko'] as const;
export type Lang = (typeof languages)[number];

/**
 * Declares one area's messages. English fixes the keys; the type then demands the same keys in
 * ja and zh, and `test/unit/i18n.test.ts` checks every language at run time (placeholders included).
 * ko may trail by a key while its Korean is written (t() falls back to English), so adding a key
 * in zh/ja/en never breaks the build; the catalogue test fails until the ko entry is there.
 * Placeholders are written `{name}`.
 */
export function defineMessages<const K extends string>(catalogue: {
  en: Record<K, string>;
  ja: Record<NoInfer<K>, string>;
  zh: Record<NoInfer<K>, string>;
  ko?: Partial<Record<NoInfer<K>, string>>;
}): { en: Record<K, string>; ja: Record<K, string>; zh: Record<K, string>; ko: Partial<Record<K, string>> } {
  return { ...catalogue, ko: catalogue.ko ?? {} };
}

/** The catalogue language for a list of BCP 47 tags (navigator.languages): first zh/ja/en/ko wins. */
export function pickLanguage(tags: readonly string[]): Lang {
  for (const tag of tags) {
    const base = tag.toLowerCase().split('-')[0];
    if (base && (languages as readonly string[]).includes(base)) return base as Lang;
  }
  return 'en';
}

/** Replaces a message's `{name}` placeholders by params; one without a param stays as written. */
export function fillPlaceholders(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A space after a full-width closing bracket (`（周一） 发送`), which zh and ja never write. */
const SPACE_AFTER_BRACKET = /([）」』】〕]) +/g;

/**
 * A message in `lang` with its placeholders filled. In zh and ja the space a message puts around a
 * placeholder goes when the value ends in a full-width bracket: `于 {date} 发送` with a date and its
 * weekday reads `于 2026-12-07（周一）发送`. Both catalogues' t() (index.ts, loaded.ts) format so.
 */
export function formatMessage(lang: Lang, template: string, params: Record<string, unknown>): string {
  const text = fillPlaceholders(template, params);
  return lang === 'zh' || lang === 'ja' ? text.replace(SPACE_AFTER_BRACKET, '$1') : text;
}
