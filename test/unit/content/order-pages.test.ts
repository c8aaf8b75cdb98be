/**
 * On 配送管理 and クレーム管理 only the collect bar (and the features of every page) start: the push
 * form's features keep `include` false there, and the page is not read as a push form or history.
 */
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { langs, NOW, usePages } from '../qsm/page';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

describe.each(['Delivery/DeliveryManagement', 'Claim/ClaimManagement'])('%s', (name) => {
  const open = usePages();
  it.each(langs)(
    'is the collect bar’s, and none of the push form’s features would start there (%s)',
    async (lang) => {
      const { createQsmPage } = await import('../../../content/page');
      const { features } = await import('../../../content/features');
      const loaded = await open(`${name}.${lang}`, {
        server: { now: NOW, service: 'local', serviceDelay: 0 },
      });
      await loaded.settle();
      const abort = new AbortController();
      const page = createQsmPage(loaded.document, abort.signal, {
        history: signal([]),
        settings: signal({ weekRule: 'mon-sun', cancelLeadHours: 24, maxPushesPerWeek: 1 } as never),
        lang: 'en',
      });
      expect(page.form).toBeNull();
      expect(page.historyDialog.value).toBeNull();
      const started = features.filter((feature) => feature.include(page)).map((feature) => feature.id);
      // The collect bar is not among them: it starts from its own bundle (start-collect.ts).
      const { orderCollect } = await import('../../../content/features/order-collect/index');
      expect(orderCollect.include(page)).toBe(true);
      const pushFormOnly = [
        'panel',
        'field-findings',
        'templates',
        'apply-guard',
        'preview',
        'banner',
        'banner-fit',
      ];
      expect(started.filter((id) => pushFormOnly.includes(id) || id === 'order-converter')).toEqual([]);
      abort.abort();
    },
  );
});
