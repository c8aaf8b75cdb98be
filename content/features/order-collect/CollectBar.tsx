/**
 * The collect bar on 配送管理 and クレーム管理: adds the ticked orders, or all orders shown, to the list
 * a compensation push takes (lib/collect/list.ts); shows the running count, reviews the batches (each
 * removable) and clears. It decides nothing about the page: what the grid holds comes in as props.
 */
import { useSignal } from '@preact/signals';
import type { ColumnChoice } from '../../../lib/collect/columns';
import { type Collected, collectedCount, sourcePageNames } from '../../../lib/collect/list';
import { type Lang, type MessageKey, t } from '../../../lib/i18n';
import type { RowPick } from '../../../lib/qsm/orders-grid';

export { default as collectCss } from '../../../components/collect/collect.css?inline';

export interface CollectNote {
  key: MessageKey;
  params?: Record<string, unknown>;
  warn?: boolean;
}

export interface CollectBarProps {
  lang: Lang;
  list: Collected;
  /** The grid's order-number column as read now; null while no list is shown. */
  column: ColumnChoice | null;
  /** Rows the grid shows now. */
  shown: number;
  note: CollectNote | null;
  busy: boolean;
  onAdd: (pick: RowPick) => void;
  /** On クレーム管理: also offer the claims that were the seller's fault. */
  claims?: boolean;
  onRemove: (id: string) => void;
  onClear: () => void;
}

/** A batch's time in the seller's own clock, without building an Intl object on QSM's page. */
function shortTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getMonth() + 1)}/${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function CollectBar({
  lang,
  list,
  column,
  shown,
  note,
  busy,
  onAdd,
  onRemove,
  onClear,
  claims = false,
}: CollectBarProps) {
  const reviewing = useSignal(false);
  const count = collectedCount(list);
  const readable = column?.kind === 'found';
  return (
    <section class="qpp collect" data-count={count} aria-label={t(lang, 'collect.title')}>
      <div class="row">
        <span class="title">{t(lang, 'collect.title')}</span>
        <button
          type="button"
          data-qpp="collect-ticked"
          disabled={!readable || busy}
          onClick={() => onAdd('ticked')}
        >
          {t(lang, 'collect.ticked')}
        </button>
        <button
          type="button"
          data-qpp="collect-all"
          disabled={!readable || busy || shown === 0}
          onClick={() => onAdd('all')}
        >
          {t(lang, 'collect.all', { count: shown })}
        </button>
        {claims && (
          <button
            type="button"
            data-qpp="collect-seller-fault"
            disabled={!readable || busy || shown === 0}
            onClick={() => onAdd('seller-fault')}
          >
            {t(lang, 'collect.sellerFault')}
          </button>
        )}
        <span class="count" data-qpp="collect-count" aria-live="polite">
          {t(lang, 'collect.count', { count })}
        </span>
        <button
          type="button"
          data-qpp="collect-review"
          aria-expanded={reviewing.value}
          onClick={() => {
            reviewing.value = !reviewing.value;
          }}
        >
          {t(lang, reviewing.value ? 'collect.hideReview' : 'collect.review')}
        </button>
        <button type="button" data-qpp="collect-clear" disabled={count === 0 || busy} onClick={onClear}>
          {t(lang, 'collect.clear')}
        </button>
      </div>
      <p class="muted note">
        {t(lang, 'collect.session')}
        {column?.kind === 'found' && column.header && (
          <> {t(lang, 'collect.column', { column: column.header })}</>
        )}
      </p>
      {column?.kind === 'ambiguous' && (
        <p class="warn" role="alert" data-qpp="collect-ambiguous">
          {t(lang, 'collect.ambiguous', { columns: column.headers.map((h) => `“${h}”`).join(', ') })}
        </p>
      )}
      {column?.kind === 'none' && (
        <p class="warn" role="alert" data-qpp="collect-no-column">
          {t(lang, 'collect.noColumn')}
        </p>
      )}
      {note && (
        <p class={note.warn ? 'warn' : 'note'} role="status" data-qpp="collect-note" data-note={note.key}>
          {t(lang, note.key, note.params)}
        </p>
      )}
      {reviewing.value && (
        <div data-qpp="collect-batches">
          {list.batches.length === 0 ? (
            <p class="muted note">{t(lang, 'collect.empty')}</p>
          ) : (
            <ul class="batches">
              {list.batches.map((batch) => (
                <li key={batch.id} data-batch={batch.id} data-batch-count={batch.orders.length}>
                  <span>
                    {t(lang, 'collect.batch', {
                      count: batch.orders.length,
                      page: sourcePageNames[batch.source],
                      time: shortTime(batch.at),
                    })}
                  </span>
                  <button
                    type="button"
                    data-qpp="collect-remove"
                    disabled={busy}
                    onClick={() => onRemove(batch.id)}
                  >
                    {t(lang, 'collect.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
