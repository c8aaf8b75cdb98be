/**
 * The collect bar on 配送管理 and クレーム管理 (not the push form: it starts only where the page's
 * address says so, from its own small bundle, content/start-collect.ts, not the features'). It sits in the page's flow just above the order grid, follows the grid as QSM
 * refills it (a counter clicked, another page, a new search: one read of headers and a sample of rows
 * per animation frame), and reads the order numbers only when the seller asks. The list itself is
 * kept by the background in storage.session (platform/collected.ts).
 */
import { effect, signal } from '@preact/signals';
import { type Collected, collectedCount, emptyCollected, MAX_COLLECTED } from '../../../lib/collect/list';
import type { Lang } from '../../../lib/i18n';
import {
  findOrdersGrid,
  type OrdersGrid,
  orderNumbersIn,
  ordersPageOf,
  type RowPick,
} from '../../../lib/qsm/orders-grid';
import { askCollect, type CollectAnswer, type CollectAsk } from '../../../platform/collect-client';
import type { Feature } from '../../feature';
import { isOwnNode, mountInShadow } from '../../mount';
import { CollectBar, type CollectNote, collectCss } from './CollectBar';

/**
 * True when every change is the extension's own (the bar drawing itself): lib/qsm/watch.ts's test,
 * written again here because that module brings the push form's reader (and zod) with it.
 */
const onlyOwnMutations = (mutations: readonly MutationRecord[]) =>
  mutations.every(
    (m) =>
      isOwnNode(m.target) ||
      (Array.prototype.every.call(m.addedNodes, isOwnNode) &&
        Array.prototype.every.call(m.removedNodes, isOwnNode)),
  );

/** Same grid, same column, same rows shown: nothing for the bar to redraw. */
const sameGrid = (a: OrdersGrid | null, b: OrdersGrid | null) =>
  a?.root === b?.root && a?.shown === b?.shown && JSON.stringify(a?.column) === JSON.stringify(b?.column);

/** What the bar says when a click finds no row to add. */
const noneKey = {
  all: 'collect.noneShown',
  ticked: 'collect.noneTicked',
  'seller-fault': 'collect.noneSellerFault',
} as const satisfies Record<RowPick, CollectNote['key']>;

/** What the collect bar needs of a page: far less than the push form's QsmPage. */
export interface OrdersPage {
  document: Document;
  lang: Lang;
}

export const orderCollect = {
  id: 'order-collect',
  include: (page: OrdersPage) => ordersPageOf(page.document) !== null,
  init(page: OrdersPage, abort: AbortSignal) {
    const doc = page.document;
    const source = ordersPageOf(doc);
    if (!source) return;
    const grid = signal<OrdersGrid | null>(findOrdersGrid(doc));
    const list = signal<Collected>(emptyCollected());
    const note = signal<CollectNote | null>(null);
    const busy = signal(false);

    const ask = async (request: CollectAsk): Promise<CollectAnswer | null> => {
      busy.value = true;
      try {
        const answer = await askCollect(request);
        list.value = answer.list;
        return answer;
      } catch {
        note.value = { key: 'collect.failed', warn: true };
        return null;
      } finally {
        busy.value = false;
      }
    };
    void ask({ op: 'get' });
    // The list may change elsewhere (another tab, the popup's Clear); content scripts hear no
    // storage.session change, so the bar asks again whenever the seller comes back to this page.
    const view = doc.defaultView ?? window;
    const refresh = () => {
      if (doc.visibilityState === 'visible' && !busy.peek()) void ask({ op: 'get' });
    };
    view.addEventListener('focus', refresh, { signal: abort });
    doc.addEventListener('visibilitychange', refresh, { signal: abort });

    const add = async (pick: RowPick) => {
      // Read now, not from the last refill: the seller may have ticked rows since.
      const current = findOrdersGrid(doc);
      grid.value = current;
      const orders = current ? orderNumbersIn(current, pick) : [];
      if (orders.length === 0) {
        note.value = { key: noneKey[pick], warn: true };
        return;
      }
      const answer = await ask({ op: 'add', source, orders });
      if (!answer) return;
      note.value =
        (answer.overCap ?? 0) > 0
          ? { key: 'collect.overCap', params: { count: answer.overCap, limit: MAX_COLLECTED }, warn: true }
          : {
              key: answer.duplicates ? 'collect.added' : 'collect.addedNew',
              params: { added: answer.added ?? 0, duplicates: answer.duplicates ?? 0 },
            };
    };

    let host: HTMLElement | null = null;
    let mounted: AbortController | null = null;
    const mount = (found: OrdersGrid) => {
      mounted?.abort();
      mounted = new AbortController();
      abort.addEventListener('abort', () => mounted?.abort(), { once: true, signal: mounted.signal });
      host = mountInShadow(
        {
          name: 'order-collect',
          anchor: found.root,
          placement: 'before',
          css: collectCss,
          signal: mounted.signal,
        },
        <Bar />,
      );
    };
    function Bar() {
      const current = grid.value;
      return (
        <CollectBar
          lang={page.lang}
          list={list.value}
          column={current?.column ?? null}
          shown={current?.shown ?? 0}
          note={note.value}
          busy={busy.value}
          onAdd={(pick) => void add(pick)}
          claims={source === 'claim'}
          onRemove={(id) => void ask({ op: 'remove', id })}
          onClear={() => {
            note.value = null;
            void ask({ op: 'clear' });
          }}
        />
      );
    }
    const place = () => {
      const found = grid.value;
      if (found && (!host?.isConnected || host.nextElementSibling !== found.root)) mount(found);
    };
    place();
    const stopCount = effect(() => {
      host?.setAttribute('data-count', String(collectedCount(list.value)));
    });

    let scheduled = false;
    const reread = () => {
      scheduled = false;
      if (abort.aborted) return;
      const next = findOrdersGrid(doc);
      if (!sameGrid(next, grid.peek())) {
        // A refill shows other orders: what was said about the last click no longer applies.
        if (next?.root !== grid.peek()?.root || next?.shown !== grid.peek()?.shown) note.value = null;
        grid.value = next;
      }
      place();
      host?.setAttribute('data-count', String(collectedCount(list.peek())));
    };
    const observer = new view.MutationObserver((mutations) => {
      if (scheduled || onlyOwnMutations(mutations)) return;
      scheduled = true;
      view.requestAnimationFrame(reread);
    });
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    abort.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        stopCount();
      },
      { once: true },
    );
  },
} satisfies Feature;
