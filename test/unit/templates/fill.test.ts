// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fillForm, findPushForm, readDraft } from '../../../lib/qsm';
import type { PushForm } from '../../../lib/qsm/types';
import { fillPlan, templateFromDraft } from '../../../lib/templates';
import { fixturePlan as plan, useForms } from '../helpers/form';
import { langs, NOW, renameIds } from '../qsm/page';

const open = useForms();

describe.each(langs)('filling the %s push form', (lang) => {
  it('sets every control the plan names, and the page follows', async () => {
    const { p, form } = await open(`coupon-push.${lang}`);
    const result = fillForm(form, plan());
    expect(result).toEqual({
      filled: ['type', 'coupon', 'items', 'audience', 'sendDate', 'sendTime', 'banner'],
      skipped: [],
    });
    await p.settle();
    const { draft, missing } = readDraft(form);
    expect(missing).toEqual([]);
    expect(draft).toMatchObject({
      type: 'ad',
      items: { mode: 'auto', topN: 8 },
      audience: { period: { from: '2026-10-30', to: '2026-11-28' } },
      sendDate: '2026-11-30',
      sendTime: '15:30',
      banner: { enabled: true, link: 'item' },
    });
    // The page's own change handler filled in the coupon's details and recounted the fans.
    expect(draft.coupon?.number).toBe('1207384');
    expect(draft.coupon?.validTo).toMatch(/^2027-01-02T23:59/);
    expect(draft.audience.fanCount).toBeGreaterThan(0);
    expect(draft.audience.fanCount).toBeLessThan(36212);
    expect(p.byKey<HTMLInputElement>('txtSendDate').value).toBe('2026/11/30');
  });

  it('switches to compensation through the page’s own toggle and leaves the fans alone', async () => {
    const { p, form } = await open(`coupon-push.${lang}`);
    const result = fillForm(form, plan({ type: 'compensation', audiencePeriod: null }));
    expect(result.filled).toEqual(['type', 'coupon', 'items', 'sendDate', 'sendTime', 'banner']);
    await p.settle();
    expect(p.byKey('trSendToComp').style.display).toBe('');
    expect(p.byKey('trSendToAd').style.display).toBe('none');
    expect(p.byKey<HTMLInputElement>('rdoRegAll').checked).toBe(true);
    expect(readDraft(form).draft.type).toBe('compensation');
  });
});

describe('what filling cannot do', () => {
  it('skips a coupon that is no longer offered and fills the rest', async () => {
    const { p, form } = await open('coupon-push.zh');
    const result = fillForm(form, plan({ couponNumber: '1199999' }));
    expect(result.skipped).toEqual([{ field: 'coupon', reason: 'coupon-not-offered' }]);
    expect(result.filled).not.toContain('coupon');
    await p.settle();
    expect(readDraft(form).draft.coupon).toBeNull();
    expect(readDraft(form).draft.sendTime).toBe('15:30');
  });

  it('chooses manual goods but leaves the items to QSM’s dialog', async () => {
    const { p, form } = await open('coupon-push.ja');
    const result = fillForm(form, plan({ items: { mode: 'manual', itemIds: ['921676424', '921677797'] } }));
    expect(result.skipped).toEqual([{ field: 'items', reason: 'items-manual-dialog' }]);
    await p.settle();
    expect(p.byKey<HTMLInputElement>('rdoGoodsManual').checked).toBe(true);
    expect(p.byKey('divGoodsLayer').style.display).toBe('none');
    expect(readDraft(form).draft.items).toEqual({ mode: 'manual', itemIds: [] });
  });

  it('reports a send day the calendar does not offer and keeps the date shown', async () => {
    const { p, form } = await open('coupon-push.en');
    const before = p.byKey<HTMLInputElement>('txtSendDate').value;
    const result = fillForm(
      form,
      plan({ sendDate: null, unmet: [{ field: 'sendDate', reason: 'send-day-outside-window' }] }),
    );
    expect(result.skipped).toEqual([{ field: 'sendDate', reason: 'send-day-outside-window' }]);
    expect(p.byKey<HTMLInputElement>('txtSendDate').value).toBe(before);
  });

  it('skips a time the drop-down does not have and a top N out of its list', async () => {
    const { form } = await open('coupon-push.ko');
    const result = fillForm(form, plan({ sendTime: '09:00', items: { mode: 'auto', topN: 20 } }));
    expect(result.skipped).toEqual([
      { field: 'items', reason: 'option-missing' },
      { field: 'sendTime', reason: 'option-missing' },
    ]);
  });

  it('finds the controls by their labels when QSM renames every id', async () => {
    const { p } = await open('coupon-push.zh');
    renameIds(p.document);
    const form = findPushForm(p.document);
    if (!form) throw new Error('form not found after renaming');
    // The fixture's own scripts look their controls up by id, so only what needs no script is asked for.
    expect(fillForm(form, plan({ audiencePeriod: 'all' })).skipped).toEqual([]);
    await p.settle();
    expect(readDraft(form).draft).toMatchObject({
      type: 'ad',
      items: { mode: 'auto', topN: 8 },
      sendDate: '2026-11-30',
      sendTime: '15:30',
      banner: { enabled: true, link: 'item' },
    });
  });

  it('never submits the form, and never throws on a form it cannot reach', async () => {
    const { p, form } = await open('coupon-push.zh');
    let submitted = 0;
    p.document.addEventListener('submit', () => submitted++, true);
    form.controls.apply?.addEventListener('click', () => submitted++);
    fillForm(form, plan());
    const bare: PushForm = { ...form, root: p.document.createElement('div'), rows: {}, controls: {} };
    const result = fillForm(bare, plan());
    expect(result.filled).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(Array(7).fill('control-missing'));
    await p.settle();
    expect(submitted).toBe(0);
  });
});

describe('a template saved from a filled form', () => {
  it('fills a fresh form back to the same draft', async () => {
    const first = await open('coupon-push.zh');
    fillForm(first.form, plan({ banner: { enabled: false, link: 'special' } }));
    await first.p.settle();
    const saved = readDraft(first.form).draft;
    const template = templateFromDraft(saved, 'Weekly', new Date(NOW));
    await first.p.close();

    const fresh = await open('coupon-push.zh');
    expect(readDraft(fresh.form).draft).not.toEqual(saved);
    expect(fillForm(fresh.form, fillPlan(template, new Date(NOW))).skipped).toEqual([]);
    await fresh.p.settle();
    expect(readDraft(fresh.form).draft).toEqual(saved);
  });
});
