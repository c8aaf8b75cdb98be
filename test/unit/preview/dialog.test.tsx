// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BannerImage, QsmPage } from '../../../content/feature';
import { preview as previewFeature, shopNameOf } from '../../../content/features/preview';
import { PreviewDialog } from '../../../content/features/preview/PreviewDialog';
import { t } from '../../../lib/i18n';
import { APP_PUSH_TEXT, buildPreview, EMAIL_SUBJECT } from '../../../lib/preview';
import type { PushForm } from '../../../lib/qsm/types';
import { defaultSettings, emptyDraft, type PushDraft, type PushRecord } from '../../../lib/schema';

const NOW = new Date('2026-11-28T09:00:00+09:00');

function draft(over: Partial<PushDraft> = {}): PushDraft {
  return {
    ...emptyDraft(),
    type: 'ad',
    coupon: { number: '1207384', label: '10% off / orders of 3,000 JPY or more', qstoreOnly: false },
    audience: { fanCount: 36212, period: 'all' },
    sendDate: '2026-11-30',
    sendTime: '15:00',
    ...over,
  };
}

let host: HTMLElement;
afterEach(() => {
  if (host) render(null, host);
  document.body.textContent = '';
  vi.restoreAllMocks();
});

const q = (root: ParentNode, selector: string) => {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
};

function mount(props: Partial<Parameters<typeof PreviewDialog>[0]> & { draft?: PushDraft } = {}) {
  host = document.createElement('div');
  document.body.append(host);
  const current = props.draft ?? draft();
  const onClose = vi.fn();
  render(
    <PreviewDialog
      preview={buildPreview(current, { name: 'Sakura Shop' })}
      draft={current}
      lang="en"
      zone="Asia/Shanghai"
      bannerFile={null}
      onClose={onClose}
      {...props}
    />,
    host,
  );
  return { onClose };
}

describe('PreviewDialog', () => {
  it('shows each channel in its own tab, the e-mail first', async () => {
    mount({ draft: draft({ items: { mode: 'manual', itemIds: ['921676424', '100000002'] } }) });
    const panel = (id: string) => q(host, `[data-channel="${id}"]`);
    expect(panel('email').hidden).toBe(false);
    expect(panel('qpost').hidden).toBe(true);
    expect(q(host, '[data-preview="subject"]').textContent).toBe(EMAIL_SUBJECT);
    expect(q(host, '[data-preview="coupon-number"]').textContent).toBe('1207384');
    expect(q(host, '[data-preview="discount"]').textContent).toBe('10%OFF');
    const items = [...host.querySelectorAll('[data-preview="item"]')].map((li) =>
      li.getAttribute('data-item-id'),
    );
    expect(items).toEqual(['921676424', '100000002']);

    q(host, '[data-tab="app"]').click();
    await vi.waitFor(() => expect(panel('app').hidden).toBe(false));
    expect(panel('email').hidden).toBe(true);
    expect(q(host, '[data-preview="app-body"]').textContent).toBe(APP_PUSH_TEXT);
    expect(q(host, '[data-preview="app-source"]').textContent).toBe('Qoo10 · now');
    expect(q(host, '[data-tab="app"]').getAttribute('aria-selected')).toBe('true');

    q(host, '[data-tab="qpost"]').click();
    await vi.waitFor(() => expect(panel('qpost').hidden).toBe(false));
    expect(q(host, '[data-preview="qpost-body"]').textContent).toContain('クーポン番号 1207384');
  });

  it('gives the seller the send time in JST and their own time, the audience, and who gets nothing', () => {
    mount();
    const sendAt = q(host, '[data-preview="send-at"]');
    expect(q(sendAt, '[data-zone="jst"]').textContent?.replaceAll('\u00a0', ' ')).toContain(
      '2026-11-30 15:00',
    );
    expect(q(sendAt, '[data-zone="local"]').textContent).toContain('14:00');
    // A future push: "will be sent", and "up to" N fans, never a promise of N.
    expect(sendAt.textContent).toMatch(/^Will be sent at 2026-11-30/);
    expect(q(host, '[data-preview="audience"]').textContent).toContain('up to 36,212 fans');
    expect(q(host, '[data-preview="eligible"]').textContent).toBe(t('en', 'preview.eligible'));
    expect(q(host, '[data-preview="eligible"]').textContent).toMatch(
      /verified e-mail.*opted out.*receive nothing/,
    );
  });

  it('speaks the seller’s language around the customers’ Japanese', () => {
    mount({ lang: 'zh' });
    expect(q(host, '[data-tab="email"]').textContent).toBe('邮件');
    expect(q(host, '[data-preview="eligible"]').textContent).toBe(t('zh', 'preview.eligible'));
    expect(q(host, '[data-preview="subject"]').textContent).toBe(EMAIL_SUBJECT);
  });

  it('lists what is still a placeholder', () => {
    mount({ draft: { ...emptyDraft(), banner: { enabled: true, image: null, link: 'item' } } });
    const gaps = [...host.querySelectorAll('[data-gap]')].map((li) => li.getAttribute('data-gap'));
    expect(gaps).toEqual(['type', 'coupon', 'banner-image']);
    expect(q(host, '[data-preview="coupon"]').hasAttribute('data-placeholder')).toBe(true);
    expect(q(host, '[data-preview="send-at"]').textContent).toContain(t('en', 'preview.gap.send-at'));
  });

  it('shows the picked banner from an object URL, revoked when the dialog closes', async () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:banner-1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const image = { type: 'image/png', width: 1860, height: 240, bytes: 10 };
    const file = new Blob(['x'], { type: 'image/png' });
    mount({ draft: draft({ banner: { enabled: true, image, link: 'special' } }), bannerFile: file });
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith(file));
    await vi.waitFor(() =>
      expect(q(host, '[data-preview="banner"] img').getAttribute('src')).toBe('blob:banner-1'),
    );
    expect(q(host, '[data-preview="banner-link"]').textContent).toBe(
      t('en', 'preview.banner.link', { link: t('en', 'preview.link.special') }),
    );
    expect(revoke).not.toHaveBeenCalled();
    render(null, host);
    await vi.waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:banner-1'));
  });

  it('makes no object URL while the banner is off', async () => {
    const create = vi.spyOn(URL, 'createObjectURL');
    mount({ bannerFile: new Blob(['x']) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(create).not.toHaveBeenCalled();
    expect(host.querySelector('[data-preview="banner"]')).toBeNull();
  });

  it('is a native modal <dialog> that closes on Escape (its cancel event) and on its close button', async () => {
    const { onClose } = mount();
    const dialog = host.querySelector('dialog');
    await vi.waitFor(() => expect(dialog?.open).toBe(true));
    // Escape on a modal <dialog> fires "cancel" (the e2e presses the real key in Chromium).
    const cancel = new Event('cancel', { cancelable: true });
    dialog?.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
    q(host, '[data-preview="close"]').click();
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe('the preview feature', () => {
  function qsmPage(current: PushDraft, history: PushRecord[] = []) {
    const root = document.createElement('div');
    const qsmButton = document.createElement('input');
    qsmButton.type = 'button';
    qsmButton.value = '预先查看';
    const bannerFile = document.createElement('input');
    bannerFile.type = 'file';
    root.append(bannerFile, qsmButton);
    document.body.append(root);
    const draftSignal = signal(current);
    const form = {
      root,
      lang: 'zh',
      rows: {},
      controls: { preview: qsmButton, bannerFile },
      missing: [],
    } as PushForm;
    const page = {
      document,
      lang: 'en',
      form,
      draft: draftSignal,
      guarded: signal(false),
      refreshDraft: () => undefined,
      missing: signal([]),
      findings: signal([]),
      attention: { shown: signal([]), held: signal([]), revealAll: () => undefined },
      bannerImage: signal<BannerImage | null>(null),
      history: signal(history),
      settings: signal(defaultSettings),
      historyDialog: signal(null),
      now: signal(NOW),
      minute: signal(NOW),
    } as QsmPage;
    return { page, qsmButton, draftSignal };
  }
  const shadow = (name: string) => document.querySelector(`[data-qpp="${name}"]`)?.shadowRoot ?? null;

  it('adds a button after QSM’s preview that opens and closes the dialog, leaving QSM’s button alone', async () => {
    const { page, qsmButton, draftSignal } = qsmPage(draft(), [
      {
        id: '1',
        couponNumber: '1',
        type: 'ad',
        sendAt: '2026-11-01T10:00:00+09:00',
        status: 'sent',
        shop: 'Old Name',
      },
      {
        id: '2',
        couponNumber: '2',
        type: 'ad',
        sendAt: '2026-11-20T10:00:00+09:00',
        status: 'sent',
        shop: 'Sakura Shop',
      },
    ]);
    const qsmClicks = vi.fn();
    qsmButton.addEventListener('click', qsmClicks);
    const abort = new AbortController();
    expect(previewFeature.include(page)).toBe(true);
    await previewFeature.init(page, abort.signal);

    const buttonHost = document.querySelector('[data-qpp="preview-button"]');
    expect(buttonHost?.previousElementSibling).toBe(qsmButton);
    expect(document.querySelector('[data-qpp="preview"]')).toBeNull();

    qsmButton.click();
    expect(qsmClicks).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[data-qpp="preview"]')).toBeNull();

    q(shadow('preview-button') as unknown as ParentNode, 'button').click();
    const dialog = shadow('preview');
    expect(dialog).not.toBeNull();
    expect(q(dialog as unknown as ParentNode, '[data-preview="intro"]').textContent).toBe(
      'Sakura Shopからショップクーポンが発行されました。',
    );

    // The dialog follows the live draft.
    draftSignal.value = draft({ coupon: { number: '1207391', qstoreOnly: false } });
    await vi.waitFor(() =>
      expect(q(dialog as unknown as ParentNode, '[data-preview="coupon-number"]').textContent).toBe(
        '1207391',
      ),
    );

    q(dialog as unknown as ParentNode, '[data-preview="close"]').click();
    expect(document.querySelector('[data-qpp="preview"]')).toBeNull();
    expect(shadow('preview-button')?.activeElement?.tagName).toBe('BUTTON');
    expect(qsmClicks).toHaveBeenCalledTimes(1);

    abort.abort();
    expect(document.querySelector('[data-qpp="preview-button"]')).toBeNull();
  });

  it('is not included without QSM’s preview button', () => {
    const { page } = qsmPage(draft());
    const form = page.form as PushForm;
    expect(previewFeature.include({ ...page, form: { ...form, controls: {} } })).toBe(false);
    expect(previewFeature.include({ ...page, form: null })).toBe(false);
  });

  it('takes the shop name from the newest push that names it', () => {
    expect(shopNameOf([])).toBeUndefined();
    expect(shopNameOf([], [{}, { shop: 'From Dialog' }])).toBe('From Dialog');
  });
});
