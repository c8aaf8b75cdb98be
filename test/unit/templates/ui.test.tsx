// @vitest-environment happy-dom
/**
 * The template screens with the platform's storage behind them: the bar above the push form (fill,
 * save, undo, storage failing) and the list on the options page. Over 300 lines: one shared setup.
 */
import { computed, signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TemplateManager } from '../../../components/templates/TemplateManager';
import type { QsmPage } from '../../../content/feature';
import { TemplateBar } from '../../../content/features/templates/TemplateBar';
import { t } from '../../../lib/i18n';
import { findPushForm, watchDraft } from '../../../lib/qsm';
import { defaultSettings, emptyDraft, type PushRecord } from '../../../lib/schema';
import { type PushTemplate, TEMPLATE_STORE_VERSION } from '../../../lib/templates';
import { weeklyTemplate as template } from '../../support/templates';
import { type LoadedPage, loadPage, NOW } from '../qsm/page';

// wxt/utils/storage reaches the extension API through globalThis.chrome, read when it is first imported.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let feature: typeof import('../../../content/features/templates').templates;
beforeAll(async () => {
  feature = (await import('../../../content/features/templates')).templates;
});
beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});

let loaded: LoadedPage | null = null;
const aborts: AbortController[] = [];
afterEach(async () => {
  for (const abort of aborts.splice(0)) abort.abort();
  await loaded?.close();
  loaded = null;
  vi.useRealTimers();
  document.body.textContent = '';
});

async function startFeature(templates: PushTemplate[]) {
  await fakeBrowser.storage.local.set({ templates: { version: TEMPLATE_STORE_VERSION, templates } });
  const p = await loadPage('coupon-push.zh');
  loaded = p;
  const form = findPushForm(p.document);
  if (!form) throw new Error('no form');
  const abort = new AbortController();
  aborts.push(abort);
  const read = watchDraft(form, abort.signal);
  const page = {
    document: p.document,
    lang: 'en',
    form,
    draft: computed(() => read.value.draft),
    missing: computed(() => read.value.missing),
    findings: signal([]),
    bannerImage: signal(null),
    history: signal<PushRecord[]>([]),
    settings: signal(defaultSettings),
    historyDialog: signal(null),
    now: signal(new Date(NOW)),
    minute: signal(new Date(NOW)),
  } as unknown as QsmPage;
  await feature.init(page, abort.signal);
  const host = p.document.querySelector('[data-qpp="templates"]');
  if (!host?.shadowRoot) throw new Error('no templates bar');
  const shadow = host.shadowRoot;
  const q = <T extends Element = HTMLElement>(selector: string) => shadow.querySelector<T>(selector);
  return { p, form, read, host, q };
}

describe('the templates bar on the push form', () => {
  it('sits at the top of the form and fills it from the chosen template', async () => {
    const { p, form, read, host, q } = await startFeature([
      template(),
      template({ id: 'b', name: 'Buyers', type: 'compensation' }),
    ]);
    // At the top of the form's container (mount.ts formTop), before every control of the form.
    const first = form.root.querySelector('input, select');
    expect(form.root.contains(host) || host.nextElementSibling === form.root).toBe(true);
    expect(first && host.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await vi.waitFor(() =>
      expect(q<HTMLSelectElement>('[data-qpp="template-select"]')?.options.length).toBe(2),
    );
    expect(q('[data-qpp="template-summary"]')?.textContent).toContain('D+2');
    // Saturday 11-28 + 2 = Monday 11-30 15:30 JST.
    expect(
      q('[data-qpp="template-summary"] [data-zone="jst"]')?.textContent?.replaceAll('\u00a0', ' '),
    ).toContain('2026-11-30 15:30');

    q('[data-qpp="template-fill"]')?.click();
    await p.settle();
    expect(p.byKey<HTMLSelectElement>('ddlCoupon').value).toBe('1207384');
    expect(p.byKey<HTMLSelectElement>('ddlGoodsTopN').value).toBe('8');
    expect(p.byKey<HTMLInputElement>('txtSendDate').value).toBe('2026/11/30');
    expect(p.byKey<HTMLSelectElement>('ddlSendTime').value).toBe('15:30');
    expect(p.byKey<HTMLInputElement>('rdoRegPeriod').checked).toBe(true);
    await vi.waitFor(() =>
      expect(read.value.draft).toMatchObject({
        type: 'ad',
        coupon: { number: '1207384' },
        audience: { period: { from: '2026-10-30', to: '2026-11-28' } },
        banner: { enabled: true, link: 'item' },
      }),
    );
    expect(q('[data-qpp="template-notice"]')?.textContent).toContain(
      t('en', 'templates.filled', { name: 'Weekly fans', n: 7 }),
    );
    expect(p.document.querySelector('[data-qpp="templates"]')).toBe(host);
  });

  it('says which fields the seller must still look at', async () => {
    const { p, q } = await startFeature([
      template({ couponNumber: '1199999', items: { mode: 'manual', itemIds: ['921676424', '921677797'] } }),
    ]);
    await vi.waitFor(() => expect(q('[data-qpp="template-fill"]')).not.toBeNull());
    q('[data-qpp="template-fill"]')?.click();
    await p.settle();
    const skipped = [...(q('[data-qpp="template-notice"]')?.querySelectorAll('[data-skip]') ?? [])];
    expect(skipped.map((li) => (li as HTMLElement).dataset.skip)).toEqual(['coupon', 'items']);
    expect(skipped[0]?.textContent).toContain('1199999');
    expect(skipped[1]?.textContent).toContain(t('en', 'templates.skip.items-manual-dialog', { n: 2 }));
    expect(p.byKey<HTMLSelectElement>('ddlCoupon').value).toBe('');
  });

  it('saves the current form as a named template, without the banner image or buyers', async () => {
    const { p, q } = await startFeature([]);
    expect(q('[data-qpp="templates-bar"]')?.textContent).toContain(t('en', 'templates.none'));
    const coupon = p.byKey<HTMLSelectElement>('ddlCoupon');
    coupon.value = '1207391';
    p.fire(coupon, 'change');
    p.byKey<HTMLSelectElement>('ddlSendTime').value = '20:00';
    p.fire(p.byKey('ddlSendTime'), 'change');
    await p.settle();

    q('[data-qpp="template-save"]')?.click();
    await vi.waitFor(() => expect(q('[data-qpp="template-save-form"]')).not.toBeNull());
    const submit = () =>
      q('[data-qpp="template-save-form"]')?.dispatchEvent(new Event('submit', { cancelable: true }));
    submit();
    await vi.waitFor(() => expect(q('[data-qpp="template-name-error"]')?.textContent).toBe('Enter a name.'));

    const name = q<HTMLInputElement>('input[name="templateName"]');
    if (!name) throw new Error('no name input');
    name.value = 'Friday night';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    q<HTMLInputElement>('input[value="weekday"]')?.click();
    await Promise.resolve();
    submit();
    await vi.waitFor(() =>
      expect(q('[data-qpp="template-notice"]')?.textContent).toBe(
        t('en', 'templates.save.saved', { name: 'Friday night' }),
      ),
    );
    const stored = (await fakeBrowser.storage.local.get('templates')).templates as {
      templates: PushTemplate[];
    };
    expect(stored.templates).toHaveLength(1);
    expect(stored.templates[0]).toMatchObject({
      name: 'Friday night',
      type: 'ad',
      couponNumber: '1207391',
      sendTime: '20:00',
      // The fixture's form opens on D+1: Sunday 2026-11-29.
      sendDay: { kind: 'weekday', weekday: 7 },
    });
    await vi.waitFor(() =>
      expect(q<HTMLSelectElement>('[data-qpp="template-select"]')?.value).toBe(stored.templates[0]?.id),
    );
  });
});

describe('undoing a fill from the templates bar', () => {
  it('puts the form back as it was, and says so', async () => {
    const { p, read, q } = await startFeature([template()]);
    await vi.waitFor(() => expect(q('[data-qpp="template-fill"]')).not.toBeNull());
    const before = read.value.draft;
    expect(q('[data-qpp="template-undo"]')).toBeNull();
    q('[data-qpp="template-fill"]')?.click();
    await p.settle();
    await vi.waitFor(() => expect(read.value.draft.coupon?.number).toBe('1207384'));
    await vi.waitFor(() => expect(q('[data-qpp="template-undo"]')).not.toBeNull());

    q('[data-qpp="template-undo"]')?.click();
    await p.settle();
    await vi.waitFor(() => expect(read.value.draft).toEqual(before));
    expect(p.byKey<HTMLSelectElement>('ddlCoupon').value).toBe('');
    expect(q('[data-qpp="template-notice"]')?.textContent).toBe(t('en', 'templates.undone'));
    expect(q('[data-qpp="template-undo"]')).toBeNull();
  });

  it('undoes two fills in a row back to the seller’s own form', async () => {
    const { p, read, q } = await startFeature([
      template(),
      template({ id: 'b', name: 'Buyers', type: 'compensation', sendTime: '20:00' }),
    ]);
    await vi.waitFor(() => expect(q('[data-qpp="template-fill"]')).not.toBeNull());
    const before = read.value.draft;
    q('[data-qpp="template-fill"]')?.click();
    await p.settle();
    const select = q<HTMLSelectElement>('[data-qpp="template-select"]');
    if (!select) throw new Error('no template select');
    select.value = 'b';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(q('[data-qpp="template-summary"]')?.textContent).toContain('20:00'));
    q('[data-qpp="template-fill"]')?.click();
    await p.settle();
    await vi.waitFor(() => expect(read.value.draft.type).toBe('compensation'));
    await vi.waitFor(() => expect(q('[data-qpp="template-undo"]')).not.toBeNull());
    q('[data-qpp="template-undo"]')?.click();
    await p.settle();
    await vi.waitFor(() => expect(read.value.draft).toEqual(before));
  });

  it('is withdrawn once the seller edits the form', async () => {
    const { p, read, q } = await startFeature([template()]);
    await vi.waitFor(() => expect(q('[data-qpp="template-fill"]')).not.toBeNull());
    q('[data-qpp="template-fill"]')?.click();
    await p.settle();
    await vi.waitFor(() => expect(q('[data-qpp="template-undo"]')).not.toBeNull());
    // The page's own derived fields settling (coupon details, fan count) is no edit.
    await p.settle();
    expect(q('[data-qpp="template-undo"]')).not.toBeNull();

    const time = p.byKey<HTMLSelectElement>('ddlSendTime');
    time.value = '21:00';
    p.fire(time, 'change');
    await vi.waitFor(() => expect(read.value.draft.sendTime).toBe('21:00'));
    await vi.waitFor(() => expect(q('[data-qpp="template-undo"]')).toBeNull());
    expect(p.byKey<HTMLSelectElement>('ddlCoupon').value).toBe('1207384');
  });
});

describe('the templates bar when storage fails', () => {
  it('keeps the name and says the template was not saved', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const onSave = vi.fn(async () => {
      throw new Error('quota exceeded');
    });
    render(
      <TemplateBar
        templates={[]}
        lang="ja"
        zone="Asia/Tokyo"
        now={new Date(NOW)}
        draft={emptyDraft()}
        onFill={() => ({ filled: [], skipped: [] })}
        onSave={onSave}
      />,
      root,
    );
    root.querySelector<HTMLElement>('[data-qpp="template-save"]')?.click();
    await vi.waitFor(() => expect(root.querySelector('input[name="templateName"]')).not.toBeNull());
    const name = root.querySelector('input[name="templateName"]') as HTMLInputElement;
    name.value = '毎週';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() =>
      expect(root.querySelector('[data-qpp="template-name-error"]')?.textContent).toBe(
        t('ja', 'templates.save.failed'),
      ),
    );
    expect(onSave).toHaveBeenCalledWith('毎週', 'offset');
    expect((root.querySelector('input[name="templateName"]') as HTMLInputElement).value).toBe('毎週');
    expect(root.querySelector('[data-qpp="template-notice"]')).toBeNull();
  });
});

describe('the template list on the options page', () => {
  function mount(templates: PushTemplate[], lang: 'en' | 'zh' = 'en') {
    const root = document.body.appendChild(document.createElement('div'));
    const calls = {
      onRename: vi.fn(async (_id: string, _name: string) => undefined),
      onDuplicate: vi.fn(async (_id: string) => undefined),
      onDelete: vi.fn(async (_id: string) => undefined),
    };
    render(
      <TemplateManager
        templates={templates}
        lang={lang}
        zone="America/Los_Angeles"
        now={new Date(NOW)}
        {...calls}
      />,
      root,
    );
    const row = (id: string) => root.querySelector<HTMLElement>(`[data-template-id="${id}"]`);
    const action = (id: string, name: string) =>
      row(id)?.querySelector<HTMLElement>(`[data-action="${name}"]`);
    return { root, row, action, ...calls };
  }

  it('lists each template with what it fills and when it would send, in JST and the seller’s time', () => {
    const { row } = mount([template()]);
    const text = row('weekly')?.textContent ?? '';
    expect(text).toContain('Weekly fans');
    expect(text).toContain('coupon 1207384');
    expect(text).toContain('fans registered in the last 30 days');
    expect(
      row('weekly')?.querySelector('[data-zone="jst"]')?.textContent?.replaceAll('\u00a0', ' '),
    ).toContain('2026-11-30 15:30');
    // 15:30 JST on Monday is 22:30 on Sunday in Los Angeles (PST).
    expect(
      row('weekly')?.querySelector('[data-zone="local"]')?.textContent?.replaceAll('\u00a0', ' '),
    ).toContain('2026-11-29 22:30');
  });

  it('renames, refusing a name another template has', async () => {
    const { row, action, onRename } = mount([template(), template({ id: 'b', name: 'Buyers' })]);
    action('weekly', 'rename')?.click();
    await vi.waitFor(() => expect(row('weekly')?.querySelector('input')).not.toBeNull());
    const input = row('weekly')?.querySelector('input') as HTMLInputElement;
    const type = async (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve();
    };
    await type('buyers');
    action('weekly', 'rename-save')?.click();
    await vi.waitFor(() =>
      expect(row('weekly')?.querySelector('[data-qpp="template-name-error"]')?.textContent).toBe(
        t('en', 'templates.name.taken'),
      ),
    );
    expect(onRename).not.toHaveBeenCalled();
    await type(' Fans, Monday ');
    action('weekly', 'rename-save')?.click();
    await vi.waitFor(() => expect(onRename).toHaveBeenCalledWith('weekly', 'Fans, Monday'));
  });

  it('duplicates at once and deletes only after confirming', async () => {
    const { row, action, onDuplicate, onDelete } = mount([template()], 'zh');
    action('weekly', 'duplicate')?.click();
    expect(onDuplicate).toHaveBeenCalledWith('weekly');
    action('weekly', 'delete')?.click();
    await vi.waitFor(() =>
      expect(row('weekly')?.textContent).toContain(
        t('zh', 'templates.manager.deleteConfirm', { name: 'Weekly fans' }),
      ),
    );
    expect(onDelete).not.toHaveBeenCalled();
    action('weekly', 'delete-confirm')?.click();
    await vi.waitFor(() => expect(onDelete).toHaveBeenCalledWith('weekly'));
  });

  it('tells how to make a first template', () => {
    const { root } = mount([]);
    expect(root.textContent).toContain(t('en', 'templates.manager.empty'));
  });
});
