// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { watchAttention } from '../../../content/attention';
import { languages, t } from '../../../lib/i18n';
import type { PushForm } from '../../../lib/qsm/types';
import { FINDING_CODES } from '../../../lib/rules/codes';
import type { Finding } from '../../../lib/schema';

afterEach(() => {
  document.body.textContent = '';
});

function form() {
  const row = (field: string) => {
    const tr = document.createElement('tr');
    const select = document.createElement('select');
    select.name = field;
    tr.append(select);
    return tr;
  };
  const rows = { coupon: row('coupon'), items: row('items'), sendDate: row('sendDate') };
  const table = document.createElement('table');
  table.append(...Object.values(rows));
  const dialog = document.createElement('div'); // a QSM layer opened from a row, outside it
  dialog.append(document.createElement('button'));
  document.body.append(table, dialog);
  return {
    form: { root: table, lang: 'zh', rows, controls: {}, missing: [] } as unknown as PushForm,
    dialog,
  };
}

const finding = (code: string, field: string): Finding => ({ code, field, severity: 'error' });
const fire = (target: Element | null | undefined, type: string) =>
  target?.dispatchEvent(new Event(type, { bubbles: true }));
const codes = (list: Finding[]) => list.map((f) => f.code);

describe('attention: which findings the seller sees', () => {
  it('shows nothing on a fresh form, and holds its errors back', () => {
    const { form: f } = form();
    const findings = signal([finding('coupon-missing', 'coupon'), finding('weekly-limit', 'sendDate')]);
    const attention = watchAttention(f, findings, new AbortController().signal);
    expect(attention.shown.value).toEqual([]);
    expect(codes(attention.held.value)).toEqual(['coupon-missing', 'weekly-limit']);
  });

  it('shows a wrong value at once, a "not filled yet" only once the seller reaches another field', () => {
    const { form: f, dialog } = form();
    const findings = signal([
      finding('coupon-qstore-only', 'coupon'),
      finding('items-manual-empty', 'items'),
    ]);
    const attention = watchAttention(f, findings, new AbortController().signal);
    fire(f.rows.coupon?.querySelector('select'), 'change');
    expect(codes(attention.shown.value)).toEqual(['coupon-qstore-only']);

    fire(f.rows.items?.querySelector('select'), 'change');
    // Working in the goods picker (a layer outside the row) is not leaving the goods.
    fire(dialog.querySelector('button'), 'pointerdown');
    expect(codes(attention.shown.value)).toEqual(['coupon-qstore-only']);
    fire(f.rows.sendDate?.querySelector('select'), 'focusin');
    expect(codes(attention.shown.value)).toEqual(['coupon-qstore-only', 'items-manual-empty']);
    expect(attention.held.value).toEqual([]);
  });

  it('shows everything after 申请, and stops listening on abort', () => {
    const { form: f } = form();
    const findings = signal([finding('coupon-missing', 'coupon')]);
    const abort = new AbortController();
    const attention = watchAttention(f, findings, abort.signal);
    abort.abort();
    fire(f.rows.coupon?.querySelector('select'), 'change');
    fire(f.rows.items?.querySelector('select'), 'focusin');
    expect(attention.shown.value).toEqual([]);
    attention.revealAll();
    expect(codes(attention.shown.value)).toEqual(['coupon-missing']);
  });
});

describe('short titles', () => {
  it.each(languages)('every finding code has a one-line title in %s, shorter than its sentence', (lang) => {
    for (const code of FINDING_CODES) {
      const title = t(lang, `finding.${code}.title` as never);
      expect(title, code).not.toBe(`finding.${code}.title`);
      expect(title.length, code).toBeLessThan(40);
      expect(title, code).not.toMatch(/\{/);
    }
  });
});
