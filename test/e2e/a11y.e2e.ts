/**
 * axe-core on the extension's own pages (popup, options, converter) finds no serious or critical
 * violation. Chromium only: axe is evaluated there through the DevTools protocol, which the pages' CSP
 * does not stop. The page UI in QSM's form (findings tied to fields, axe in each state, the dialogs by
 * keyboard) runs in both browsers: test/e2e/flows/a11y.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../lib/i18n';
import { type Harness, launch } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical violations in the whole document of an extension page. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }
    ).axe;
    return ((await axe.run(document, {})) as { violations: AxeViolation[] }).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe.each<[Lang, string]>([
  ['zh', 'zh-CN'],
  ['en', 'en-US'],
])('axe on the extension pages (%s)', (_lang, locale) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale, timezoneId: 'Asia/Shanghai' });
  });
  afterAll(async () => harness?.close());

  it('axe: no serious or critical violation on the popup, the options page and the converter page', async () => {
    for (const path of ['popup.html', 'options.html', 'converter.html']) {
      const page = await harness.openExtensionPage(path);
      await page.locator('#app > *').first().waitFor();
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });
});
