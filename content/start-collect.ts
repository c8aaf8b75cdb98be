/**
 * Starts the collect bar on 配送管理 and クレーム管理, pages sellers keep open all day: a bundle of its
 * own (qsm-collect.js) that the loader imports there instead of the features' (push form, history,
 * zod draft schemas…), so the page pays for the bar alone. The same lifetime, messages and test flag
 * as the features' start (start.ts), nothing else.
 */
import { browser } from 'wxt/browser';
import { E2E_OPEN_SHADOW_ROOTS_KEY, openShadowRootsForTests } from '../components/shadow';
import { pickLanguage } from '../lib/i18n';
import { extensionAlive } from './alive';
import { orderCollect } from './features/order-collect/index';
import { loadMessages } from './messages';

export async function startCollect(doc: Document, signal = extensionAlive({ doc })): Promise<void> {
  const lang = pickLanguage(navigator.languages);
  const [stored, messages] = await Promise.all([
    browser.storage.local.get(E2E_OPEN_SHADOW_ROOTS_KEY).catch(() => null),
    loadMessages(lang),
  ]);
  if (!messages) return;
  if (stored?.[E2E_OPEN_SHADOW_ROOTS_KEY] === true) openShadowRootsForTests();
  const page = { document: doc, lang };
  try {
    if (orderCollect.include(page)) await orderCollect.init(page, signal);
  } catch (error) {
    console.warn(`[QSM Push Pilot] feature "${orderCollect.id}" failed`, error);
  }
}
