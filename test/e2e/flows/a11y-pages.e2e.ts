/**
 * axe-core on the extension's own pages (popup, options, converter) finds no serious or critical
 * violation, in Chromium and Firefox: the pinned axe-core is run as the test tool runs a script, which
 * the pages' CSP does not stop. The page UI in QSM's form: a11y.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../lib/i18n';
import { type Driver, launchDriver, type Tab } from '../driver';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical violations in the whole document of an extension page. */
async function axeViolations(tab: Tab): Promise<string[]> {
  await tab.run(axeSource);
  const result = await tab.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }
    ).axe;
    const { violations, passes } = (await axe.run(document, {})) as {
      violations: AxeViolation[];
      passes: unknown[];
    };
    return {
      passed: passes.length,
      violations: violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`),
    };
  });
  // axe ran its rules on the page (a page it could not read would pass nothing).
  expect(result.passed).toBeGreaterThan(5);
  return result.violations;
}

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
