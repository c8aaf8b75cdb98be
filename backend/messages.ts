/**
 * The sandbox's words: its own area of the catalogue (lib/i18n/sandbox.ts) first, then the shared
 * catalogue (finding texts, types, statuses). Every page language is a catalogue language.
 */
import { fillPlaceholders, type Lang, type MessageKey, t } from '../lib/i18n/index.ts';
import { sandbox } from '../lib/i18n/sandbox.ts';

export const PAGE_LANGS = ['zh', 'ja', 'en', 'ko'] as const;
export type PageLang = (typeof PAGE_LANGS)[number];
export type SandboxKey = keyof typeof sandbox.en;

export const isPageLang = (value: string): value is PageLang =>
  (PAGE_LANGS as readonly string[]).includes(value);
export const messageLang = (page: PageLang): Lang => page;

const isSandboxKey = (key: string): key is SandboxKey => key in sandbox.en;

export function say(lang: Lang, key: SandboxKey | MessageKey, params: Record<string, unknown> = {}): string {
  if (!isSandboxKey(key)) return t(lang, key, params);
  return fillPlaceholders(sandbox[lang][key] ?? sandbox.en[key], params);
}
