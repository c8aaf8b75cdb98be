/**
 * Loads a QSM fixture into its own happy-dom window with the page's inline scripts running, the way
 * the browser shows it, with the server clock fixed through the page's data island.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterEach } from 'vitest';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/qsm');

/** Saturday 2026-11-28 09:00 JST: D+1..D+3 are 11/29, 11/30, 12/01. */
export const NOW = '2026-11-28T09:00:00+09:00';
export const langs = ['zh', 'ja', 'en', 'ko'] as const;
export const P = 'ctl00_ContentPlaceHolder1_';

export interface LoadedPage {
  window: Window;
  document: Document;
  /** The element with QSM's id `ctl00_ContentPlaceHolder1_<key>`. */
  byKey<T extends HTMLElement = HTMLElement>(key: string): T;
  /** Dispatches an event the way a seller's edit does (bubbling), from the page's own window. */
  fire(target: EventTarget, type: string): void;
  /** Lets timers, file reads and the adapter's coalesced read run. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export function fixtureHtml(name: string, server: Record<string, unknown> = { now: NOW }): string {
  const html = readFileSync(join(fixtures, `${name}.html`), 'utf8');
  return html.replace(
    '<script type="application/json" id="qsmServerData">{}</script>',
    `<script type="application/json" id="qsmServerData">${JSON.stringify(server)}</script>`,
  );
}

export async function loadPage(
  name: string,
  options: { scripts?: boolean; server?: Record<string, unknown>; html?: string } = {},
): Promise<LoadedPage> {
  const window = new Window({
    url: `https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/${name}.aspx`,
    settings: {
      enableJavaScriptEvaluation: options.scripts ?? true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      navigation: { disableMainFrameNavigation: true },
    },
  });
  window.document.write(options.html ?? fixtureHtml(name, options.server));
  await window.happyDOM.waitUntilComplete();
  const document = window.document as unknown as Document;
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await window.happyDOM.waitUntilComplete();
    }
  };
  return {
    window,
    document,
    byKey<T extends HTMLElement>(key: string) {
      const found = document.getElementById(P + key);
      if (!found) throw new Error(`no element ${P}${key} in ${name}`);
      return found as T;
    },
    fire(target, type) {
      target.dispatchEvent(new window.Event(type, { bubbles: true }) as unknown as Event);
    },
    settle,
    close: () => window.happyDOM.close(),
  };
}

/** For one test file: opens fixture pages, and closes every page a test opened once it ends. */
export function usePages(): (name: string, options?: Parameters<typeof loadPage>[1]) => Promise<LoadedPage> {
  const opened: LoadedPage[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close()));
  });
  return async (name, options) => {
    const page = await loadPage(name, options);
    opened.push(page);
    return page;
  };
}

/** Rewrites every id and name of the document, as if QSM renamed its controls (labels' `for` go stale). */
export function renameIds(document: Document): void {
  let n = 0;
  for (const el of Array.from(document.querySelectorAll('[id], [name]'))) {
    n += 1;
    if (el.hasAttribute('id')) el.setAttribute('id', `renamed_${n}`);
    if (el.hasAttribute('name')) el.setAttribute('name', `f$${n}`);
  }
}

/** Sets the words of every row label of the form table; `word(rowId)` says which, null keeps it. */
export function relabel(p: LoadedPage, word: (rowId: string, n: number) => string | null): number {
  const rows = Array.from(
    p.byKey('tblCouponPush').querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr'),
  );
  let changed = 0;
  rows.forEach((row, n) => {
    const head = row.cells[0];
    const next = word(row.id.replace(/^.*_/, ''), n);
    if (!head || next === null) return;
    // The banner's label cell holds its checkbox: only the words change.
    const target = head.querySelector('label') ?? head;
    target.textContent = next;
    changed += 1;
  });
  return changed;
}
