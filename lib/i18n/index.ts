/**
 * The message catalogue: every string the extension shows, in zh, ja, en and ko. Each area keeps its
 * own file (common, findings, orders, pushes, preview, templates); this module merges them and formats.
 */
import { calendar } from './calendar';
import { common } from './common';
import { type Lang, languages } from './define';
import { findings } from './findings';
import { fitter } from './fitter';
import { orders } from './orders';
import { panel } from './panel';
import { preview } from './preview';
import { pushes } from './pushes';
import { report } from './report';
import { storageMessages } from './storage';
import { templateTools } from './template-tools';
import { templates } from './templates';

export { type Lang, languages } from './define';

export const catalogue = {
  en: {
    ...common.en,
    ...findings.en,
    ...orders.en,
    ...panel.en,
    ...pushes.en,
    ...preview.en,
    ...templates.en,
    ...templateTools.en,
    ...calendar.en,
    ...fitter.en,
    ...report.en,
    ...storageMessages.en,
  },
  ja: {
    ...common.ja,
    ...findings.ja,
    ...orders.ja,
    ...panel.ja,
    ...pushes.ja,
    ...preview.ja,
    ...templates.ja,
    ...templateTools.ja,
    ...calendar.ja,
    ...fitter.ja,
    ...report.ja,
    ...storageMessages.ja,
  },
  zh: {
    ...common.zh,
    ...findings.zh,
    ...orders.zh,
    ...panel.zh,
    ...pushes.zh,
    ...preview.zh,
    ...templates.zh,
    ...templateTools.zh,
    ...calendar.zh,
    ...fitter.zh,
    ...report.zh,
    ...storageMessages.zh,
  },
  ko: {
    ...common.ko,
    ...findings.ko,
    ...orders.ko,
    ...panel.ko,
    ...pushes.ko,
    ...preview.ko,
    ...templates.ko,
    ...templateTools.ko,
    ...calendar.ko,
    ...fitter.ko,
    ...report.ko,
    ...storageMessages.ko,
  },
};
export type MessageKey = keyof typeof catalogue.en;

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
 * Formats a message; `{name}` placeholders are replaced by params, unknown keys fall back to English.
 * In zh and ja the space a message puts around a placeholder goes when the value ends in a full-width
 * bracket: `于 {date} 发送` with a date and its weekday reads `于 2026-12-07（周一）发送`.
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, unknown> = {}): string {
  const table: Partial<Record<MessageKey, string>> = catalogue[lang];
  const text = fillPlaceholders(table[key] ?? catalogue.en[key] ?? key, params);
  return lang === 'zh' || lang === 'ja' ? text.replace(SPACE_AFTER_BRACKET, '$1') : text;
}

/** True when `key` names a message, for keys built at run time such as `finding.<code>`. */
export function hasMessage(key: string): key is MessageKey {
  return key in catalogue.en;
}
