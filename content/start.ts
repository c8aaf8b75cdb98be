/**
 * Starts the page features in a document the loader found work in. Everything lives until this
 * copy's extension context is gone (alive.ts), which no page script can fake.
 */
import { computed } from '@preact/signals';
import { browser } from 'wxt/browser';
import { E2E_OPEN_SHADOW_ROOTS_KEY, openShadowRootsForTests } from '../components/shadow';
import { pickLanguage } from '../lib/i18n';
import { findPushForm } from '../lib/qsm';
import { useLearnedWords } from '../lib/qsm/learned';
import { readWords } from '../lib/qsm/words';
import { adoptLocalZoneNames } from '../lib/time/format';
import { onAbort } from '../lib/util/abort';
import { areaKey, rememberPreloaded, trackChanges } from '../platform/follow';
import { planItem } from '../platform/plan';
import { pushesItem, pushesSignal, rulesSettings, settingsItem, settingsSignal } from '../platform/pushes';
import { templatesItem } from '../platform/templates';
import { LOCAL_ZONE_KEY, pushPageItem } from '../platform/ui';
import { wordsItem } from '../platform/words';
import { extensionAlive } from './alive';
import type { Feature, QsmPage } from './feature';
import { features } from './features';
import { loadMessages } from './messages';
import { createQsmPage } from './page';

/** Starts each feature on its own: one that throws is logged and skipped, the others carry on. */
function startFeatures(list: Feature[], page: QsmPage, signal: AbortSignal): void {
  for (const feature of list) {
    const fail = (error: unknown) => console.warn(`[QSM Push Pilot] feature "${feature.id}" failed`, error);
    try {
      if (!feature.include(page)) continue;
      Promise.resolve(feature.init(page, signal)).catch(fail);
    } catch (error) {
      fail(error);
    }
  }
}

/**
 * The stored areas the page's signals follow (platform/pushes.ts, platform/templates.ts), and the
 * push page's address (remember-page.ts writes it only when it is another).
 */
const WORDS_KEY = areaKey(wordsItem);
const PRELOADED_KEYS = [pushesItem, settingsItem, templatesItem, planItem, pushPageItem].map(areaKey);

/**
 * One read of extension storage (which no page can write) before anything is drawn: the machine's
 * zone named by the background (so no Intl object is built here), the pushes, settings and templates
 * (so the first drawing shows them, not the fallbacks), and the e2e harness's flag that opens the
 * shadow roots its selectors can pierce. What it finds stays current until a change says otherwise
 * (platform/follow.ts), so the signals that follow these areas do not read them again.
 */
async function readEnvironment(): Promise<void> {
  trackChanges(browser.storage.onChanged);
  const stored: Record<string, unknown> | null = await browser.storage.local
    .get([E2E_OPEN_SHADOW_ROOTS_KEY, LOCAL_ZONE_KEY, WORDS_KEY, ...PRELOADED_KEYS])
    .catch(() => null);
  if (!stored) return;
  if (stored[E2E_OPEN_SHADOW_ROOTS_KEY] === true) openShadowRootsForTests();
  adoptLocalZoneNames(stored[LOCAL_ZONE_KEY], new Date());
  rememberPreloaded(stored, PRELOADED_KEYS);
  useLearnedWords(readWords(stored[WORDS_KEY]));
}

export async function startOnPage(doc: Document, signal = extensionAlive({ doc })): Promise<void> {
  const lang = pickLanguage(navigator.languages);
  const [, messages] = await Promise.all([readEnvironment(), loadMessages(lang)]);
  if (!messages) return;
  const settings = settingsSignal(signal);
  const sources = {
    history: pushesSignal(signal),
    settings: computed(() => rulesSettings(settings.value)),
    lang,
  };
  followForm(doc, signal, (generation) => {
    const page = createQsmPage(doc, generation, sources);
    if (!page.form && !page.historyDialog.value) {
      console.debug('[QSM Push Pilot] no coupon push form on this page; leaving it alone.');
    }
    startFeatures(features, page, generation);
    return page;
  });
}

/** How often a page without the form looks again for one that QSM draws later. */
const LOOK_AGAIN_MS = 2000;

/**
 * Starts the features on the form as it is, and again on each form QSM puts in its place: a WebForms
 * partial postback (an UpdatePanel: a type switch, a coupon refresh) replaces the form's markup, and
 * the panel, findings and guard must follow the new one every time, never stay with the old.
 */
export function followForm(
  doc: Document,
  alive: AbortSignal,
  start: (generation: AbortSignal) => QsmPage,
): void {
  let generation = new AbortController();
  const next = () => {
    generation.abort();
    generation = new AbortController();
    return start(AbortSignal.any([alive, generation.signal]));
  };
  let page = next();
  const view = doc.defaultView ?? window;
  let frame: number | null = null;
  let lastLook = 0;
  const look = () => {
    frame = null;
    if (alive.aborted || page.form?.root.isConnected) return;
    if (!page.form) {
      if (Date.now() - lastLook < LOOK_AGAIN_MS) return;
      lastLook = Date.now();
    }
    if (findPushForm(doc)) page = next();
  };
  const observer = new view.MutationObserver(() => {
    if (frame === null) frame = view.requestAnimationFrame(look);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  onAbort(alive, () => {
    observer.disconnect();
    generation.abort();
  });
}
