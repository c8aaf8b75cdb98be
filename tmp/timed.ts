import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../test/e2e/harness';
import { FakeQsm, fixtureUrl } from '../test/e2e/qsm-host';
const ext = process.argv[2]!;
const url = fixtureUrl(process.argv[3] ?? 'other-page.zh');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'x-')), {
  executablePath: findChromium(), headless: true,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox'],
});
const qsm = new FakeQsm(); qsm.setServerData({ history: [] });
await context.route('https://qsm.qoo10.jp/**', (r) => r.fulfill(qsm.answer(r.request().method(), r.request().url(), r.request().postData() ?? undefined)));
for (let i = 0; i < 8; i++) {
  const page = await context.newPage();
  const got = new Promise<string>((res) => page.on('console', (m) => m.text().startsWith('QPPT') && res(m.text())));
  await page.goto(url);
  console.log(await Promise.race([got, new Promise<string>((r) => setTimeout(() => r('timeout'), 5000))]));
  await page.close();
}
await context.close();
