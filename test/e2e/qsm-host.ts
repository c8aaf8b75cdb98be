/**
 * QSM's host as the e2e browsers see it, shared by the Chromium and the Firefox harness: fixture pages
 * at their QSM URLs with the server data a test set, the form's posts recorded and answered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICE_ANSWER, serviceMethod } from '../../backend/services.ts';
import { applyVariant, type FixtureLang } from '../fixtures/qsm/variants.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = join(root, 'test/fixtures/qsm');
/** Where fixture pages appear in the browser: a path under QSM's real host. */
export const QSM_BASE = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/';
export const QSM_ORIGIN = 'https://qsm.qoo10.jp';

export function fixtureUrl(name: string): string {
  return `${QSM_BASE}${name}.aspx`;
}

/** `coupon-push.ja~links` is coupon-push.ja.html as wording variant `links` (test/fixtures/qsm/variants.mjs). */
const VARIANT = '~';

/**
 * What shows that the extension has started on a fixture that is a push form: its panel. Opening one
 * waits for it, so a test acts as a seller does, on a page the extension is already watching; a test
 * that changed a field before the content script had started (on a busy machine) saw no finding there,
 * since a field's findings show once the seller has changed it and that change came too early.
 */
export function startedOn(name: string): string | null {
  // A wording variant (`<fixture>~<variant>`) is a test of whether the extension starts: its flow waits.
  if (name.includes(VARIANT)) return null;
  return name.startsWith('coupon-push') ? '[data-qpp="panel"]' : null;
}

/** A fixture's HTML, as the variant its name asks for. */
function fixturePage(name: string): string | null {
  const [file = '', variant] = name.split(VARIANT);
  const path = join(fixturesDir, `${file}.html`);
  if (!file || file.includes('..') || !existsSync(path)) return null;
  const html = readFileSync(path, 'utf8');
  if (variant === undefined) return html;
  const lang = /\.(zh|ja|en|ko)$/.exec(file)?.[1] as FixtureLang | undefined;
  if (!lang) return null;
  return applyVariant(html, lang, variant);
}

/** What the fake QSM server saw posted (the form's own submits). */
export interface Submission {
  url: string;
  fields: URLSearchParams;
}

export interface FakeResponse {
  status: number;
  contentType: string;
  body: string;
}

const DATA_ISLAND = '<script type="application/json" id="qsmServerData">{}</script>';

/** The first browser found among `candidates`, or an error that says how to get one. */
export function findBrowser(candidates: (string | undefined)[], remedy: string): string {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(remedy);
  return found;
}

/** The fake QSM server: one per browser, answering every request its route or interception sees. */
export class FakeQsm {
  readonly submissions: Submission[] = [];
  /** The JSON service methods the pages called, in order (`GetShopCouponList`, …). */
  readonly serviceCalls: string[] = [];
  private serverData = '{}';

  /**
   * What the server renders into the next pages it serves (see test/fixtures/qsm/page.js: now,
   * shopName, fans, coupons, history). `{}` gives the fixture's own sample data.
   */
  setServerData(data: Record<string, unknown>): void {
    this.serverData = JSON.stringify(data);
  }

  answer(method: string, href: string, postBody: string | undefined): FakeResponse {
    const url = new URL(href);
    const service = serviceMethod(method, url.pathname);
    if (service) {
      this.serviceCalls.push(service);
      return {
        status: 200,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify(SERVICE_ANSWER),
      };
    }
    if (method === 'POST') {
      this.submissions.push({ url: url.href, fields: new URLSearchParams(postBody ?? '') });
      return {
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html><body><p id="posted">OK</p></body></html>',
      };
    }
    const name = url.pathname.startsWith('/GMKT.INC.Gsm.Web/')
      ? url.pathname.slice('/GMKT.INC.Gsm.Web/'.length).replace(/\.aspx$/, '')
      : '';
    const page = name ? fixturePage(decodeURIComponent(name)) : null;
    if (page === null) {
      return { status: 404, contentType: 'text/plain', body: `no fixture for ${url.pathname}` };
    }
    const island = `<script type="application/json" id="qsmServerData">${this.serverData.replaceAll('<', '\\u003c')}</script>`;
    const html = page.replace(DATA_ISLAND, () => island);
    return { status: 200, contentType: 'text/html; charset=utf-8', body: html };
  }
}

const HOUR_MS = 3_600_000;

/**
 * What the fixture history's first push (sent at 14:00 JST two days from today, page.js) has left to
 * cancel at `now`: its deadline is 14:00 JST tomorrow, so between 10 and 34 hours depending on the hour.
 */
export function fixtureFirstPushLeftMs(now: number): number {
  const jstDay = Math.floor((now + 9 * HOUR_MS) / (24 * HOUR_MS));
  return (jstDay + 1) * 24 * HOUR_MS + 14 * HOUR_MS - 9 * HOUR_MS - now;
}

/** A countdown's duration in ms, from `1d 21:22:01 left to cancel` or `21:22:01 left to cancel`. */
export function countdownMs(text: string | null): number {
  const match = /^(?:(\d+)d )?(\d\d):(\d\d):(\d\d) left to cancel$/.exec(text ?? '');
  if (!match) return Number.NaN;
  const [, days = '0', h, m, s] = match;
  return ((Number(days) * 24 + Number(h)) * 3600 + Number(m) * 60 + Number(s)) * 1000;
}
