/**
 * Assistive technology (Chromium): findings are tied to their fields, and axe-core finds no serious or critical violation
 * in the extension's own UI on any surface (page UI in each state, history, popup, options, converter).
 * The dialogs' keyboard checks (WAI-ARIA dialog pattern) run in both browsers: test/e2e/flows/a11y.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../lib/i18n';
import { chooseCoupon, chooseType, field, sendDay, setSendAt } from './form';
import { type Harness, launch } from './harness';

// Evaluated through the DevTools protocol, so an extension page's CSP does not stop it.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * axe-core's serious and critical violations: in the extension's hosts on QSM's page (their open
 * shadow roots included), or in the whole document on an extension page.
 */
async function axeViolations(page: Page, scope: 'hosts' | 'page'): Promise<string[]> {
  await page.evaluate(axeSource);
  const checked = await page.evaluate(async (scope) => {
    const axe = (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }
    ).axe;
    const context =
      scope === 'page' ? document : { include: [...document.querySelectorAll('[data-qpp-host]')] };
    const result = (await axe.run(context, {})) as { violations: AxeViolation[]; passes: AxeViolation[] };
    // A node inside a shadow root has a nested target ([host, inner]): proof axe looked inside ours.
    const insideShadow = result.passes.some((rule) =>
      rule.nodes.some((node) => Array.isArray(node.target[0])),
    );
    return { violations: result.violations, insideShadow };
  }, scope);
  if (scope === 'hosts') expect(checked.insideShadow, 'axe checked inside our shadow roots').toBe(true);
  return checked.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe.each<[Lang, string]>([
  ['zh', 'zh-CN'],
  ['en', 'en-US'],
])('keyboard and assistive technology (%s)', (lang, locale) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale, timezoneId: 'Asia/Shanghai' });
    harness.setServerData({ history: [] });
  });
  afterAll(async () => harness?.close());

  it('ties a finding to its field, and gives QSM its own attribute values back', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    const coupon = page.locator(field('ddlCoupon'));
    await coupon.evaluate((el) => el.setAttribute('aria-describedby', 'qsm-own-hint'));
    await chooseCoupon(page, '1207399'); // Qstore-only
    await expect.poll(() => coupon.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await coupon.getAttribute('aria-describedby'))?.split(' ') ?? [];
    expect(describedBy[0]).toBe('qsm-own-hint');
    const [, ours] = describedBy;
    // The description is the finding's sentence, read through our host's shadow root.
    expect(
      await page.evaluate((id) => document.getElementById(id ?? '')?.getAttribute('data-qpp'), ours),
    ).toBe('findings-coupon');

    await chooseCoupon(page, '1207384');
    await expect.poll(() => coupon.getAttribute('aria-invalid')).toBeNull();
    expect(await coupon.getAttribute('aria-describedby')).toBe('qsm-own-hint');
    // The panel's status is a polite live region.
    expect(await page.locator('[data-qpp="panel"] [data-qpp="status"]').getAttribute('role')).toBe('status');
  });

  it('axe: no serious or critical violation in the page UI, fresh, with errors, compensation, history', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    await page.locator('[data-qpp="panel"] [data-qpp="status"]').waitFor();
    expect(await axeViolations(page, 'hosts'), 'fresh').toEqual([]);

    await chooseCoupon(page, '1207399');
    await setSendAt(page, sendDay(5), '15:00');
    await page.click(field('btnApply'));
    await page.locator('[data-qpp="apply-guard"] dialog').waitFor();
    expect(await axeViolations(page, 'hosts'), 'apply guard open').toEqual([]);
    await page.keyboard.press('Escape');
    expect(await axeViolations(page, 'hosts'), 'with errors').toEqual([]);

    await page.locator('[data-qpp="preview-button"] button').click();
    await page.locator('[data-qpp="preview"] dialog').waitFor();
    expect(await axeViolations(page, 'hosts'), 'preview open').toEqual([]);
    await page.keyboard.press('Escape');

    await chooseType(page, 'compensation');
    await page
      .frameLocator('[data-qpp="order-converter"] iframe')
      .locator('[data-qpp="order-converter-page"]')
      .waitFor();
    expect(await axeViolations(page, 'hosts'), 'compensation').toEqual([]);

    harness.setServerData({}); // the fixture's sample history
    const history = await harness.openFixture(`coupon-push.${lang}`);
    harness.setServerData({ history: [] });
    await history.click(field('btnHistory'));
    await expect.poll(() => history.locator('[data-qpp="countdown"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(history, 'hosts'), 'history with countdowns').toEqual([]);
  });

  it('axe: no serious or critical violation on the popup, the options page and the converter page', async () => {
    const columns: Record<string, unknown> = {};
    for (const path of ['popup.html', 'options.html', 'converter.html']) {
      const page = await harness.openExtensionPage(path);
      await page.locator('#app > *').first().waitFor();
      expect(await axeViolations(page, 'page'), path).toEqual([]);
      // The options and converter pages share one layout: the same column, at the same place.
      columns[path] = await page.evaluate(() => {
        const main = document.querySelector('main.page')?.getBoundingClientRect();
        return main && { left: Math.round(main.left), width: Math.round(main.width) };
      });
      await page.close();
    }
    expect(columns['options.html']).toBeTruthy();
    expect(columns['converter.html']).toEqual(columns['options.html']);
  });
});
