// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPushForm } from '../../../lib/qsm';
import { usePages } from './page';

const open = usePages();

const history = `<input type="button" value="申請履歴" onclick="showLayer('hist')" data-role="history">`;
const preview = `<input type="button" value="プレビュー" onclick="showLayer('prev')" data-role="preview">`;
const postBack = (target: string) => `javascript:__doPostBack('ctl00$ContentPlaceHolder1$${target}','')`;

/** Ten apply controls a QSM page plausibly draws, each with the page's other buttons beside it. */
const applyControls: [string, string][] = [
  ['a polite verb', `<input type="submit" value="申請する" data-role="apply">${history}${preview}`],
  [
    'a longer phrase',
    `<input type="submit" value="この内容で申請する" data-role="apply">${history}${preview}`,
  ],
  [
    'another verb, as a postback link',
    `<a href="${postBack('lnkRegist')}" data-role="apply">申込む</a>${history}${preview}`,
  ],
  [
    'an image with alt text',
    `<input type="image" src="/img/btn_apply.gif" alt="申請" data-role="apply">${history}${preview}`,
  ],
  [
    'an image without alt text',
    `<input type="image" src="/img/b01.gif" data-role="apply"><img src="/img/b02.gif" onclick="window.open('hist')" data-role="history"><img src="/img/b03.gif" onclick="showLayer('p')" data-role="preview">`,
  ],
  [
    'an image in a postback link',
    `<a href="${postBack('LinkButton1')}" data-role="apply"><img src="/img/b01.gif"></a><a href="#" onclick="window.open('hist')" data-role="history"><img src="/img/b02.gif"></a>`,
  ],
  ['an English button', `<button type="submit" data-role="apply">Submit</button>${history}${preview}`],
  [
    'Korean, posting back from its onclick',
    `<input type="button" value="신청하기" onclick="${postBack('btn1').replace('javascript:', '')}" data-role="apply">${history}${preview}`,
  ],
  [
    'a span styled as the main button',
    `<span class="btn btn_red" onclick="fnRequest()" data-role="apply">提交申请</span>${history}${preview}`,
  ],
  [
    'words never seen, first and posting back',
    `<input type="button" class="btn btn_big btn_red" value="Xq7 Blorf" onclick="__doPostBack('ctl00$ContentPlaceHolder1$qz','')" data-role="apply"><input type="button" value="Vrem Tal" onclick="showLayer('x')">`,
  ],
];

describe('the apply control, found by what it is', () => {
  it.each(applyControls)('is found when it is %s', async (_, markup) => {
    const { document, byKey } = await open('coupon-push.ja');
    const area = byKey('btnApply').parentElement as HTMLElement;
    area.innerHTML = markup;
    const form = findPushForm(document);
    expect(form?.controls.apply?.getAttribute('data-role')).toBe('apply');
    for (const role of ['history', 'preview'] as const) {
      const found = form?.controls[role];
      if (found) expect(found.getAttribute('data-role')).toBe(role);
    }
  });

  it.each([
    ['history', `<input type="button" value="申請履歴">`],
    ['preview', `<input type="button" value="プレビュー">`],
    ['search', `<input type="submit" value="検索">`],
    ['refresh', `<a href="${postBack('lnkRefresh')}">更新</a>`],
    ['reset', `<input type="submit" value="リセット">`],
  ])('never takes a %s button for it', async (_, markup) => {
    const { document, byKey } = await open('coupon-push.ja');
    const area = byKey('btnApply').parentElement as HTMLElement;
    area.innerHTML = markup;
    expect(findPushForm(document)?.controls.apply).toBeUndefined();
  });

  it('takes no button inside a field row or a closed layer', async () => {
    const { document, byKey } = await open('coupon-push.ja');
    const area = byKey('btnApply').parentElement as HTMLElement;
    area.remove();
    const form = findPushForm(document);
    expect(form).not.toBeNull();
    expect(form?.controls.apply).toBeUndefined();
  });
});

describe('the order upload’s controls, found by what they are', () => {
  it('finds the opener and the upload button whatever they say', async () => {
    const { document, byKey } = await open('coupon-push.ja');
    const opener = byKey<HTMLInputElement>('btnOrderUploadOpen');
    const submit = byKey<HTMLInputElement>('btnUploadFile');
    for (const control of [opener, submit]) {
      if (control.tagName === 'INPUT') control.value = 'Qz9 Wumble';
      else control.textContent = 'Qz9 Wumble';
    }
    const form = findPushForm(document);
    expect(form?.controls.orderUploadOpen).toBe(opener);
    expect(form?.controls.orderUploadSubmit).toBe(submit);
  });
});
