// @vitest-environment happy-dom
/**
 * The push form and its history read by what they are, whatever QSM calls them (issue 19): every
 * push-form fixture in every wording variant (test/fixtures/qsm/variants.mjs: made-up words, image
 * buttons, __doPostBack links, each language's other plausible words). The element the adapter must
 * find is the one the fixture marks `data-fixture="apply|history|preview"`, an attribute it never reads.
 */
import { describe, expect, it } from 'vitest';
import { findHistoryDialog, findPushForm } from '../../../lib/qsm';
import type { HistoryRow } from '../../../lib/qsm/types';
import { pushStatusSchema } from '../../../lib/schema';
import {
  applyVariant,
  changesStatusWords,
  type FixtureLang,
  type VariantId,
  variantsFor,
} from '../../fixtures/qsm/variants.mjs';
import { fixtureHtml, type LoadedPage, NOW, usePages } from './page';

const open = usePages();

/** Every push-form fixture and its language. */
const pages: [string, FixtureLang][] = [
  ['coupon-push.zh', 'zh'],
  ['coupon-push.ja', 'ja'],
  ['coupon-push.en', 'en'],
  ['coupon-push.ko', 'ko'],
  ['coupon-push-real.zh', 'zh'],
  ['coupon-push-real.ja', 'ja'],
  ['coupon-push-real.en', 'en'],
];
const cases = pages.flatMap(([name, lang]) =>
  variantsFor(lang).map((id): [string, FixtureLang, VariantId] => [name, lang, id]),
);

const isReal = (name: string) => name.startsWith('coupon-push-real');
/** The real-structure pages' service answers only when the test releases it (page-real.js). */
const serverFor = (name: string) => (isReal(name) ? { now: NOW, service: 'hold' } : { now: NOW });

function openVariant(name: string, lang: FixtureLang, id: VariantId | null): Promise<LoadedPage> {
  const html = fixtureHtml(name, serverFor(name));
  return open(name, { html: id === null ? html : applyVariant(html, lang, id) });
}

function marked(p: LoadedPage, role: 'apply' | 'history' | 'preview'): HTMLElement {
  const found = p.document.querySelector<HTMLElement>(`[data-fixture="${role}"]`);
  if (!found) throw new Error(`no control marked ${role}`);
  return found;
}

/** Opens the history as the seller does (its own control), and lets the page fill it. */
async function openHistory(p: LoadedPage, name: string): Promise<void> {
  marked(p, 'history').click();
  if (isReal(name)) (p.window as unknown as { QSM_release(): void }).QSM_release();
  await p.settle();
}

interface Push {
  couponNumber: string;
  sendAt: string;
  status: string;
}
const byPush = (a: Push, b: Push) =>
  `${a.couponNumber}@${a.sendAt}@${a.status}`.localeCompare(`${b.couponNumber}@${b.sendAt}@${b.status}`);
const pushesOf = (rows: readonly HistoryRow[]): Push[] =>
  rows.map(({ couponNumber, sendAt, status }) => ({ couponNumber, sendAt, status })).sort(byPush);

/** What each original page's history reads as, once per page: the reference for its variants. */
const originals = new Map<string, Promise<Push[]>>();
function original(name: string, lang: FixtureLang): Promise<Push[]> {
  let read = originals.get(name);
  if (!read) {
    read = (async () => {
      const p = await openVariant(name, lang, null);
      await openHistory(p, name);
      return pushesOf(findHistoryDialog(p.document)?.rows ?? []);
    })();
    originals.set(name, read);
  }
  return read;
}

describe.each(cases)('%s as variant %s/%s', (name, lang, id) => {
  it('is found, its apply control the page’s own, history and preview never taken for it', async () => {
    const p = await openVariant(name, lang, id);
    const form = findPushForm(p.document);
    expect(form, 'the push form').not.toBeNull();
    if (!form) return;
    expect(form.controls.apply, 'the apply control').toBe(marked(p, 'apply'));
    for (const role of ['history', 'preview'] as const) {
      const found = form.controls[role];
      // Not finding history or preview is allowed; finding the wrong element is not.
      if (found) expect(marked(p, role).contains(found), `${role} is the ${role} control`).toBe(true);
    }
  });

  it('reads the history as on the original page, keeping rows whose status word is unknown', async () => {
    const before = await original(name, lang);
    // The original page reads all of its sample history: 5 on the cancel tab, 3 + 2 on the others.
    expect(before).toHaveLength(10);
    const p = await openVariant(name, lang, id);
    await openHistory(p, name);
    const dialog = findHistoryDialog(p.document);
    expect(dialog, 'the history dialog').not.toBeNull();
    const rows = dialog?.rows ?? [];
    const after = pushesOf(rows);
    expect(after.length, 'rows read').toBe(before.length);
    expect(after.map(({ couponNumber, sendAt }) => [couponNumber, sendAt])).toEqual(
      before.map(({ couponNumber, sendAt }) => [couponNumber, sendAt]),
    );
    const now = Date.parse(NOW);
    for (const row of rows) {
      expect(pushStatusSchema.options).toContain(row.status);
      // A push still to be sent is scheduled, whatever word the page uses for it.
      if (Date.parse(row.sendAt) > now)
        expect(row.status, `${row.couponNumber} at ${row.sendAt}`).toBe('scheduled');
    }
    // Where the status words are the page's own, every status reads as on the original page.
    if (!changesStatusWords(id)) expect(after).toEqual(before);
  });
});

describe('the variants', () => {
  it('change the page and keep one marked control of each kind', () => {
    for (const [name, lang, id] of cases) {
      const html = fixtureHtml(name);
      const changed = applyVariant(html, lang, id);
      expect(changed, `${name} ${id}`).not.toBe(html);
      for (const role of ['apply', 'history', 'preview']) {
        expect(changed.split(`data-fixture="${role}"`).length - 1, `${name} ${id} ${role}`).toBe(1);
      }
    }
  });

  // Without the adapter: each variant page still shows its ten history rows once the history opens.
  it.each(cases)(
    '%s as %s/%s shows the whole history when its own control opens it',
    async (name, lang, id) => {
      const p = await openVariant(name, lang, id);
      await openHistory(p, name);
      const pushRows = Array.from(p.document.querySelectorAll('tr')).filter((row) => {
        const cells = Array.from(row.children, (cell) => cell.textContent?.trim() ?? '');
        return (
          cells.some((text) => /^\d{7}$/.test(text)) &&
          cells.some((text) => /^\d{4}\/\d\d\/\d\d \d\d:\d\d$/.test(text))
        );
      });
      expect(pushRows).toHaveLength(10);
    },
  );

  it('throw on a page without the words or the marks', () => {
    const ja = fixtureHtml('coupon-push.ja');
    // Another language's words are not on the page: the variant says so rather than changing nothing.
    expect(() => applyVariant(ja, 'zh', 'random')).toThrow();
    expect(() => applyVariant(ja.replace('data-fixture="apply"', ''), 'ja', 'links')).toThrow();
  });
});
