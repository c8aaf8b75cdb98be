/** axe-core on an extension page (run as the test tool runs a script, which the pages' CSP does not stop). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Tab } from '../driver';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical violations in the whole document of an extension page. */
export async function axeViolations(tab: Tab): Promise<string[]> {
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

interface AxeResult {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical violations in the extension's hosts in QSM's page, their shadow roots included. */
export async function axeOnHosts(tab: Tab): Promise<string[]> {
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
