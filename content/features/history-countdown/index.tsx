import { effect } from '@preact/signals';
import { Countdown } from '../../../components/pushes/Countdown';
import { t } from '../../../lib/i18n';
import { type CancelPhase, cancelState, formatCountdown, isCancellable } from '../../../lib/pushes/countdown';
import type { CancelListing, HistoryRowData } from '../../../lib/pushes/merge';
import type { HistoryDialog, HistoryRow } from '../../../lib/qsm/types';
import { formatInstant } from '../../../lib/time/format';
import { localZone } from '../../../lib/time/jst';
import { effectUntil, onAbort } from '../../../lib/util/abort';
import { mergeHistory } from '../../../platform/pushes';
import type { Feature, QsmPage } from '../../feature';
import { mountInShadow } from '../../mount';
import css from './row-countdown.css?inline';

/** What QSM's own status cell already says (已发送, 已取消, 失败): a countdown adds nothing there. */
const SAID_BY_QSM: ReadonlySet<CancelPhase> = new Set<CancelPhase>(['sent', 'cancelled', 'failed']);

/** In a grid's fixed-height, fixed-width cell the countdown stays on the cell's one line (a word: it fits). */
const gridHostStyle: Partial<CSSStyleDeclaration> = {
  maxWidth: '100%',
  overflow: 'hidden',
  verticalAlign: 'middle',
  whiteSpace: 'nowrap',
};

/** What the store keeps of a row: no element, nothing the adapter may read beyond the push itself. */
function rowData({
  element: _element,
  layout: _layout,
  sendAtCell: _cell,
  ...data
}: HistoryRow): HistoryRowData {
  return data;
}

/** The cancel tab's listing, or null when the page does not show its search or its whole table. */
function cancelListing(dialog: HistoryDialog | null, rows: HistoryRowData[]): CancelListing | null {
  const filter = dialog?.cancelFilter;
  if (!filter?.complete) return null;
  return { ...filter, rows: rows.filter((row) => row.tab === 'cancel') };
}

/** What a row's countdown is drawn from; when it changes, the countdown is mounted afresh. */
const drawnFrom = (row: HistoryRow) => `${row.sendAt}|${row.status}`;

/**
 * When QSM produced the listing, at the latest: the document's start. A listing loaded with the page
 * cannot show what the seller applied for on it later, so only earlier applications are judged.
 */
function documentStart(): Date {
  return new Date(Math.min(performance.timeOrigin, Date.now()));
}

function RowCountdown({
  page,
  row,
  zone,
  inGrid,
}: {
  page: QsmPage;
  row: HistoryRowData;
  zone: string;
  inGrid: boolean;
}) {
  const state = cancelState(row, page.now.value);
  if (SAID_BY_QSM.has(state.phase)) return null;
  const deadline = t(page.lang, 'pushes.countdown.deadline', {
    time: formatInstant(state.deadline, page.lang, zone),
  });
  // The deadline is QSM's send time less the 24 hours its form states: a tooltip, not another line.
  // A grid's one word stands for the whole sentence, which the tooltip then says too.
  const said = [inGrid && formatCountdown(page.lang, state), isCancellable(state.phase) && deadline];
  const title = said.filter(Boolean).join('\n') || undefined;
  return (
    <span class={`qpp row-countdown${inGrid ? ' in-grid' : ''}`} title={title}>
      <Countdown state={state} lang={page.lang} compact={inGrid} />
    </span>
  );
}

/**
 * The history dialog (申请记录): every table the seller opens feeds the pushes store, a complete
 * cancel-tab listing lets the store forget applications QSM refused, and each row of the cancel tab
 * gets a live countdown to its cancel deadline, marked `data-state="closed"` once it has passed. It
 * fits into QSM's row (test/e2e/flows/history-layout.e2e.ts): under the date in a table's send-time
 * cell, a word after the status in a grid's one-line cell; QSM's column widths stay as they are.
 */
export const historyCountdown: Feature = {
  id: 'history-countdown',
  include: () => true,
  init(page, signal) {
    const zone = localZone();
    let merged = '';
    const stopMerging = effect(() => {
      const dialog = page.historyDialog.value;
      const rows = dialog?.rows.map(rowData) ?? [];
      const listing = cancelListing(dialog, rows);
      // An empty listing counts too: it is what tells the store an application was refused.
      const key = JSON.stringify({ rows, listing });
      if ((rows.length === 0 && !listing) || key === merged) return;
      merged = key;
      const cancelTab = listing ? { listing, listedAt: documentStart() } : undefined;
      mergeHistory(rows, new Date(), cancelTab).catch((error: unknown) =>
        console.warn('[QSM Push Pilot] could not store the history', error),
      );
    });

    const mounted = new Map<HTMLTableRowElement, { key: string; controller: AbortController }>();
    const unmountAll = () => {
      for (const { controller } of mounted.values()) controller.abort();
      mounted.clear();
    };
    const stopAnnotating = effect(() => {
      const rows = (page.historyDialog.value?.rows ?? []).filter((row) => row.tab === 'cancel');
      const wanted = new Map(rows.map((row) => [row.element, row]));
      for (const [element, { key, controller }] of mounted) {
        const row = wanted.get(element);
        if (!row || !element.isConnected || key !== drawnFrom(row)) {
          controller.abort();
          mounted.delete(element);
        }
      }
      for (const row of rows) {
        if (mounted.has(row.element)) continue;
        const controller = new AbortController();
        const data = rowData(row);
        const inGrid = row.layout === 'grid';
        const host = mountInShadow(
          {
            name: 'countdown',
            // A table's send-time cell has room under its date; a grid's one line has it after the status.
            anchor: (inGrid ? null : row.sendAtCell) ?? row.element.lastElementChild ?? row.element,
            placement: 'append',
            css,
            signal: controller.signal,
            display: inGrid ? 'inline-block' : 'block',
          },
          <RowCountdown page={page} row={data} zone={zone} inGrid={inGrid} />,
        );
        if (inGrid) Object.assign(host.style, gridHostStyle);
        // Layout-neutral in a table: the countdown wraps within the cell and never widens QSM's column.
        else host.style.contain = 'inline-size';
        effectUntil(controller.signal, () => {
          const phase = cancelState(data, page.now.value).phase;
          host.dataset.state = isCancellable(phase) ? 'cancellable' : 'closed';
          host.dataset.phase = phase;
        });
        mounted.set(row.element, { key: drawnFrom(row), controller });
      }
    });

    onAbort(signal, () => {
      stopMerging();
      stopAnnotating();
      unmountAll();
    });
  },
};
