/**
 * axe-core on the extension's own pages (popup, options, converter) finds no serious or critical
 * violation, in Chromium and Firefox: the pinned axe-core is run as the test tool runs a script, which
 * the pages' CSP does not stop. The page UI in QSM's form: a11y.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../lib/i18n';
import { type Driver, launchDriver } from '../driver';
import { axeViolations } from './axe';

describe.each<[Lang, string]>([
  ['zh', 'zh-CN'],
  ['en', 'en-US'],
])('axe on the extension pages (%s)', (_lang, locale) => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale, timezoneId: 'Asia/Shanghai' });
  });
  afterAll(async () => browser?.close());

  it('axe: no serious or critical violation on the popup, the options page and the converter page', async () => {
    for (const path of ['popup.html', 'options.html', 'converter.html']) {
      const tab = await browser.openExtensionPage(path);
      await tab.waitFor('#app > *');
      expect(await axeViolations(tab), path).toEqual([]);
      await tab.close();
    }
  });
});
