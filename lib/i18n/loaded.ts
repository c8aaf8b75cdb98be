/**
 * The catalogue as the page features carry it: no messages of their own, only the tables they are
 * given at start (content/messages.ts fetches the seller's language, made at build
 * time by `messageTable`). The features build resolves `lib/i18n` to this module (wxt.config.ts), so
 * their callers import `t` as everywhere else; the types below are index.ts's own, so every call
 * type-checks against both, and a name this module lacks fails the features build.
 */

import { formatMessage, type Lang } from './define';
import type * as Full from './index';

export { fillPlaceholders, type Lang, languages, pickLanguage } from './define';
export type MessageKey = Full.MessageKey;

/** Where the build writes a language's table (wxt.config.ts), in the package, web-accessible to QSM. */
export const messageFile = (lang: Lang) => `i18n/${lang}.json` as const;

type Table = Partial<Record<MessageKey, string>>;
const tables: Partial<Record<Lang, Table>> = {};

/** Makes `table` the messages of `lang` (a table made by `messageTable`: every key, English where missing). */
export function installMessages(lang: Lang, table: Table): void {
  tables[lang] = table;
}

/** Whether `lang`'s table is here, so t() answers in that language. */
export function hasMessages(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

/** As index.ts's: a language not installed reads English, a key in no table reads as itself. */
export const t: typeof Full.t = (lang, key, params = {}) =>
  formatMessage(lang, tables[lang]?.[key] ?? tables.en?.[key] ?? key, params);

/** As index.ts's, against the tables installed (each has every key). */
export const hasMessage: typeof Full.hasMessage = (key): key is MessageKey =>
  Object.values(tables).some((table) => key in table);
