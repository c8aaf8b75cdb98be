/** The languages every visible string exists in. English is the key source and the fallback. */
export const languages = ['zh', 'ja', 'en'] as const;
export type Lang = (typeof languages)[number];

/**
 * Declares one area's messages. English fixes the keys; the type then demands the same keys in
 * ja and zh, and `test/unit/i18n.test.ts` checks the same at run time (placeholders included).
 * Placeholders are written `{name}`.
 */
export function defineMessages<const K extends string>(catalogue: {
  en: Record<K, string>;
  ja: Record<NoInfer<K>, string>;
  zh: Record<NoInfer<K>, string>;
}): { en: Record<K, string>; ja: Record<K, string>; zh: Record<K, string> } {
  return catalogue;
}
