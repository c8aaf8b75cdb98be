/**
 * The content script of every QSM page and frame (declared in wxt.config.ts) is only this loader:
 * the probe (lib/qsm/probe.ts) and a bounded watch for late content. Where there is work it imports
 * the features bundle (qsm-features.ts, web-accessible to QSM's origin only); anywhere else it adds
 * nothing, changes nothing and stops looking after a minute.
 *
 * An unlisted script rather than a WXT content script: WXT's ContentScriptContext would add 2.5 kB
 * to every frame, announce the extension to the page, and listen for a "newer copy started" event any
 * page script can forge (the features' lifetime is content/alive.ts instead).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { whenWork } from '../content/work';

export default defineUnlistedScript(() => {
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    import(/* @vite-ignore */ browser.runtime.getURL('/qsm-features.js')).catch((error: unknown) =>
      console.warn('[QSM Push Pilot] could not load its features', error),
    );
  };
  whenWork(document, load);
  // The popup's page report is asked for where the probe found no work too (that is when it is
  // needed): load the features, whose page-report feature answers the popup's next ask.
  if (window.top === window) {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === 'qpp:page-report') load();
      return undefined;
    });
  }
});
