/**
 * The content script of every QSM page and frame (declared in wxt.config.ts) is only this loader:
 * the probe (lib/qsm/probe.ts) and a bounded watch for late content. Where there is work it imports
 * the features bundle (qsm-features.ts, web-accessible to QSM's origin only), or on 配送管理 and
 * クレーム管理 the collect bar's own (qsm-collect.ts); anywhere else it adds nothing, changes nothing
 * and stops looking after a minute.
 *
 * An unlisted script rather than a WXT content script: WXT's ContentScriptContext would add 2.5 kB
 * to every frame, announce the extension to the page, and listen for a "newer copy started" event any
 * page script can forge (the features' lifetime is content/alive.ts instead).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { whenWork } from '../content/work';
import type { Work } from '../lib/qsm/probe';

/** The bundle a page's work needs: the collect bar alone on 配送管理 / クレーム管理, else the features. */
type Bundle = '/qsm-collect.js' | '/qsm-features.js';
const bundleFor = (work: Work): Bundle => (work === 'orders' ? '/qsm-collect.js' : '/qsm-features.js');

export default defineUnlistedScript(() => {
  const loaded = new Set<Bundle>();
  const load = (bundle: Bundle) => {
    if (loaded.has(bundle)) return;
    loaded.add(bundle);
    import(/* @vite-ignore */ browser.runtime.getURL(bundle)).catch((error: unknown) =>
      console.warn('[QSM Push Pilot] could not load its features', error),
    );
  };
  whenWork(document, (work) => load(bundleFor(work)));
  // The popup's page report is asked for where the probe found no work too (that is when it is
  // needed): load the features, whose page-report feature answers the popup's next ask.
  if (window.top === window) {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === 'qpp:page-report') load('/qsm-features.js');
      return undefined;
    });
  }
});
