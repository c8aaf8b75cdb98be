/**
 * axe-core, in Chromium and Firefox, on the extension's UI in QSM's page: 0 serious or critical
 * violations in our hosts (their shadow roots included), fresh, with errors, with the guard open.
 * The extension pages and keyboard checks are test/e2e/a11y.e2e.ts (Chromium).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Driver, launchDriver, type Tab } from '../driver';
import { chooseCoupon, field, sendDay, setSendAt, status } from './form';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

async function axeOnHosts(tab: Tab): Promise<string[]> {
  const checked = await tab.evaluate(async (source) => {
    // The test injects the pinned axe-core, nothing else; it sets window.axe itself.
    new Function(source)();
    const axe = (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }
    ).axe;
    const result = (await axe.run({ include: [...document.querySelectorAll('[data-qpp-host]')] }, {})) as {
      violations: AxeResult[];
      passes: AxeResult[];
    };
    return {
      violations: result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.map((n) => n.target))}`),
      insideShadow: result.passes.some((rule) => rule.nodes.some((node) => Array.isArray(node.target[0]))),
    };
  }, axeSource);
  expect(checked.insideShadow, 'axe checked inside our shadow roots').toBe(true);
  return checked.violations;
}

describe('axe on the extension’s UI in QSM’s page (zh)', () => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    browser.setServerData({ history: [] });
  });
  afterAll(async () => browser?.close());

  it('finds no serious or critical violation, fresh, with errors and with the apply guard open', async () => {
    const tab = await browser.openFixture('coupon-push.zh');
    await tab.waitFor(status);
    expect(await axeOnHosts(tab), 'fresh').toEqual([]);
    await chooseCoupon(tab, '1207399');
    await setSendAt(tab, sendDay(5), '15:00');
    await tab.click(field('btnApply'));
    await tab.waitFor('[data-qpp="apply-guard"] >>> dialog');
    expect(await axeOnHosts(tab), 'guard open').toEqual([]);
    await tab.press('Escape');
    expect(await axeOnHosts(tab), 'with errors').toEqual([]);
  });
});
