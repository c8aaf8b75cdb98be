import { computed } from '@preact/signals';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pushesSignal, rulesSettings, settingsSignal } from '../../platform/pushes';
import type { Feature, QsmPage } from './feature';
import { features } from './features';
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

export default defineContentScript({
  matches: ['https://qsm.qoo10.jp/*'],
  // QSM shows its menu pages inside frames; the push form may be in any of them.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const settings = settingsSignal(ctx.signal);
    const page = createQsmPage(document, ctx.signal, {
      history: pushesSignal(ctx.signal),
      settings: computed(() => rulesSettings(settings.value)),
    });
    if (!page.form && !page.historyDialog.value) {
      console.debug('[QSM Push Pilot] no coupon push form on this page; leaving it alone.');
    }
    startFeatures(features, page, ctx.signal);
  },
});
