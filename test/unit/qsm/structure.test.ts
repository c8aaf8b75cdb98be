// @vitest-environment happy-dom
/**
 * Structure before words: each fixture, with its row labels replaced by words the adapter has never
 * seen, or by another wording a language may use, still reads to the same draft.
 */
import { describe, expect, it } from 'vitest';
import { fillForm, findPushForm, readDraft } from '../../../lib/qsm';
import { fuzzyLabel, rowLabels } from '../../../lib/qsm/labels';
import { fixturePlan } from '../helpers/form';
import { type LoadedPage, langs, relabel, usePages } from './page';

const open = usePages();

/** Row key (the fixture's `tr` id suffix) → another wording of its label, per language. */
const alternatives: Record<(typeof langs)[number], Record<string, string>> = {
  zh: { trType: '推送类型', trSendTime: '推送日期时间', trBanner: '横幅图片设置', trSendToAd: '推送对象' },
  ja: { trType: 'プッシュ種別', trSendTime: '配信日時', trBanner: 'バナー画像設定', trSendToAd: '配信先' },
  en: {
    trType: 'Kind of push',
    trSendTime: 'Delivery date',
    trBanner: 'Banner image',
    trSendToAd: 'Audience',
  },
  ko: { trType: '푸시 종류', trSendTime: '발송일시', trBanner: '배너 이미지', trSendToAd: '대상' },
};

/** A form as a seller leaves it half way: coupon chosen, banner ticked, link and time changed. */
function edit(p: LoadedPage, type: 'ad' | 'compensation'): void {
  const coupon = p.byKey<HTMLSelectElement>('ddlCoupon');
  coupon.value = '1207391';
  p.fire(coupon, 'change');
  if (type === 'compensation') p.byKey<HTMLInputElement>('rdoTypeComp').click();
  p.byKey<HTMLInputElement>('chkBanner').click();
  p.byKey<HTMLInputElement>('rdoLinkGoods').click();
  const time = p.byKey<HTMLSelectElement>('ddlSendTime');
  time.value = '14:30';
  p.fire(time, 'change');
  const topN = p.byKey<HTMLSelectElement>('ddlGoodsTopN');
  topN.value = '9';
  p.fire(topN, 'change');
}

function readAll(p: LoadedPage) {
  const form = findPushForm(p.document);
  if (!form) throw new Error('form not found');
  return {
    lang: form.lang,
    rows: Object.keys(form.rows).sort(),
    missing: form.missing,
    read: readDraft(form),
  };
}

describe.each(langs)('the %s form with its labels replaced', (lang) => {
  it.each(['ad', 'compensation'] as const)('reads a %s draft the same with unknown words', async (type) => {
    const p = await open(`coupon-push.${lang}`);
    edit(p, type);
    const before = readAll(p);
    expect(before.missing).toEqual([]);
    expect(relabel(p, (_row, n) => `Zeile ${n + 1} ⟡`)).toBeGreaterThanOrEqual(9);
    const after = readAll(p);
    expect(after).toEqual(before);
    expect(after.read.draft.type).toBe(type);
    expect(after.read.draft.sendTime).toBe('14:30');
    expect(after.read.draft.banner).toEqual({ enabled: true, image: null, link: 'item' });
    expect(after.read.draft.items).toEqual({ mode: 'auto', topN: 9 });
  });

  it('reads the same with another wording the language may use', async () => {
    const p = await open(`coupon-push.${lang}`);
    edit(p, 'ad');
    const before = readAll(p);
    const words = alternatives[lang];
    expect(relabel(p, (row) => words[row] ?? null)).toBe(Object.keys(words).length);
    expect(readAll(p)).toEqual(before);
  });

  it('fills the form from a template with its labels unknown, as with its own', async () => {
    const p = await open(`coupon-push.${lang}`);
    relabel(p, (_row, n) => `#${n}`);
    const form = findPushForm(p.document) ?? fail();
    const result = fillForm(form, fixturePlan());
    expect(result.skipped).toEqual([]);
    const { draft } = readDraft(findPushForm(p.document) ?? fail());
    expect(draft).toMatchObject({
      type: 'ad',
      coupon: { number: '1207384' },
      items: { mode: 'auto', topN: 8 },
      audience: { period: { from: '2026-10-30', to: '2026-11-28' } },
      sendDate: '2026-11-30',
      sendTime: '15:30',
      banner: { enabled: true, link: 'item' },
    });
  });

  it('still finds the form when its labels say nothing, with the page as it loads', async () => {
    const p = await open(`coupon-push.${lang}`);
    const before = readAll(p);
    relabel(p, () => '—');
    expect(readAll(p)).toEqual(before);
  });
});

describe('loose label matching', () => {
  it('takes a near wording and refuses an unrelated one', () => {
    expect(fuzzyLabel('配信日時', rowLabels.sendTime)).toBe(true);
    expect(fuzzyLabel('バナー画像設定', rowLabels.banner)).toBe(true);
    expect(fuzzyLabel('Sending date/time', rowLabels.sendTime)).toBe(true);
    expect(fuzzyLabel('发送至', rowLabels.sendTime)).toBe(false);
    expect(fuzzyLabel('商品番号一覧表示', rowLabels.goods)).toBe(false);
    expect(fuzzyLabel('x', rowLabels.type)).toBe(false);
  });
});

describe('a page that only looks like the form in places', () => {
  it('is not taken for the push form on the strength of one time select', async () => {
    const p = await open('other-page.zh', {
      html: `<html><body><table>
<tr><th>A</th><td><select>${Array.from({ length: 25 }, (_, i) => `<option>${String(10 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}</option>`).join('')}</select></td></tr>
<tr><th>B</th><td><input type="text"></td></tr>
</table></body></html>`,
    });
    expect(findPushForm(p.document)).toBeNull();
  });
});

function fail(): never {
  throw new Error('form not found');
}
