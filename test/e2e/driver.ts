/**
 * One flow, both browsers: a small browser-neutral driver over Playwright (Chromium) and
 * puppeteer-core (Firefox). Flows in test/e2e/flows/ use only this; the vitest project picks the
 * browser (QPP_E2E_BROWSER). Selectors are CSS with `>>>` where they cross into a shadow root.
 * Over 300 lines: every browser action the flows use, each written twice (Playwright, puppeteer).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { launchFirefox } from './firefox';
import { launch } from './harness';
import type { Submission } from './qsm-host';

export type BrowserName = 'chromium' | 'firefox';

/** The browser of the running vitest project (`e2e`: Chromium, `e2e-firefox`: Firefox). */
export const browserName: BrowserName = process.env.QPP_E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A document (a tab's page or one of its frames) a flow reads and acts on. */
export interface Scope {
  url(): string;
  /** Clicks the first element matching `selector`, once it is visible. */
  click(selector: string): Promise<void>;
  /** Chooses `value` in a `<select>`. */
  select(selector: string, value: string): Promise<void>;
  /** Types `text` into a field in place of its value. */
  fill(selector: string, text: string): Promise<void>;
  count(selector: string): Promise<number>;
  /** textContent of the first match, or null when nothing matches. */
  text(selector: string): Promise<string | null>;
  texts(selector: string): Promise<string[]>;
  attr(selector: string, name: string): Promise<string | null>;
  attrs(selector: string, name: string): Promise<(string | null)[]>;
  /** A form control's value (`value`) or state (`checked`). */
  value(selector: string): Promise<string>;
  checked(selector: string): Promise<boolean>;
  visible(selector: string): Promise<boolean>;
  waitFor(selector: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs a script's source in the page, as the test tool does (not through the page's `eval`, so an
   * extension page's CSP does not stop it): for injecting axe-core.
   */
  run(source: string): Promise<void>;
  /** Puts files into an `<input type=file>` as the file picker does. */
  setFiles(selector: string, files: PickedFile[]): Promise<void>;
  /** Drops a file on an element: a `drop` event carrying a DataTransfer, as a browser sends it. */
  drop(selector: string, file: PickedFile): Promise<void>;
}

export interface Tab extends Scope {
  /** The frame whose URL contains `part`, once it exists and shows `selector`. */
  frame(part: string, selector: string): Promise<Scope>;
  press(key: string): Promise<void>;
  /** The size of the page's window (the layout tests try 1024×768 and 1280×900). */
  setViewport(size: { width: number; height: number }): Promise<void>;
  reload(): Promise<void>;
  /** The window the page opens (window.open) while `open` runs, once its document has loaded. */
  opened(open: () => Promise<void>): Promise<Tab>;
  /**
   * Settles once this tab has closed, also when its own page closes it (window.close()). Ask before
   * whatever closes it.
   */
  closed(): Promise<void>;
  close(): Promise<void>;
  /** The file the page saves while `start` runs (a link's download): its name and its bytes. */
  download(start: () => Promise<void>): Promise<SavedFile>;
}

export interface SavedFile {
  name: string;
  bytes: Buffer;
}

export interface Driver {
  browser: BrowserName;
  submissions: Submission[];
  /** The JSON service methods QSM's pages called (answered by the fake server). */
  serviceCalls: string[];
  setServerData(data: Record<string, unknown>): void;
  openFixture(name: string): Promise<Tab>;
  openExtensionPage(path: string): Promise<Tab>;
  close(): Promise<void>;
}

export interface DriverOptions {
  locale?: string;
  timezoneId?: string;
  /** The extension's shadow roots closed, as it ships (selectors then cannot pierce them). */
  closedShadowRoots?: boolean;
  /** A profile to start in and keep on close, to start the browser again in it (`newProfileDir`). */
  profileDir?: string;
}

/** A directory for a profile a test starts the browser in more than once; the test removes it. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'qpp-restart-'));
}

export function launchDriver(options: DriverOptions = {}): Promise<Driver> {
  return browserName === 'firefox' ? firefoxDriver(options) : chromiumDriver(options);
}

/** Polls `find` (every 100 ms, for up to 30 s) until it finds something. */
async function poll<T>(find: () => T | undefined | Promise<T | undefined>, failure: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const dropFile = async (
  target: { evaluate: Scope['evaluate'] },
  selector: string,
  { name, mimeType, buffer }: PickedFile,
) => {
  // Puppeteer selectors (`>>>`) do not work in querySelector; the drop zone is in the document itself.
  await target.evaluate(
    ({ selector, name, mimeType, data }) => {
      const zone = document.querySelector(selector);
      if (!zone) throw new Error(`nothing to drop on: ${selector}`);
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type: mimeType }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { selector, name, mimeType, data: Array.from(buffer) },
  );
};

// Playwright's CSS already pierces open shadow roots, so `>>>` is a plain descendant there.
const pw = (selector: string) => selector.replace(/\s*>>>\s*/g, ' ');

function playwrightScope(page: PlaywrightPage | PlaywrightFrame): Scope {
  const all = (selector: string) => page.$$(pw(selector));
  const scope: Scope = {
    url: () => page.url(),
    click: (selector) => page.locator(pw(selector)).first().click(),
    select: async (selector, value) => {
      await page.selectOption(pw(selector), value);
    },
    fill: (selector, text) => page.locator(pw(selector)).first().fill(text),
    count: async (selector) => (await all(selector)).length,
    text: async (selector) => (await page.$(pw(selector)))?.textContent() ?? null,
    texts: async (selector) =>
      Promise.all((await all(selector)).map(async (el) => (await el.textContent()) ?? '')),
    attr: async (selector, name) => (await page.$(pw(selector)))?.getAttribute(name) ?? null,
    attrs: async (selector, name) => Promise.all((await all(selector)).map((el) => el.getAttribute(name))),
    value: (selector) => page.$eval(pw(selector), (el) => (el as HTMLInputElement).value),
    checked: (selector) => page.$eval(pw(selector), (el) => (el as HTMLInputElement).checked),
    visible: async (selector) => (await page.$(pw(selector)))?.isVisible() ?? false,
    waitFor: async (selector) => {
      await page.waitForSelector(pw(selector));
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as unknown as (arg: unknown) => R, arg) as Promise<R>,
    run: async (source) => {
      await page.evaluate(source);
    },
    setFiles: (selector, files) => page.setInputFiles(pw(selector), files),
    drop: (selector, file) => dropFile(scope, selector, file),
  };
  return scope;
}

function playwrightTab(page: PlaywrightPage): Tab {
  return {
    ...playwrightScope(page),
    async frame(part, selector) {
      const found = await poll(
        () => page.frames().find((f) => f.url().includes(part)),
        `no frame at ${part}`,
      );
      await found.waitForSelector(pw(selector));
      return playwrightScope(found);
    },
    press: (key) => page.keyboard.press(key),
    setViewport: (size) => page.setViewportSize(size),
    reload: async () => {
      await page.reload();
    },
    async opened(open) {
      const [popup] = await Promise.all([page.waitForEvent('popup'), open()]);
      await popup.waitForLoadState();
      return playwrightTab(popup);
    },
    closed: async () => {
      if (!page.isClosed()) await page.waitForEvent('close');
    },
    close: () => page.close(),
    async download(start) {
      const [download] = await Promise.all([page.waitForEvent('download'), start()]);
      return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
    },
  };
}

/**
 * The one file Firefox saved into `dir` (its download folder, asked nothing: firefox.ts) since
 * `before`, once whole: while saving, Firefox keeps an empty file of that name beside a `.part`.
 */
function savedSince(dir: string, before: ReadonlySet<string>): SavedFile | undefined {
  const names = readdirSync(dir);
  if (names.some((name) => name.endsWith('.part'))) return undefined;
  const fresh = names.filter((name) => !before.has(name));
  const [name] = fresh;
  if (fresh.length !== 1 || !name || statSync(join(dir, name)).size === 0) return undefined;
  return { name, bytes: readFileSync(join(dir, name)) };
}

async function chromiumDriver({ profileDir, ...options }: DriverOptions): Promise<Driver> {
  const harness = await launch({ ...options, ...(profileDir ? { profile: profileDir } : {}) });
  return {
    browser: 'chromium',
    submissions: harness.submissions,
    serviceCalls: harness.serviceCalls,
    setServerData: (data) => harness.setServerData(data),
    openFixture: async (name) => playwrightTab(await harness.openFixture(name)),
    openExtensionPage: async (path) => playwrightTab(await harness.openExtensionPage(path)),
    close: () => harness.close(),
  };
}

/**
 * Types into a field as Playwright's fill does: focus, the value replaced, one input event. (Puppeteer's
 * Locator.fill times out in Firefox 140, in extension pages and shadow roots alike.)
 */
async function fillIn(page: PuppeteerPage | PuppeteerFrame, selector: string, text: string): Promise<void> {
  const field = await page.waitForSelector(selector, { visible: true });
  if (!field) throw new Error(`no field at ${selector}`);
  await field.evaluate((el, value) => {
    const input = el as HTMLTextAreaElement | HTMLInputElement;
    input.focus();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
  }, text);
}

function puppeteerScope(page: PuppeteerPage | PuppeteerFrame, filesDir: string): Scope {
  const scope: Scope = {
    url: () => page.url(),
    click: (selector) => page.locator(selector).click(),
    select: async (selector, value) => {
      await page.waitForSelector(selector);
      await page.select(selector, value);
    },
    fill: (selector, text) => fillIn(page, selector, text),
    count: async (selector) => (await page.$$(selector)).length,
    text: async (selector) => {
      const el = await page.$(selector);
      return el ? el.evaluate((node) => node.textContent) : null;
    },
    texts: async (selector) =>
      Promise.all((await page.$$(selector)).map((el) => el.evaluate((node) => node.textContent ?? ''))),
    attr: async (selector, name) => {
      const el = await page.$(selector);
      return el ? el.evaluate((node, n) => node.getAttribute(n), name) : null;
    },
    attrs: async (selector, name) =>
      Promise.all(
        (await page.$$(selector)).map((el) => el.evaluate((node, n) => node.getAttribute(n), name)),
      ),
    value: (selector) => page.$eval(selector, (el) => (el as HTMLInputElement).value),
    checked: (selector) => page.$eval(selector, (el) => (el as HTMLInputElement).checked),
    visible: async (selector) => (await (await page.$(selector))?.isVisible()) ?? false,
    waitFor: async (selector) => {
      await page.waitForSelector(selector);
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as unknown as (arg: unknown) => R, arg) as Promise<R>,
    run: async (source) => {
      await page.evaluate(source);
    },
    async setFiles(selector, picked) {
      // Firefox takes files by path, and names and types them from that path.
      const dir = mkdtempSync(join(filesDir, 'pick-'));
      const paths = picked.map(({ name, buffer }) => {
        const path = join(dir, name);
        writeFileSync(path, buffer);
        return path;
      });
      const input = await page.waitForSelector(selector);
      if (!input) throw new Error(`no file input at ${selector}`);
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...paths);
    },
    drop: (selector, file) => dropFile(scope, selector, file),
  };
  return scope;
}

/**
 * A frame of a Firefox tab. Firefox 140's BiDi cannot locate an element inside a frame
 * (`browsingContext.locateNodes` with a context locator), so puppeteer's clicks there fail, and a
 * mouse click at the element's place on the page does not reach an out-of-process moz-extension
 * frame either. In frames, a click is the element's own `click()` (an untrusted click event).
 */
function puppeteerFrameScope(frame: PuppeteerFrame, href: string, filesDir: string): Scope {
  const scope = puppeteerScope(frame, filesDir);
  return {
    ...scope,
    url: () => href,
    async click(selector) {
      await frame.waitForSelector(selector, { visible: true });
      await frame.$eval(selector, (el) => (el as HTMLElement).click());
    },
  };
}

/**
 * Clicks with the tab's mouse at the element's centre. Puppeteer's Locator.click times out on a
 * moz-extension page in Firefox 140 (it cannot locate the node there); the mouse itself works.
 */
async function mouseClick(page: PuppeteerPage, selector: string): Promise<void> {
  const target = await page.waitForSelector(selector, { visible: true });
  if (!target) throw new Error(`nothing to click at ${selector}`);
  const { x, y } = await target.evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
  });
  await page.mouse.click(x, y);
}

function puppeteerTab(
  page: PuppeteerPage,
  filesDir: string,
  adoptWindow: (page: PuppeteerPage) => Promise<PuppeteerPage>,
  downloadsDir: string,
  extensionPage = false,
): Tab {
  const scope = puppeteerScope(page, filesDir);
  return {
    ...scope,
    click: extensionPage ? (selector) => mouseClick(page, selector) : scope.click,
    async frame(part, selector) {
      // A moz-extension frame keeps `about:blank` as its url() in puppeteer; its document knows better.
      const hrefOf = (frame: PuppeteerFrame) => frame.evaluate(() => location.href).catch(() => '');
      const found = await poll(async () => {
        for (const frame of page.frames()) {
          const href = await hrefOf(frame);
          if (href.includes(part)) return { frame, href };
        }
        return undefined;
      }, `no frame at ${part}`);
      await found.frame.waitForSelector(selector);
      return puppeteerFrameScope(found.frame, found.href, filesDir);
    },
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    async setViewport(size) {
      // Firefox ESR's BiDi has no screen-orientation override, which puppeteer sends beside the size.
      await page.setViewport(size).catch((error: unknown) => {
        if (!String(error).includes('setScreenOrientationOverride')) throw error;
      });
    },
    async reload() {
      if (!extensionPage) {
        await page.reload();
        return;
      }
      // Like goto(), reload() of an extension page never resolves: mark the old document, await a new one.
      await page.evaluate(() => {
        (globalThis as { qppOldDocument?: boolean }).qppOldDocument = true;
        location.reload();
      });
      // (waitForFunction would build a Function, which the extension's CSP blocks.)
      await poll(
        () =>
          page
            .evaluate(
              () =>
                !(globalThis as { qppOldDocument?: boolean }).qppOldDocument &&
                document.readyState === 'complete',
            )
            .then(
              (fresh) => (fresh ? true : undefined),
              () => undefined,
            ),
        'the extension page did not reload',
      );
    },
    async opened(open) {
      const [popup] = await Promise.all([
        new Promise<PuppeteerPage | null>((resolve) => page.once('popup', resolve)),
        open(),
      ]);
      if (!popup) throw new Error('the page opened a window the browser does not show');
      return puppeteerTab(await adoptWindow(popup), filesDir, adoptWindow, downloadsDir);
    },
    closed: () =>
      poll(() => (page.isClosed() ? true : undefined), 'the tab did not close').then(() => undefined),
    close: () => page.close(),
    async download(start) {
      const before = new Set(readdirSync(downloadsDir));
      await start();
      return poll(() => savedSince(downloadsDir, before), 'Firefox saved no file');
    },
  };
}

async function firefoxDriver(options: DriverOptions): Promise<Driver> {
  const harness = await launchFirefox(options);
  const filesDir = mkdtempSync(join(tmpdir(), 'qpp-ff-files-'));
  return {
    browser: 'firefox',
    submissions: harness.submissions,
    serviceCalls: harness.serviceCalls,
    setServerData: (data) => harness.setServerData(data),
    openFixture: async (name) =>
      puppeteerTab(await harness.openFixture(name), filesDir, harness.adoptWindow, harness.downloadsDir),
    async openExtensionPage(path) {
      return puppeteerTab(
        await harness.openExtensionPage(path),
        filesDir,
        harness.adoptWindow,
        harness.downloadsDir,
        true,
      );
    },
    async close() {
      await harness.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
