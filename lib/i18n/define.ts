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
