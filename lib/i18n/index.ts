/**
 * The message catalogue: every string the extension shows, in zh, ja, en and ko. Each area keeps its
 * own file (common, findings, orders, pushes, preview, templates); this module merges them and formats.
 * The popup, options, frames and background bundle it whole. The page features do not: their build
 * resolves this module to ./loaded.ts, and the seller's language arrives as one of the tables
 * `messageTable` makes at build time (wxt.config.ts).
 */
import { calendar } from './calendar';
import { collect } from './collect';
import { common } from './common';
import { coverage } from './coverage';
import { formatMessage, type Lang } from './define';
import { findings } from './findings';
import { fitter } from './fitter';
import { orders } from './orders';
import { panel } from './panel';
import { plan } from './plan';
import { preview } from './preview';
import { pushes } from './pushes';
import { report } from './report';
import { storageMessages } from './storage';
import { templateTools } from './template-tools';
import { templates } from './templates';

export { fillPlaceholders, type Lang, languages, pickLanguage } from './define';

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
    ...coverage.en,
    ...storageMessages.en,
    ...plan.en,
    ...collect.en,
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
    ...coverage.ja,
    ...storageMessages.ja,
    ...plan.ja,
    ...collect.ja,
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
    ...coverage.zh,
    ...storageMessages.zh,
    ...plan.zh,
    ...collect.zh,
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
    ...coverage.ko,
    ...storageMessages.ko,
    ...plan.ko,
    ...collect.ko,
  },
};
export type MessageKey = keyof typeof catalogue.en;

/** One language's table as the page features load it: ko, which may trail by a key, over English. */
export function messageTable(lang: Lang): Record<MessageKey, string> {
  return { ...catalogue.en, ...catalogue[lang] };
}

/** Formats a message (`formatMessage`); `{name}` placeholders are replaced by params, unknown keys fall back to English. */
export function t(lang: Lang, key: MessageKey, params: Record<string, unknown> = {}): string {
  const table: Partial<Record<MessageKey, string>> = catalogue[lang];
  return formatMessage(lang, table[key] ?? catalogue.en[key] ?? key, params);
}

/** True when `key` names a message, for keys built at run time such as `finding.<code>`. */
export function hasMessage(key: string): key is MessageKey {
  return key in catalogue.en;
}
