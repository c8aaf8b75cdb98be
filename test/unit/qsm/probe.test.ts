import { describe, expect, it } from 'vitest';
import { probeWork } from '../../../lib/qsm/probe';
import { probeVocabulary } from '../../../lib/qsm/probe-vocabulary';
import { probeWords } from '../../../lib/qsm/probe-words';
import { langs, P, relabel, usePages } from './page';

/** A page holding only `html` in its body, with `title`, in its own window. */
function pageWith(open: ReturnType<typeof usePages>, html: string, title = 'J·QSM') {
  return open('other-page.zh', {
    scripts: false,
    html: `<!doctype html><html><head><title>${title}</title></head><body>${html}</body></html>`,
  });
}

describe('the loader’s probe: does this document have work?', () => {
  const open = usePages();

  it.each(langs)('finds the push form (%s)', async (lang) => {
    const page = await open(`coupon-push.${lang}`);
    expect(probeWork(page.document)).toBe('form');
  });

  it.each(langs)('finds the push form by its time slots when every label is unknown (%s)', async (lang) => {
    const page = await open(`coupon-push.${lang}`);
    for (const th of Array.from(page.document.querySelectorAll('th'))) th.textContent = 'label';
    expect(probeWork(page.document)).toBe('form');
  });

  it('finds a history whose words are all unknown by a coupon number beside a send time', async () => {
    const row = (time: string) =>
      `<tr><td>1207384</td><td>Shop</td><td>2026/11/30 ${time}</td><td>Fq1 Zto</td></tr>`;
    const history = await pageWith(
      open,
      `<table><tr><th>Xa</th><th>Xb</th><th>Xc</th><th>Xd</th></tr>${row('14:00')}</table>`,
    );
    expect(probeWork(history.document)).toBe('history');
    // A coupon list's validity (00:00 to 23:59) is no send time.
    const coupons = await pageWith(open, `<table><tr><th>Xa</th></tr>${row('00:00')}${row('23:59')}</table>`);
    expect(probeWork(coupons.document)).toBeNull();
  });

  it.each(langs)('finds the history dialog on its own (%s)', async (lang) => {
    const form = await open(`coupon-push.${lang}`);
    const layer = form.byKey('divHistoryLayer').outerHTML;
    const page = await pageWith(open, layer);
    expect(probeWork(page.document)).toBe('history');
    expect(probeWork(page.byKey('divHistoryLayer'))).toBe('history');
  });

  it('finds a DHTMLX grid history by its div.hdrcell headers', async () => {
    const page = await pageWith(
      open,
      `<div id="__grid_history" class="gridbox"><div class="xhdr"><table><tbody>
        <tr><td></td><td></td><td></td></tr>
        <tr><td><div class="hdrcell">申請番号</div></td><td><div class="hdrcell">クーポン番号</div></td>
        <td><div class="hdrcell">送信予定日時</div></td></tr></tbody></table></div>
        <div class="objbox"><table><tbody></tbody></table></div></div>`,
    );
    expect(probeWork(page.document)).toBe('history');
  });

  it.each(langs)('finds the order upload layer on its own (%s)', async (lang) => {
    const form = await open(`coupon-push.${lang}`);
    const page = await pageWith(open, form.byKey('divUploadLayer').outerHTML);
    expect(probeWork(page.document)).toBe('upload');
  });

  it('finds the upload in QSM’s separate upload window', async () => {
    const page = await pageWith(open, '<form><input type="file" name="file1"></form>', 'Qoo10 - QSM');
    expect(probeWork(page.document)).toBe('upload');
  });

  it('finds the upload in a gsm_BasicLayer by its “Excel Upload” field', async () => {
    const page = await pageWith(
      open,
      '<div class="gsm_BasicLayer"><table><tr><td>Excel Upload</td><td><input type="file"></td></tr></table></div>',
    );
    expect(probeWork(page.document)).toBe('upload');
  });

  const realLangs = ['zh', 'ja', 'en'] as const;

  it.each(realLangs)(
    'finds the form on the real-structure page, and its late grid history layer on its own (%s)',
    async (lang) => {
      const page = await open(`coupon-push-real.${lang}`);
      await page.settle();
      expect(probeWork(page.document)).toBe('form');
      // The history layer arrives later, from a template, as QSM's layer does when opened.
      const template = page.document.getElementById('tplHistoryLayer') as HTMLTemplateElement;
      page.document.body.append(template.content.cloneNode(true));
      const layer = page.document.querySelector('.gsm_BasicLayer .gridbox')?.closest('.gsm_BasicLayer');
      expect(layer).toBeTruthy();
      expect(probeWork(layer as Element)).toBe('history');
    },
  );

  it.each(realLangs)('finds the upload in QSM’s separate upload window (%s)', async (lang) => {
    const page = await open(`Popup/order-upload.${lang}`);
    expect(probeWork(page.document)).toBe('upload');
  });

  it('leaves the portal shell to the frame that holds the form', async () => {
    const page = await open('portal.zh', { scripts: false });
    expect(probeWork(page.document)).toBeNull();
  });

  it('says “no work” on a QSM page without the push form, the history or an order upload', async () => {
    const page = await open('other-page.zh');
    expect(probeWork(page.document)).toBeNull();
  });

  it('says “no work” for an image upload or a coupon list that only shares a few words', async () => {
    const page = await pageWith(
      open,
      `<table><tr><th>优惠券号码</th><th>状态</th></tr></table>
       <div><label>商品图片</label><input type="file" accept="image/*"></div>
       <select><option>10:00</option><option>10:30</option></select>`,
    );
    expect(probeWork(page.document)).toBeNull();
  });

  it('does not take a long list with 10:00 and 22:00 in it for the send-time select', async () => {
    const minutes = Array.from({ length: 24 * 60 }, (_, m) => {
      const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return `<option>${text}</option>`;
    }).join('');
    const halfHours = Array.from({ length: 25 }, (_, i) => {
      const text = `${String(10 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`;
      return `<option>${text}</option>`;
    }).join('');
    expect(probeWork((await pageWith(open, `<select>${minutes}</select>`)).document)).toBeNull();
    expect(
      probeWork((await pageWith(open, `<select><option>--</option>${halfHours}</select>`)).document),
    ).toBe('form');
  });

  it('looks only inside the subtree it is given', async () => {
    const page = await open('coupon-push.zh');
    expect(probeWork(page.document.getElementById(`${P}divPreviewLayer`) as Element)).toBeNull();
  });

  describe.each(['zh', 'ja', 'en'])('the real portal’s structures (%s)', (lang) => {
    it('finds the real-structure form with its labels unknown, and its history layer built later', async () => {
      const page = await open(`coupon-push-real.${lang}`, { server: { service: 'hold' } });
      relabel(page, () => 'label');
      expect(probeWork(page.document)).toBe('form');
      page.byKey('btnHistory').click();
      (page.window as unknown as { QSM_release(): void }).QSM_release();
      const layer = page.document.querySelector('.gsm_BasicLayer');
      if (!layer) throw new Error('no history layer');
      expect(probeWork(layer)).toBe('history');
    });

    it('says “no work” for the portal shell itself: its frame is probed on its own', async () => {
      const page = await open(`portal.${lang}`, { scripts: false });
      expect(probeWork(page.document)).toBeNull();
      expect(page.document.querySelector('iframe')?.getAttribute('src')).toBe(
        `./coupon-push-real.${lang}.aspx`,
      );
    });
  });
});

describe('the probe’s words', () => {
  it('are labels.ts’s words, normalized (the build puts them in place of probe-words.ts)', () => {
    expect(probeWords).toEqual(probeVocabulary());
  });
});
