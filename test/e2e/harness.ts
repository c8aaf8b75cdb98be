/**
 * The e2e harness: a real Chromium with the built extension loaded, and QSM's host served from the
 * fixtures by route interception, so the production manifest stays exactly as it ships.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { forwardToSandbox } from '../../backend/proxy.ts';
import { E2E_OPEN_SHADOW_ROOTS_KEY } from '../../components/shadow';
import type { StoredPush } from '../../lib/pushes/store';
import { FakeQsm, findBrowser, fixtureUrl, root, type Submission, startedOn } from './qsm-host';

export { fixturesDir, fixtureUrl, QSM_BASE, type Submission } from './qsm-host';
export const extensionDir = join(root, '.output/chrome-mv3');

/** The browser binary: $CHROMIUM_PATH, then Debian's, then one Playwright installed. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core knows no bundled browser here; the candidates above are the ones that count.
  }
  return findBrowser(
    candidates,
    'No Chromium found. Install one: `apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).',
  );
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  submissions: Submission[];
  serviceCalls: string[];
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

/** The extension storage API in the service worker (types only; node has no `chrome`). */
interface StorageSetter {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

export interface LaunchOptions {
  locale?: string;
  timezoneId?: string;
  /** A visible window (npm start on a machine with a display). */
  headed?: boolean;
  /**
   * Never offer to translate pages (npm start: no Translate bubble over QSM). Set as the profile's
   * preference: a second --disable-features switch would replace Playwright's own list, not join it.
   */
  noTranslate?: boolean;
  /**
   * The extension's shadow roots as they ship: closed. Tests get them open (through extension
   * storage, components/shadow.ts) so selectors can pierce them; a headed browser (npm start) never.
   */
  closedShadowRoots?: boolean;
  /** A profile to start in and keep on close (a test that restarts the browser); a fresh one otherwise. */
  profileDir?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${extensionDir}. Run \`npx wxt build\` first (npm run test:e2e does).`,
    );
  }
  const userDataDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'qpp-e2e-'));
  if (options.noTranslate) {
    mkdirSync(join(userDataDir, 'Default'));
    writeFileSync(
      join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ translate: { enabled: false } }),
    );
  }
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

  const qsm = new FakeQsm();
  await context.route('https://qsm.qoo10.jp/**', async (route) => {
    const request = route.request();
    const { status, contentType, body } = qsm.answer(
      request.method(),
      request.url(),
      request.postData() ?? undefined,
    );
    await route.fulfill({ status, contentType, body });
  });

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  if (!options.closedShadowRoots && !options.headed) {
    await worker.evaluate(
      (key) => (globalThis as unknown as StorageSetter).chrome.storage.local.set({ [key]: true }),
      E2E_OPEN_SHADOW_ROOTS_KEY,
    );
  }

  return {
    context,
    extensionId,
    submissions: qsm.submissions,
    serviceCalls: qsm.serviceCalls,
    async openFixture(name, page) {
      const target = page ?? (await context.newPage());
      await target.goto(fixtureUrl(name));
      const started = startedOn(name);
      if (started) await target.waitForSelector(started, { state: 'attached' });
      return target;
    },
    setServerData(data) {
      qsm.setServerData(data);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(userDataDir, { recursive: true, force: true });
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
