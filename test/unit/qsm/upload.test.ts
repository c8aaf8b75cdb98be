// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findOrderUpload, watchOrderUpload } from '../../../lib/qsm';
import { probeWork } from '../../../lib/qsm/probe';
import { langs, NOW, usePages } from './page';

const open = usePages();

describe('the order upload, wherever it is', () => {
  it.each(langs)('is the upload layer of the push page (%s), never the banner field', async (lang) => {
    const p = await open(`coupon-push.${lang}`);
    const upload = findOrderUpload(p.document);
    expect(upload?.file.id).toMatch(/fuOrderExcel$/);
    expect(upload?.submit?.id).toMatch(/btnUploadFile$/);
  });

  it.each(['zh', 'ja', 'en'])(
    'is the file field of QSM’s own upload window (%s), with no push form',
    async (lang) => {
      const p = await open(`Popup/order-upload.${lang}`);
      expect(p.document.title).toBe('Qoo10 - QSM');
      const upload = findOrderUpload(p.document);
      expect(upload?.file.id).toBe('fileExcel');
      expect(upload?.submit?.id).toBe('btnUpload');
      expect(probeWork(p.document)).toBe('upload');
    },
  );

  it.each(['zh', 'ja', 'en'])('is not in a push page whose upload opens a window (%s)', async (lang) => {
    const p = await open(`coupon-push-real.${lang}`, { server: { now: NOW, service: 'hold' } });
    expect(findOrderUpload(p.document)).toBeNull();
    expect(probeWork(p.document)).toBe('form');
  });

  it('is found by its “Excel Upload” words in a layer without an Upload File button', async () => {
    const p = await open('other-page.zh', {
      scripts: false,
      html: `<html><body><input type="file" accept="image/*"><div class="gsm_BasicLayer"><table><tr><th>Excel Upload</th><td><input type="file"></td></tr></table></div></body></html>`,
    });
    const upload = findOrderUpload(p.document);
    expect(upload?.file.accept).toBe('');
    expect(upload?.submit).toBeUndefined();
  });

  it('is the only file field of a window titled “Qoo10 - QSM”, and nothing elsewhere', async () => {
    const html = (title: string) =>
      `<html><head><title>${title}</title></head><body><form><input type="file" name="f"></form></body></html>`;
    const windowed = await open('other-page.zh', { scripts: false, html: html('Qoo10 - QSM') });
    expect(findOrderUpload(windowed.document)?.file.name).toBe('f');
    const elsewhere = await open('other-page.zh', { scripts: false, html: html('店铺优惠券管理') });
    expect(findOrderUpload(elsewhere.document)).toBeNull();
  });

  it('is followed as a layer holding it is added later, and removed', async () => {
    const p = await open('other-page.zh');
    const abort = new AbortController();
    const upload = watchOrderUpload(p.document, abort.signal);
    expect(upload.value).toBeNull();
    const layer = p.document.createElement('div');
    layer.className = 'gsm_BasicLayer';
    layer.innerHTML = '<input type="file" id="late"><input type="button" value="Upload File">';
    p.document.body.append(layer);
    await expect.poll(() => upload.value?.file.id).toBe('late');
    layer.remove();
    await expect.poll(() => upload.value).toBeNull();
    abort.abort();
  });
});
