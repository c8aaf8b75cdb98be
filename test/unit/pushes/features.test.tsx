// @vitest-environment happy-dom
/**
 * The pending-push views on storage and the page's signals: history countdowns, the page clock, the
 * weekly quota, the popup. Over 300 lines: the views share one fake browser and its setup.
 */
import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PushesPopup, type PushesPopupProps } from '../../../components/pushes/PushesPopup';
import type { QsmPage } from '../../../content/feature';
import { createQsmPage } from '../../../content/page';
import { mergeHistoryRows, recordFromDraft } from '../../../lib/pushes/merge';
import { defaultStoredSettings } from '../../../lib/pushes/settings';
import { emptyStore } from '../../../lib/pushes/store';
import type { HistoryDialog, HistoryRow } from '../../../lib/qsm/types';
import { defaultSettings, emptyDraft, type PushRecord } from '../../../lib/schema';
import { NBSP } from '../../../lib/time/format';
import { addJstDays, jstDate } from '../../../lib/time/jst';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let features: {
  historyCountdown: typeof import('../../../content/features/history-countdown').historyCountdown;
  weeklyQuotaFeature: typeof import('../../../content/features/weekly-quota').weeklyQuotaFeature;
};
let platform: typeof import('../../../platform/pushes');
beforeAll(async () => {
  features = {
    ...(await import('../../../content/features/history-countdown')),
    ...(await import('../../../content/features/weekly-quota')),
  };
  platform = await import('../../../platform/pushes');
});
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  document.body.textContent = '';
});

const NOW = new Date('2026-11-25T12:00:00+09:00');

function cancelTable(rows: [string, string, string][]): HTMLTableRowElement[] {
  const table = document.createElement('table');
  const body = table.createTBody();
  for (const [coupon, sendAt, status] of rows) {
    const tr = body.insertRow();
    for (const text of ['', coupon, 'Sakura Shop', sendAt, status]) tr.insertCell().textContent = text;
  }
  document.body.append(table);
  return [...body.querySelectorAll('tr')];
}

function page(over: Partial<QsmPage> = {}): QsmPage {
  return {
    document,
    lang: 'en',
    form: null,
    draft: signal(emptyDraft()),
    missing: signal([]),
    findings: signal([]),
    bannerImage: signal(null),
    history: signal<PushRecord[]>([]),
    settings: signal(defaultSettings),
    historyDialog: signal<HistoryDialog | null>(null),
    now: signal(NOW),
    minute: signal(NOW),
    ...over,
  } as QsmPage;
}

describe('history-countdown', () => {
  const elements = () =>
    cancelTable([
      ['1207384', '2026/11/27 14:00', 'Scheduled'],
      ['1207391', '2026/11/26 08:00', 'Scheduled'],
    ]);
  const rowsOf = (els: HTMLTableRowElement[]): HistoryRow[] => [
    {
      id: '2611024',
      couponNumber: '1207384',
      type: null,
      sendAt: '2026-11-27T14:00:00+09:00',
      status: 'scheduled',
      tab: 'cancel',
      element: els[0] as HTMLTableRowElement,
    },
    {
      id: '2611023',
      couponNumber: '1207391',
      type: null,
      sendAt: '2026-11-26T08:00:00+09:00',
      status: 'scheduled',
      tab: 'cancel',
      element: els[1] as HTMLTableRowElement,
    },
  ];

  it('adds a live countdown to each cancel-tab row and stores the rows', async () => {
    const els = elements();
    const now = signal(NOW);
    const historyDialog = signal<HistoryDialog | null>(null);
    const p = page({ now, historyDialog });
    const abort = new AbortController();
    features.historyCountdown.init(p, abort.signal);
    expect(document.querySelectorAll('[data-qpp="countdown"]')).toHaveLength(0);

    historyDialog.value = { root: document.body, lang: 'en', rows: rowsOf(els) };
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-qpp="countdown"]')];
    expect(hosts.map((h) => h.closest('tr'))).toEqual(els);
    expect(hosts.map((h) => h.dataset.state)).toEqual(['cancellable', 'closed']);
    const text = hosts[0]?.shadowRoot?.querySelector('[data-qpp="countdown-text"]')?.textContent;
    expect(text).toBe('1d 02:00:00 left to cancel');
    // Nothing of ours leaks into the row's text, which the adapter reads.
    expect(els[0]?.textContent).toBe('1207384Sakura Shop2026/11/27 14:00Scheduled');

    now.value = new Date('2026-11-26T14:00:00+09:00');
    expect(hosts[0]?.dataset.state).toBe('closed');
    await vi.waitFor(() =>
      expect(hosts[0]?.shadowRoot?.querySelector('[data-qpp="countdown-text"]')?.textContent).toBe(
        'Cancel deadline passed',
      ),
    );

    await vi.waitFor(async () => expect((await platform.loadPushes()).records).toHaveLength(2));

    abort.abort();
    expect(document.querySelectorAll('[data-qpp="countdown"]')).toHaveLength(0);
  });

  it('forgets an application a complete cancel-tab listing does not show, and only then', async () => {
    // Applied well before this document started, as a page loaded after the apply is.
    const appliedAt = new Date(performance.timeOrigin - 3_600_000);
    const day = jstDate(appliedAt);
    await platform.recordAppliedPush(
      {
        ...emptyDraft(),
        type: 'ad',
        coupon: { number: '1207384', qstoreOnly: false },
        sendDate: addJstDays(day, 2),
        sendTime: '15:00',
      },
      appliedAt,
    );
    const els = elements();
    const filter = { from: addJstDays(day, -14), to: addJstDays(day, 1), complete: false };
    const historyDialog = signal<HistoryDialog | null>({
      root: document.body,
      lang: 'en',
      rows: rowsOf(els).slice(1),
      cancelFilter: filter,
    });
    const abort = new AbortController();
    features.historyCountdown.init(page({ historyDialog }), abort.signal);
    const coupons = async () => (await platform.loadPushes()).records.map((r) => r.couponNumber).sort();
    await vi.waitFor(async () => expect(await coupons()).toEqual(['1207384', '1207391']));

    // The page finished rendering: the whole listing, an empty one, shows no push for 1207384.
    historyDialog.value = {
      root: document.body,
      lang: 'en',
      rows: [],
      cancelFilter: { ...filter, complete: true },
    };
    await vi.waitFor(async () => expect(await coupons()).toEqual(['1207391']));
    abort.abort();
  });

  it('drops the countdown of a row that left the table', () => {
    const els = elements();
    const historyDialog = signal<HistoryDialog | null>({
      root: document.body,
      lang: 'en',
      rows: rowsOf(els),
    });
    features.historyCountdown.init(page({ historyDialog }), new AbortController().signal);
    expect(document.querySelectorAll('[data-qpp="countdown"]')).toHaveLength(2);
    historyDialog.value = { root: document.body, lang: 'en', rows: rowsOf(els).slice(0, 1) };
    expect(document.querySelectorAll('[data-qpp="countdown"]')).toHaveLength(1);
  });

  it('draws a row’s countdown afresh when the row’s status changes, and adds nothing to QSM’s own status', () => {
    const els = elements();
    const [first] = rowsOf(els);
    if (!first) throw new Error('two rows');
    const historyDialog = signal<HistoryDialog | null>({ root: document.body, lang: 'en', rows: [first] });
    features.historyCountdown.init(page({ historyDialog }), new AbortController().signal);
    const host = () => document.querySelector<HTMLElement>('[data-qpp="countdown"]');
    expect(host()?.dataset.phase).toBe('cancellable');
    expect(host()?.shadowRoot?.querySelector('[data-qpp="countdown-text"]')).not.toBeNull();
    historyDialog.value = {
      root: document.body,
      lang: 'en',
      rows: [{ ...first, status: 'cancelled' }],
    };
    expect(document.querySelectorAll('[data-qpp="countdown"]')).toHaveLength(1);
    expect(host()?.dataset.phase).toBe('cancelled');
    // 已取消 is in QSM's status cell already: the redrawn countdown says nothing under it.
    expect(host()?.shadowRoot?.querySelector('[data-qpp="countdown-text"]')).toBeNull();
  });
});

describe('page clock', () => {
  it('moves `minute` only when the minute turns, while `now` ticks every second', () => {
    vi.useFakeTimers({ now: new Date('2026-11-25T12:00:30+09:00') });
    const abort = new AbortController();
    try {
      const p = createQsmPage(document, abort.signal, {
        history: signal<PushRecord[]>([]),
        settings: signal(defaultSettings),
        lang: 'en',
      });
      // The clock ticks only while something reads it, as the panel does on the push form.
      const reader = effect(() => void p.minute.value);
      abort.signal.addEventListener('abort', reader);
      const first = p.minute.value;
      expect(first.toISOString()).toBe('2026-11-25T03:00:00.000Z');
      vi.advanceTimersByTime(20_000);
      expect(p.now.value.toISOString()).toBe('2026-11-25T03:00:50.000Z');
      // The same object, so nothing that reads the minute re-runs within it.
      expect(p.minute.value).toBe(first);
      vi.advanceTimersByTime(10_000);
      expect(p.minute.value.toISOString()).toBe('2026-11-25T03:01:00.000Z');
    } finally {
      abort.abort();
      vi.useRealTimers();
    }
  });
});

describe('weekly-quota', () => {
  it('shows which push takes this week and the first date a new push is allowed', async () => {
    const row = document.createElement('tr');
    row.insertCell().textContent = 'Type';
    row.insertCell();
    document.body.append(row);
    const history = signal<PushRecord[]>([]);
    const form = { root: document.body, lang: 'en', rows: { type: row }, controls: {}, missing: [] };
    const p = page({ form: form as unknown as QsmPage['form'], history });
    expect(features.weeklyQuotaFeature.include(p)).toBe(true);
    features.weeklyQuotaFeature.init(p, new AbortController().signal);
    const host = document.querySelector<HTMLElement>('[data-qpp="weekly-quota"]');
    const read = () =>
      (host?.shadowRoot?.querySelector('.weekly-quota')?.textContent ?? '').replaceAll(NBSP, ' ');
    expect(read()).toContain('No push in this week (2026-11-23 – 2026-11-29).');
    expect(read()).toContain(
      'In JST, the next push can be sent from 2026-11-26 (Thu), and that date can be picked today.',
    );
    history.value = [
      {
        id: 'x',
        couponNumber: '1207384',
        type: 'ad',
        sendAt: '2026-11-27T14:00:00+09:00',
        status: 'scheduled',
      },
    ];
    // Scheduled, not yet sent: the week is taken by a push "to be sent", never one "sent".
    await vi.waitFor(() =>
      expect(read()).toContain('taken by the push of coupon 1207384, to be sent 2026-11-27 14:00 JST'),
    );
    expect(read()).not.toContain(', sent');
    // 11-30 is beyond today's D+1..D+3 (11-26..11-28): the calendar offers it from 11-27.
    expect(read()).toContain(
      'In JST, the next push can be sent from 2026-11-30 (Mon); its date can be picked from 2026-11-27 (Fri).',
    );
  });
});

describe('popup', () => {
  const noop = () => undefined;
  /** Renders the popup at NOW with the default settings; a test names only what it is about. */
  const show = (props: Partial<PushesPopupProps>) =>
    render(
      <PushesPopup
        records={[]}
        settings={defaultStoredSettings()}
        now={NOW}
        lang="en"
        zone="Asia/Tokyo"
        onOpenQsm={noop}
        onOpenSettings={noop}
        onOpenConverter={noop}
        {...props}
      />,
      document.body.appendChild(document.createElement('div')),
    );

  it('marks a push applied here as awaiting QSM until the history confirms it', () => {
    const applied = recordFromDraft(
      {
        ...emptyDraft(),
        type: 'ad',
        coupon: { number: '1207384', qstoreOnly: false },
        sendDate: '2026-11-27',
        sendTime: '15:00',
      },
      NOW,
    );
    if (!applied) throw new Error('the draft is complete, so it makes a record');
    show({ records: [applied] });
    expect(document.querySelector('[data-qpp="unconfirmed"]')?.textContent).toContain('not yet seen');
    document.body.textContent = '';
    show({ records: [{ ...applied, confirmedAt: '2026-11-25T12:30:00+09:00' }] });
    expect(document.querySelector('[data-qpp="push"]')).not.toBeNull();
    expect(document.querySelector('[data-qpp="unconfirmed"]')).toBeNull();
  });

  it('says how pushes get here when none is known', () => {
    show({ lang: 'ja', zone: 'Asia/Shanghai' });
    expect(document.querySelector('[data-qpp="empty"]')?.textContent).toContain('申請履歴');
  });

  it('lists pending pushes with countdown, JST and local send time, and opens QSM', () => {
    const store = mergeHistoryRows(
      emptyStore(),
      [
        {
          id: '1',
          couponNumber: '1207384',
          type: 'ad',
          sendAt: '2026-11-27T14:00:00+09:00',
          status: 'scheduled',
          tab: 'ad',
        },
        {
          id: '2',
          couponNumber: '1207300',
          type: 'ad',
          sendAt: '2026-11-20T14:00:00+09:00',
          status: 'sent',
          tab: 'ad',
        },
      ],
      NOW,
    );
    const onOpenQsm = vi.fn();
    const onOpenConverter = vi.fn();
    show({ records: store.records, zone: 'Asia/Shanghai', onOpenQsm, onOpenConverter });
    const items = [...document.querySelectorAll<HTMLElement>('[data-qpp="push"]')];
    expect(items.map((item) => item.dataset.id)).toEqual(['1']);
    expect(items[0]?.textContent).toContain('Coupon 1207384');
    expect(items[0]?.textContent).toContain('Advertisement');
    expect(items[0]?.textContent).toContain('1d 02:00:00 left to cancel');
    expect(items[0]?.querySelector('[data-qpp="send-at"]')?.textContent?.replaceAll(NBSP, ' ')).toBe(
      'Send time: 2026-11-27 14:00 JST (13:00 China Standard Time)',
    );
    expect(document.querySelector('[data-qpp="weekly-quota"]')?.textContent).toContain(
      'taken by the push of coupon 1207384, to be sent',
    );
    document.querySelector<HTMLButtonElement>('[data-qpp="open-qsm"]')?.click();
    expect(onOpenQsm).toHaveBeenCalledOnce();
    document.querySelector<HTMLButtonElement>('[data-qpp="open-converter"]')?.click();
    expect(onOpenConverter).toHaveBeenCalledOnce();
  });
});
