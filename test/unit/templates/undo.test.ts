// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fillForm, readDraft, restoreForm, snapshotForm } from '../../../lib/qsm';
import { fixturePlan, useForms } from '../helpers/form';
import { type LoadedPage, langs } from '../qsm/page';

const open = useForms();

const plan = fixturePlan();

/** Every value and tick of the form's own controls, by id, to compare whole forms. */
function controls(p: LoadedPage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of Array.from(p.document.querySelectorAll<HTMLInputElement>('input, select'))) {
    if (!el.id || el.type === 'file') continue;
    out[el.id] = el.type === 'radio' || el.type === 'checkbox' ? String(el.checked) : el.value;
  }
  return out;
}

describe.each(langs)('undoing a fill on the %s form', (lang) => {
  it('puts a fresh form back as it was: no coupon, the page’s own date and time', async () => {
    const { p, form } = await open(`coupon-push.${lang}`);
    const before = readDraft(form);
    const raw = controls(p);
    expect(before.draft.coupon).toBeNull();
    expect(before.draft.sendDate).toBe('2026-11-29');

    const snapshot = snapshotForm(form);
    expect(fillForm(form, plan).skipped).toEqual([]);
    await p.settle();
    expect(readDraft(form).draft).not.toEqual(before.draft);

    const result = restoreForm(snapshot);
    expect(result.failed).toBe(0);
    expect(result.restored).toBeGreaterThanOrEqual(7);
    await p.settle();
    expect(readDraft(form)).toEqual(before);
    // The page's own derived fields (coupon details, fan count, enabled dates) followed back too.
    expect(controls(p)).toEqual(raw);
  });
});

describe('undoing a fill over what the seller had entered', () => {
  it('gives back a compensation draft with its coupon, manual goods, date, time and banner', async () => {
    const { p, form } = await open('coupon-push.ja');
    p.byKey<HTMLInputElement>('rdoTypeComp').click();
    const coupon = p.byKey<HTMLSelectElement>('ddlCoupon');
    coupon.value = '1207391';
    p.fire(coupon, 'change');
    p.byKey<HTMLInputElement>('rdoGoodsManual').click();
    const goods = p.byKey<HTMLInputElement>('hdnGoodsNos');
    goods.value = '921676424,921677797';
    const date = p.byKey<HTMLInputElement>('txtSendDate');
    date.value = '2026/11/29';
    p.fire(date, 'change');
    const time = p.byKey<HTMLSelectElement>('ddlSendTime');
    time.value = '21:00';
    p.fire(time, 'change');
    p.byKey<HTMLInputElement>('chkBanner').click();
    p.byKey<HTMLInputElement>('rdoLinkPlan').click();
    await p.settle();
    const before = readDraft(form);
    expect(before.draft).toMatchObject({
      type: 'compensation',
      coupon: { number: '1207391' },
      sendDate: '2026-11-29',
      sendTime: '21:00',
      banner: { enabled: true, link: 'special' },
    });
    const raw = controls(p);

    const snapshot = snapshotForm(form);
    fillForm(form, { ...plan, banner: { enabled: false, link: 'minishop' } });
    await p.settle();
    expect(readDraft(form).draft).toMatchObject({ type: 'ad', items: { mode: 'auto', topN: 8 } });

    expect(restoreForm(snapshot).failed).toBe(0);
    await p.settle();
    expect(readDraft(form)).toEqual(before);
    expect(controls(p)).toEqual(raw);
    // The page shows the compensation rows again, through its own toggle.
    expect(p.byKey('trSendToComp').style.display).toBe('');
    expect(p.byKey('trSendToAd').style.display).toBe('none');
  });

  it('says what it could not put back when the page replaced the form, and never throws', async () => {
    const { p, form } = await open('coupon-push.zh');
    const snapshot = snapshotForm(form);
    fillForm(form, plan);
    const coupon = p.byKey<HTMLSelectElement>('ddlCoupon');
    coupon.replaceWith(coupon.cloneNode(true));
    const result = restoreForm(snapshot);
    expect(result.failed).toBe(1);
    expect(result.restored).toBeGreaterThan(0);
  });
});
