/**
 * The e2e harness: a real Chromium with the built extension loaded, and QSM's host served from the
 * fixtures by route interception, so the production manifest stays exactly as it ships.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Request } from 'playwright-core';
import { forwardToSandbox } from '../../backend/proxy.ts';
import type { StoredPush } from '../../lib/pushes/store';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionDir = join(root, '.output/chrome-mv3');
export const fixturesDir = join(root, 'test/fixtures/qsm');
/** Where fixture pages appear in the browser: a path under QSM's real host. */
export const QSM_BASE = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/';

/** The browser binary: $CHROMIUM_PATH, then Debian's, then one Playwright installed. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core knows no bundled browser here; the candidates above are the ones that count.
  }
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one: `apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  return found;
}

/** What the fake QSM server saw posted (the form's own submits). */
export interface Submission {
  url: string;
  fields: URLSearchParams;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  submissions: Submission[];
  /** Opens a fixture (file name without .html, e.g. `coupon-push.zh`) at its QSM URL. */
  openFixture(name: string, page?: Page): Promise<Page>;
  /**
   * What the fake QSM server renders into the next pages it serves (see test/fixtures/qsm/page.js:
   * now, shopName, fans, coupons, history). `{}` gives the fixture's own sample data.
   */
  setServerData(data: Record<string, unknown>): void;
  /** Opens an extension page (e.g. `popup.html`). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export function fixtureUrl(name: string): string {
  return `${QSM_BASE}${name}.aspx`;
}

export interface LaunchOptions {
  locale?: string;
  timezoneId?: string;
  /** A visible window (npm start on a machine with a display). */
  headed?: boolean;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${extensionDir}. Run \`npx wxt build\` first (npm run test:e2e does).`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'qpp-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: !options.headed,
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });

  const submissions: Submission[] = [];
  let serverData = '{}';
  await context.route('https://qsm.qoo10.jp/**', async (route) => {
    const request: Request = route.request();
    const url = new URL(request.url());
    if (request.method() === 'POST') {
      submissions.push({ url: url.href, fields: new URLSearchParams(request.postData() ?? '') });
      await route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html><body><p id="posted">OK</p></body></html>',
      });
      return;
    }
    const name = url.pathname.startsWith('/GMKT.INC.Gsm.Web/')
      ? url.pathname.slice('/GMKT.INC.Gsm.Web/'.length).replace(/\.aspx$/, '')
      : '';
    const file = join(fixturesDir, `${name}.html`);
    if (name && !name.includes('..') && existsSync(file)) {
      const html = readFileSync(file, 'utf8').replace(
        '<script type="application/json" id="qsmServerData">{}</script>',
        () =>
          `<script type="application/json" id="qsmServerData">${serverData.replaceAll('<', '\\u003c')}</script>`,
      );
      await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    } else {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: `no fixture for ${url.pathname}` });
    }
  });

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    submissions,
    async openFixture(name, page) {
      const target = page ?? (await context.newPage());
      await target.goto(fixtureUrl(name));
      return target;
    },
    setServerData(data) {
      serverData = JSON.stringify(data);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Lets the sandbox backend at `sandboxUrl` answer QSM's host in this browser. Registered after the
 * harness's fixture route, so it answers first.
 */
export async function answerFromSandbox(context: BrowserContext, sandboxUrl: string): Promise<void> {
  await context.route('https://qsm.qoo10.jp/**', async (route) => {
    const request = route.request();
    await route.fulfill(
      await forwardToSandbox(sandboxUrl, {
        url: request.url(),
        method: request.method(),
        headers: request.headers(),
        body: request.postDataBuffer(),
      }),
    );
  });
}

/** The extension storage API as a page at the extension's origin sees it (types only; node has no `chrome`). */
interface StorageGlobals {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

/** The pushes the extension keeps, as stored; `page` must be an extension page (e.g. the popup). */
export function storedPushes(page: Page): Promise<StoredPush[]> {
  return page.evaluate(async () => {
    const { pushes } = await (globalThis as unknown as StorageGlobals).chrome.storage.local.get('pushes');
    return (pushes as { records?: StoredPush[] } | undefined)?.records ?? [];
  });
}
