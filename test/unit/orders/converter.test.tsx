// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { OrderConverter, type TemplateFile } from '../../../components/OrderConverter';
import { readOrderList, TEMPLATE_MIME } from '../../../lib/orders';
import { bombStream, makeZip, sheetHead, workbookParts } from './helpers';

const fixedNow = () => new Date('2026-11-27T03:00:00Z');
let host: HTMLElement;

function mount(onPut?: (file: TemplateFile) => Promise<boolean>, lang: 'en' | 'ja' | 'zh' = 'en') {
  host = document.createElement('div');
  document.body.append(host);
  render(<OrderConverter lang={lang} read={readOrderList} onPut={onPut} now={fixedNow} />, host);
  return host;
}

const $ = <T extends Element = HTMLElement>(selector: string) => {
  const found = host.querySelector<T>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
};

async function until(check: () => boolean) {
  await vi.waitFor(() => {
    if (!check()) throw new Error('not yet');
  });
}

function paste(text: string) {
  const area = $<HTMLTextAreaElement>('[data-order-paste]');
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('OrderConverter', () => {
  it('reads pasted text and shows found, duplicates and rejected with reasons', async () => {
    mount();
    paste('262749754\n262749886\n262749754\n2.63E+08');
    await until(() => !$<HTMLButtonElement>('[data-order-read]').disabled);
    $('[data-order-read]').click();
    await until(() => host.querySelector('[data-order-summary]') !== null);
    expect($('[data-order-found]').getAttribute('data-order-found')).toBe('2');
    expect($('[data-order-duplicates]').getAttribute('data-order-duplicates')).toBe('1');
    expect($('[data-order-rejected]').getAttribute('data-order-rejected')).toBe('1');
    expect($('[data-reason="scientific-notation"]').textContent).toContain('line 4');
    expect(host.textContent).toContain('scientific notation');
    // Without an onPut there is only the download.
    expect(host.querySelector('[data-order-put]')).toBeNull();
    expect(host.querySelector('[data-order-download]')).not.toBeNull();
  });

  it('puts a template that reads back to the found order numbers, named by the JST date', async () => {
    const onPut = vi.fn(async (_file: TemplateFile) => true);
    mount(onPut, 'ja');
    paste('注文番号\t商品番号\n262749754\t921676424\n262749886\t921676425');
    await until(() => !$<HTMLButtonElement>('[data-order-read]').disabled);
    $('[data-order-read]').click();
    await until(() => host.querySelector('[data-order-put]') !== null);
    // The column is named once, in the sentence that says how the list was read.
    expect(host.textContent).toContain('「注文番号」列から読み込みました。');
    expect($('[data-order-summary]').textContent?.split('「注文番号」').length).toBe(2);
    expect($('[data-order-summary]').textContent).not.toContain('使用した列');
    expect(host.querySelector('[data-order-source-file]')).toBeNull();
    $('[data-order-put]').click();
    await until(() => host.querySelector('[data-order-put-done]') !== null);
    expect(onPut).toHaveBeenCalledTimes(1);
    const file = onPut.mock.calls[0]?.[0] as TemplateFile;
    expect(file.name).toBe('orders-20261127.xlsx');
    const book = XLSX.read(file.bytes, { type: 'array' });
    const rows = XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, {
      header: 1,
    });
    expect(rows).toEqual([['Order No.'], ['262749754'], ['262749886']]);
  });

  it('names the dropped file in the summary', async () => {
    mount();
    const file = new File(['注文番号\n262749754\n'], 'shipping-1130.csv', { type: 'text/csv' });
    const input = $<HTMLInputElement>('input[type="file"]');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => host.querySelector('[data-order-summary]') !== null);
    expect($('[data-order-source-file]').textContent).toBe('From shipping-1130.csv:');
    expect($('[data-order-found]').getAttribute('data-order-found')).toBe('1');
  });

  it('shows a refused list as a translated error, not a summary', async () => {
    mount(undefined, 'zh');
    paste('262749754\n'.repeat(200_001));
    await until(() => !$<HTMLButtonElement>('[data-order-read]').disabled);
    $('[data-order-read]').click();
    await until(() => host.querySelector('[data-order-error]') !== null);
    expect($('[data-order-error]').getAttribute('data-order-error')).toBe('too-many-rows');
    expect($('[data-order-error]').textContent).toBe('列表超过 200000 行。');
    expect(host.querySelector('[data-order-summary]')).toBeNull();
  });

  it('shows a zip bomb as an error and keeps what the seller entered', async () => {
    mount(undefined, 'en');
    paste('262749754 262749886');
    await until(() => !$<HTMLButtonElement>('[data-order-read]').disabled);
    $('[data-order-read]').click();
    await until(() => host.querySelector('[data-order-found]') !== null);
    const data = bombStream(`${sheetHead}<sheetData>`, 100, '</sheetData></worksheet>');
    const bomb = makeZip(
      workbookParts({ name: 'xl/worksheets/sheet1.xml', data, deflated: true, size: 100 * 1024 * 1024 + 64 }),
    );
    const input = $<HTMLInputElement>('[data-order-file]');
    Object.defineProperty(input, 'files', {
      value: [new File([bomb as Uint8Array<ArrayBuffer>], 'orders.xlsx')],
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => host.querySelector('[data-order-error]') !== null);
    expect($('[data-order-error]').getAttribute('data-order-error')).toBe('zip-bomb');
    expect($<HTMLTextAreaElement>('[data-order-paste]').value).toBe('262749754 262749886');
    expect(host.querySelector('[data-order-summary]')).toBeNull();
  });

  it('reads as soon as text is pasted', async () => {
    mount();
    const area = $<HTMLTextAreaElement>('[data-order-paste]');
    area.value = '262749754 262749886';
    area.dispatchEvent(new Event('paste', { bubbles: true }));
    await until(() => host.querySelector('[data-order-found]') !== null);
    expect($('[data-order-found]').getAttribute('data-order-found')).toBe('2');
  });

  it('says so when the page refused the file', async () => {
    mount(async () => false);
    paste('262749754');
    await until(() => !$<HTMLButtonElement>('[data-order-read]').disabled);
    $('[data-order-read]').click();
    await until(() => host.querySelector('[data-order-put]') !== null);
    $('[data-order-put]').click();
    await until(() => host.querySelector('[data-order-put-failed]') !== null);
  });

  it('downloads the template as an .xlsx named by the JST date', async () => {
    const blobs: Blob[] = [];
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:template';
    });
    const links: { download: string; href: string }[] = [];
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      links.push({ download: this.download, href: this.href });
    });
    try {
      mount();
      paste('262749754');
      await until(() => !$<HTMLButtonElement>('[data-order-read]').disabled);
      $('[data-order-read]').click();
      await until(() => host.querySelector('[data-order-download]') !== null);
      $('[data-order-download]').click();
      expect(links).toEqual([{ download: 'orders-20261127.xlsx', href: 'blob:template' }]);
      expect(blobs.map((blob) => blob.type)).toEqual([TEMPLATE_MIME]);
      const book = XLSX.read(new Uint8Array(await (blobs[0] as Blob).arrayBuffer()), { type: 'array' });
      expect(book.SheetNames).toHaveLength(1);
    } finally {
      created.mockRestore();
      clicked.mockRestore();
    }
  });
});
