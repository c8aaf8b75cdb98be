/**
 * The seller's messages for the page features, which bundle none (lib/i18n/loaded.ts): one table a
 * language, `i18n/<lang>.json` in the package (made at build time from lib/i18n, web-accessible to
 * QSM only). Fetched beside the start-up storage read, installed before anything is drawn, so t()
 * stays synchronous for every caller.
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../lib/i18n';
import { hasMessages, installMessages, messageFile } from '../lib/i18n/loaded';

type Fetch = (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

async function fetchTable(lang: Lang, fetchFile: Fetch): Promise<boolean> {
  try {
    const response = await fetchFile(browser.runtime.getURL(`/${messageFile(lang)}`));
    const table: unknown = response.ok ? await response.json() : null;
    if (typeof table !== 'object' || table === null) return false;
    installMessages(lang, table as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes t() answer in `lang` (a language already here costs nothing, so a change of language loads
 * the new table and the caller redraws). When that table cannot be read, English, which t() falls
 * back to: the tables are files of this package, so a failed read means the extension was updated or
 * removed under the page, and bundling a fallback would charge every page for that moment. False when
 * not even English could be read: then nothing should be drawn (a panel of message keys helps no one).
 */
export async function loadMessages(lang: Lang, fetchFile: Fetch = (url) => fetch(url)): Promise<boolean> {
  if (hasMessages(lang) || (await fetchTable(lang, fetchFile))) return true;
  if (lang !== 'en') console.warn(`[QSM Push Pilot] could not read the ${lang} messages; showing English`);
  return hasMessages('en') || (await fetchTable('en', fetchFile));
}
