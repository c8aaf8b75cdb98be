/**
 * What evaluating the page features costs, without the footprint bench's noise (issue 11): the built
 * bundle (.output/chrome-mv3/qsm-features.js) run as an inline script in fresh Chromium pages with its
 * `main()` left out, so only its top level runs; beside it the same bundle returning at once, which is
 * what compiling it costs. `QPP_EVALUATION_BUNDLES=a.js,b.js` times other builds in turn with it.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { extensionDir, findChromium } from '../test/e2e/harness';

const PAGES = Number(process.env.QPP_EVALUATION_PAGES ?? 30);
const bundles = [
  join(extensionDir, 'qsm-features.js'),
  ...(process.env.QPP_EVALUATION_BUNDLES?.split(',') ?? []),
];

/** The bundle with WXT's call of its `main()` left out, or returning before anything runs. */
function variants(file: string): { name: string; source: string }[] {
  const source = readFileSync(file, 'utf8');
  const evaluated = source.replace(/\b\w+\.main\(\)/, 'undefined');
  expect(evaluated, `${file}: WXT's call of main() not found`).not.toBe(source);
  const body = evaluated.indexOf('{') + 1;
  const compiled = `${evaluated.slice(0, body)}if (globalThis.qppNever === undefined) return;${evaluated.slice(body)}`;
  return [
    { name: `${file}, evaluated`, source: evaluated },
    { name: `${file}, compiled only`, source: compiled },
  ];
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)] ?? Number.NaN;

test('evaluating the features bundle (Chromium, fresh pages, builds in turn)', {
  timeout: 600_000,
}, async () => {
  const runs = bundles.flatMap(variants).map((run) => ({ ...run, ms: [] as number[] }));
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.route('https://qsm.qoo10.jp/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="zh-CN"><body></body></html>',
      }),
    );
    for (let round = 0; round < PAGES; round++) {
      for (const run of runs) {
        const page = await context.newPage();
        await page.goto('https://qsm.qoo10.jp/gmkt.inc/Empty.aspx');
        // A comment unique to the visit, so V8 compiles it anew rather than from its cache.
        const ms = await page.evaluate((source) => {
          const script = document.createElement('script');
          script.textContent = source;
          const start = performance.now();
          document.head.append(script);
          return performance.now() - start;
        }, `${run.source}\n// ${round} ${Math.random()}`);
        run.ms.push(ms);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  for (const run of runs) {
    console.log(
      `${run.name}: median ${quantile(run.ms, 0.5).toFixed(1)} ms ` +
        `(p25 ${quantile(run.ms, 0.25).toFixed(1)}, p75 ${quantile(run.ms, 0.75).toFixed(1)}, ${PAGES} pages)`,
    );
  }
  console.log(
    `load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} at the end of the run`,
  );
});
