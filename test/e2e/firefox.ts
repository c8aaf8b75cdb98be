/**
 * The Firefox e2e harness: Debian's firefox-esr driven headless by puppeteer-core over WebDriver BiDi,
 * the shipped MV3 build installed as a temporary add-on, and QSM's host answered by request
 * interception from the same fake server as Chromium's (qsm-host.ts).
 * Over 300 lines: the harness answers what Playwright gives Chromium for free (profiles, add-on
 * install, request interception, shadow roots), and each part is used by the rest.
 */

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page, type Target } from 'puppeteer-core';
import { inject } from 'vitest';
import { serviceMethod } from '../../backend/services.ts';
import { E2E_OPEN_SHADOW_ROOTS_KEY } from '../../components/shadow';
import { FakeQsm, findBrowser, fixtureUrl, QSM_ORIGIN, root, type Submission, startedOn } from './qsm-host';

export const firefoxExtensionDir = join(root, '.output/firefox-mv3');
/** The moz-extension:// host of the installed build, fixed through `extensions.webextensions.uuids`. */
export const EXTENSION_UUID = '5b0b8a9e-7c1d-4b8f-9a51-3c2e7d6f1a20';

/** The browser binary: $FIREFOX_PATH, then Debian's ESR, then any `firefox`. */
export function findFirefox(): string {
  return findBrowser(
    [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'No Firefox found. Install one: `apt-get install -y firefox-esr` (or set FIREFOX_PATH to a Firefox binary).',
  );
}

/**
 * A profile Firefox has started in once, with nothing installed and nothing visited: a copy of it
 * starts in about half the time of a new one, which Firefox first fills with its databases. Made once
 * per run by test/e2e/firefox-profile.setup.ts; every launch gets its own copy, so no test sees
 * another's storage.
 */
export async function warmFirefoxProfile(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'qpp-ff-profile-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: dir,
  });
  await browser.close();
  return dir;
}

/** A copy of the run's warm profile, or undefined (a new profile) when there is none. */
function profileCopy(): string | undefined {
  let warm: string | undefined;
  try {
    warm = inject('firefoxProfile');
  } catch {
    return undefined; // not under vitest (npm start's harness)
  }
  if (!warm || !existsSync(warm)) return undefined;
  const copy = mkdtempSync(join(tmpdir(), 'qpp-ff-profile-'));
  // The lock files of the browser that made it are not copied: Firefox would think it still runs.
  cpSync(warm, copy, { recursive: true, filter: (source) => !/(^|[\\/])(lock|\.parentlock)$/.test(source) });
  return copy;
}

export interface FirefoxLaunchOptions {
  /** The browser's language (`navigator.languages`), e.g. `zh-CN`. */
  locale?: string;
  /** The machine zone Firefox runs in (its TZ), e.g. `Asia/Shanghai`. */
  timezoneId?: string;
  /** The extension's shadow roots closed, as it ships (selectors then cannot pierce them). */
  closedShadowRoots?: boolean;
  /** A profile to start in and keep on close (a test that restarts the browser); a warm copy otherwise. */
  profileDir?: string;
}

export interface FirefoxHarness {
  browser: Browser;
  submissions: Submission[];
  serviceCalls: string[];
  /** Where Firefox saves downloads, without asking. */
  downloadsDir: string;
  setServerData(data: Record<string, unknown>): void;
  /** A new tab whose requests to QSM's host the fake server answers. */
  newPage(): Promise<Page>;
  /** Opens a fixture (file name without .html, e.g. `coupon-push.zh`) at its QSM URL. */
  openFixture(name: string, page?: Page): Promise<Page>;
  /** Opens an extension page (e.g. `popup.html`) at moz-extension://<EXTENSION_UUID>/. */
  openExtensionPage(path: string): Promise<Page>;
  /** A window a page opened (window.open), once the fake server has answered its document. */
  adoptWindow(page: Page): Promise<Page>;
  close(): Promise<void>;
}

export function extensionUrl(path: string): string {
  return `moz-extension://${EXTENSION_UUID}/${path}`;
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(firefoxExtensionDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Waits until `page` shows a fully loaded `href`. Puppeteer's goto() to a moz-extension URL never
 * resolves in Firefox, and its url() stays `about:blank`, so the document itself is asked, until it
 * is the one at `href` and loaded.
 */
export async function waitForDocument(page: Page, href: string, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  const shown = () =>
    page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
  let showing = await shown();
  while (showing !== href) {
    if (Date.now() > until) throw new Error(`${href} did not open (the tab shows ${showing || page.url()})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    showing = await shown();
  }
}

const FORMDATA_LOG = 'qpp:formdata ';

/**
 * The bodies of the form posts a tab makes. Firefox 140's WebDriver BiDi has no `network.getData`, so
 * `fetchPostData()` cannot read them there; instead each tab reports the entry list the browser itself
 * builds for a form submission (the `formdata` event, fired for `submit()` too), urlencoded as the
 * body is, and a post takes the entry list its tab reported. Where `fetchPostData()` works, it wins.
 */
class PostedBodies {
  private readonly pending = new Map<Page, { bodies: string[]; waiting: ((body: string) => void)[] }>();
  private fetchWorks = true;

  private queue(page: Page) {
    let queue = this.pending.get(page);
    if (!queue) {
      queue = { bodies: [], waiting: [] };
      this.pending.set(page, queue);
    }
    return queue;
  }

  async listen(page: Page): Promise<void> {
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith(FORMDATA_LOG)) return;
      const queue = this.queue(page);
      const body = text.slice(FORMDATA_LOG.length);
      const waiter = queue.waiting.shift();
      if (waiter) waiter(body);
      else queue.bodies.push(body);
    });
    await page.evaluateOnNewDocument((prefix: string) => {
      addEventListener(
        'formdata',
        (event) => {
          const body = new URLSearchParams();
          for (const [name, value] of (event as FormDataEvent).formData) {
            body.append(name, typeof value === 'string' ? value : value.name);
          }
          console.debug(prefix + body.toString());
        },
        true,
      );
    }, FORMDATA_LOG);
  }

  async bodyOf(page: Page, request: HTTPRequest): Promise<string | undefined> {
    if (this.fetchWorks) {
      try {
        const body = await request.fetchPostData();
        this.dropReported(page);
        return body;
      } catch (error) {
        if (!String(error).includes('unknown command')) throw error;
        this.fetchWorks = false;
      }
    }
    const queue = this.queue(page);
    const ready = queue.bodies.shift();
    if (ready !== undefined) return ready;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no form data reported for ${request.url()}`)), 30_000);
      queue.waiting.push((body) => {
        clearTimeout(timer);
        resolve(body);
      });
    });
  }

  private dropReported(page: Page): void {
    this.queue(page).bodies.shift();
  }
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  let id: string;
  try {
    id = geckoId();
  } catch {
    throw new Error(
      `No built extension in ${firefoxExtensionDir}. Run \`npx wxt build -b firefox --mv3\` first (npm run test:e2e does).`,
    );
  }
  const locale = options.locale ?? 'en-US';
  const downloadsDir = mkdtempSync(join(tmpdir(), 'qpp-ff-downloads-'));
  const profileDir = options.profileDir ?? profileCopy();
  const browser = await puppeteer.launch({
    ...(profileDir ? { userDataDir: profileDir } : {}),
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    protocolTimeout: 120_000,
    // The same window as Chromium's harness, so the panel sits where it does there.
    defaultViewport: { width: 1280, height: 900 },
    // Lets the BiDi session reach moz-extension:// documents (the popup, options, converter frame).
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TZ: options.timezoneId ?? 'Asia/Shanghai' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
      'browser.download.dir': downloadsDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // Nothing a test misses reaches the real network (QSM's host is answered by interception).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
    },
  });
  await browser.installExtension(firefoxExtensionDir);

  const qsm = new FakeQsm();
  const postedBodies = new PostedBodies();
  async function answer(page: Page, request: HTTPRequest): Promise<void> {
    if (request.isInterceptResolutionHandled()) return;
    try {
      if (!request.url().startsWith(`${QSM_ORIGIN}/`)) {
        await request.continue();
        return;
      }
      const method = request.method();
      // A service call is not a form post: answered without its body, which Firefox cannot read here.
      const service = serviceMethod(method, new URL(request.url()).pathname);
      const posted = method === 'POST' && !service ? await postedBodies.bodyOf(page, request) : undefined;
      await request.respond(qsm.answer(method, request.url(), posted));
    } catch (error) {
      // The tab closed while its request was answered, or an extension page's request came before its
      // interception was on: nothing waits for that answer any more.
      if (!String(error).match(/closed|detached|no such|discarded|interception is not enabled/i)) throw error;
    }
  }

  // Interception is per tab: every tab, also one the extension or a page opens, gets the fake server.
  const hooked = new WeakMap<Page, Promise<Page>>();
  function intercept(page: Page): Promise<Page> {
    let hooking = hooked.get(page);
    if (!hooking) {
      page.setDefaultTimeout(30_000);
      page.on('request', (request) => void answer(page, request));
      hooking = postedBodies
        .listen(page)
        .then(() => page.setRequestInterception(true))
        .then(() => page);
      hooked.set(page, hooking);
    }
    return hooking;
  }
  const onTarget = async (target: Target) => {
    const page = await target.page().catch(() => null);
    if (page) await intercept(page).catch(() => undefined);
  };
  browser.on('targetcreated', onTarget);
  /**
   * A new tab, intercepted. Firefox can discard the tab puppeteer asked for while another tab is being
   * made (the extension's own `tabs.create` a moment before: "BrowsingContext does no longer exist");
   * such a tab is asked for again, twice at most.
   */
  const newTab = async (attempt = 1): Promise<Page> => {
    try {
      return await intercept(await browser.newPage());
    } catch (error) {
      if (attempt >= 3 || !/DiscardedBrowsingContext|no such frame/.test(String(error))) throw error;
      return newTab(attempt + 1);
    }
  };

  const harness: FirefoxHarness = {
    browser,
    submissions: qsm.submissions,
    serviceCalls: qsm.serviceCalls,
    downloadsDir,
    setServerData: (data) => qsm.setServerData(data),
    newPage: () => newTab(),
    async openFixture(name, page) {
      const tab = page ?? (await newTab());
      await tab.goto(fixtureUrl(name));
      const started = startedOn(name);
      if (started) await tab.waitForSelector(started);
      return tab;
    },
    async openExtensionPage(path) {
      const page = await newTab();
      const href = extensionUrl(path);
      page.goto(href).catch(() => undefined);
      await waitForDocument(page, href);
      return page;
    },
    async adoptWindow(page) {
      await intercept(page);
      // A window.open tab asks for its document at once: if that request went out before the tab's
      // interception was on, it met the closed proxy port (an error page). Then it is asked again.
      const loaded = async () => {
        if (page.url().startsWith('about:neterror')) return { failed: true };
        return page
          .evaluate(() =>
            document.readyState === 'complete' && location.href !== 'about:blank'
              ? { failed: false }
              : undefined,
          )
          .catch(() => undefined);
      };
      for (let attempt = 0; ; attempt++) {
        const until = Date.now() + 30_000;
        let state = await loaded();
        while (!state) {
          if (Date.now() > until) throw new Error(`the opened window did not load (it shows ${page.url()})`);
          await new Promise((resolve) => setTimeout(resolve, 100));
          state = await loaded();
        }
        if (!state.failed) return page;
        if (attempt > 0) throw new Error(`the opened window failed to load again (${page.url()})`);
        await page.reload();
      }
    },
    async close() {
      browser.off('targetcreated', onTarget);
      await browser.close();
      rmSync(downloadsDir, { recursive: true, force: true });
      if (profileDir && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  if (options.closedShadowRoots) return harness;
  // Selectors pierce open shadow roots only: the extension opens its (closed as shipped) on this flag,
  // which only an extension page can write (components/shadow.ts).
  const setup = await harness.openExtensionPage('popup.html');
  await setup.evaluate(
    (key) => (globalThis as unknown as StorageSetter).browser.storage.local.set({ [key]: true }),
    E2E_OPEN_SHADOW_ROOTS_KEY,
  );
  await setup.close();
  return harness;
}

/** The extension storage API in an extension page (types only; node has no `browser`). */
interface StorageSetter {
  browser: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}
