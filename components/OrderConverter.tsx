/**
 * The order converter: a drop zone and a paste area in, a summary (found, duplicates, rejected with
 * reasons) and the upload template out. Reading is injected (`read`), so this component never
 * decides whether SheetJS is loaded; writing the template needs no SheetJS.
 * Over 300 lines: one screen's states (idle, reading, result, failure), read top to bottom.
 */
import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { type Lang, type MessageKey, t } from '../lib/i18n';
import { isOrderListError, MAX_INPUT_BYTES, OrderListError } from '../lib/orders/errors';
import type { Progress, RunOptions } from '../lib/orders/run';
import { TEMPLATE_MIME, templateFileName, writeOrderTemplate } from '../lib/orders/template';
import type { OrderListInput } from '../lib/orders/text';
import type { OrderExtract, RejectReason } from '../lib/orders/types';
import { saveFile } from './download';

export interface TemplateFile {
  name: string;
  bytes: Uint8Array;
}

export interface OrderConverterProps {
  lang: Lang;
  /** Reads pasted text or a file; `readOrderList` from lib/orders in the converter page. */
  read: (input: OrderListInput, options: RunOptions) => Promise<OrderExtract>;
  /** Puts the template into QSM's upload form; true when it got there. Absent: download only. */
  onPut?: (file: TemplateFile) => Promise<boolean>;
  /** The clock for the file's date (tests pass a fixed one). */
  now?: () => Date;
  /** The orders collected on 配送管理 / クレーム管理 (lib/collect), offered first when there are any. */
  collected?: { orders: readonly string[]; pages: readonly string[] } | null;
}

type Failure = { key: MessageKey; params: Record<string, unknown> };

/** How many order numbers and rejections the expandable lists show before "… and N more". */
const LIST_LIMIT = 500;

function failureOf(error: unknown): Failure {
  if (isOrderListError(error)) {
    const key = `orders.error.${error.code}` as const;
    return { key, params: { ...error.params, mb: Math.round(MAX_INPUT_BYTES / 1024 / 1024) } };
  }
  return {
    key: 'orders.error.unknown',
    params: { message: error instanceof Error ? error.message : String(error) },
  };
}

export function OrderConverter({
  lang,
  read,
  onPut,
  now = () => new Date(),
  collected = null,
}: OrderConverterProps) {
  const pasted = useSignal('');
  const busy = useSignal<{ label: string; progress: Progress | null } | null>(null);
  const result = useSignal<OrderExtract | null>(null);
  /** The dropped or chosen file the summary speaks of; null for pasted text. */
  const source = useSignal<string | null>(null);
  const failure = useSignal<Failure | null>(null);
  const putState = useSignal<'idle' | 'working' | 'done' | 'failed'>('idle');
  const dragging = useSignal(false);
  const current = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const found = useComputed(() => result.value?.orderNumbers.length ?? 0);

  useEffect(() => () => current.current?.abort(), []);

  async function run(input: OrderListInput, label: string) {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    busy.value = { label, progress: null };
    failure.value = null;
    result.value = null;
    source.value = typeof input === 'string' ? null : input.name;
    putState.value = 'idle';
    try {
      const read_ = await read(input, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) busy.value = { label, progress };
        },
      });
      if (controller.signal.aborted) return;
      result.value = read_;
    } catch (error) {
      if (controller.signal.aborted) return;
      failure.value = failureOf(error);
    } finally {
      if (current.current === controller) busy.value = null;
    }
  }

  async function readFile(file: File) {
    if (file.size > MAX_INPUT_BYTES) {
      result.value = null;
      failure.value = failureOf(new OrderListError('too-large', { limit: MAX_INPUT_BYTES }));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    await run({ name: file.name, bytes }, t(lang, 'orders.reading.file', { name: file.name }));
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    dragging.value = false;
    const file = event.dataTransfer?.files[0];
    if (file) void readFile(file);
    else {
      const text = event.dataTransfer?.getData('text/plain');
      if (text) {
        pasted.value = text;
        void run(text, t(lang, 'orders.paste.read'));
      }
    }
  }

  function template(): TemplateFile | null {
    const list = result.value?.orderNumbers;
    if (!list?.length) return null;
    return { name: templateFileName(now()), bytes: writeOrderTemplate(list) };
  }

  async function put() {
    const file = template();
    if (!file || !onPut) return;
    putState.value = 'working';
    try {
      putState.value = (await onPut(file)) ? 'done' : 'failed';
    } catch {
      putState.value = 'failed';
    }
  }

  /** The collected list as the converter's result, then straight into the upload form (or ready to download). */
  function useCollected() {
    const orders = collected?.orders ?? [];
    if (orders.length === 0) return;
    current.current?.abort();
    busy.value = null;
    failure.value = null;
    source.value = null;
    putState.value = 'idle';
    result.value = {
      orderNumbers: [...orders],
      duplicates: 0,
      rejected: [],
      source: 'list',
      rows: orders.length,
    };
    void put();
  }

  function download() {
    const file = template();
    if (file) saveFile(file.name, file.bytes as Uint8Array<ArrayBuffer>, TEMPLATE_MIME);
  }

  function reset() {
    current.current?.abort();
    busy.value = null;
    result.value = null;
    failure.value = null;
    putState.value = 'idle';
    pasted.value = '';
    if (fileInput.current) fileInput.current.value = '';
  }

  const r = result.value;
  const b = busy.value;
  const f = failure.value;
  return (
    <div class="qpp order-converter" data-order-converter="">
      {collected && collected.orders.length > 0 && (
        <div class="actions">
          <button type="button" class="primary" data-qpp="use-collected" onClick={useCollected}>
            {t(lang, 'collect.use', { count: collected.orders.length, pages: collected.pages.join(' / ') })}
          </button>
        </div>
      )}
      <p class="muted">{t(lang, 'orders.intro')}</p>
      <section
        class={`drop${dragging.value ? ' over' : ''}`}
        aria-label={t(lang, 'orders.drop')}
        data-order-drop=""
        onDragOver={(event: DragEvent) => {
          event.preventDefault();
          dragging.value = true;
        }}
        onDragLeave={() => {
          dragging.value = false;
        }}
        onDrop={onDrop}
      >
        <span>{t(lang, 'orders.drop')}</span>
        <label class="choose">
          {t(lang, 'orders.choose')}
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods"
            data-order-file=""
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void readFile(file);
            }}
          />
        </label>
      </section>
      <label class="paste">
        <span>{t(lang, 'orders.paste.label')}</span>
        <textarea
          rows={4}
          data-order-paste=""
          placeholder={t(lang, 'orders.paste.placeholder')}
          value={pasted.value}
          onInput={(event) => {
            pasted.value = event.currentTarget.value;
          }}
          onPaste={(event) => {
            const area = event.currentTarget;
            // Read once the pasted text is in the box: pasting is the seller's "go".
            setTimeout(() => {
              pasted.value = area.value;
              if (area.value.trim()) void run(area.value, t(lang, 'orders.paste.read'));
            }, 0);
          }}
        />
      </label>
      <div class="actions">
        <button
          type="button"
          data-order-read=""
          disabled={!pasted.value.trim() || b !== null}
          onClick={() => void run(pasted.value, t(lang, 'orders.paste.read'))}
        >
          {t(lang, 'orders.paste.read')}
        </button>
      </div>

      {b && (
        <div class="progress" role="status" data-order-progress="">
          <span>{b.label}</span>
          {b.progress && (
            <>
              <progress value={b.progress.done} max={b.progress.total} />
              <span>{t(lang, 'orders.reading', { done: b.progress.done, total: b.progress.total })}</span>
            </>
          )}
        </div>
      )}

      {f && (
        <p class="error" role="alert" data-order-error={f.key.replace('orders.error.', '')}>
          {t(lang, f.key, f.params)}
        </p>
      )}

      {r && <Summary lang={lang} result={r} file={source.value} />}

      {r && (
        <div class="actions">
          {found.value === 0 ? (
            <span class="muted">{t(lang, 'orders.none')}</span>
          ) : (
            <>
              {onPut && (
                <button
                  type="button"
                  class="primary"
                  data-order-put=""
                  disabled={putState.value === 'working'}
                  onClick={() => void put()}
                >
                  {t(lang, 'orders.put')}
                </button>
              )}
              <button type="button" data-order-download="" onClick={download}>
                {t(lang, 'orders.download')}
              </button>
            </>
          )}
          <button type="button" onClick={reset}>
            {t(lang, 'orders.clear')}
          </button>
        </div>
      )}
      {putState.value === 'done' && (
        <p class="ok" role="status" data-order-put-done="">
          {t(lang, 'orders.put.done', { name: templateFileName(now()) })}
        </p>
      )}
      {putState.value === 'failed' && (
        <p class="error" role="alert" data-order-put-failed="">
          {t(lang, 'orders.put.failed')}
        </p>
      )}
    </div>
  );
}

function Summary({ lang, result, file }: { lang: Lang; result: OrderExtract; file: string | null }) {
  const more = (count: number) =>
    count > LIST_LIMIT ? (
      <li class="muted">{t(lang, 'orders.list.more', { count: count - LIST_LIMIT })}</li>
    ) : null;
  return (
    <div class="summary" data-order-summary="">
      {file !== null && <p data-order-source-file={file}>{t(lang, 'orders.summary.file', { name: file })}</p>}
      <ul class="counts">
        <li class="ok" data-order-found={result.orderNumbers.length}>
          {t(lang, 'orders.summary.found', { count: result.orderNumbers.length })}
        </li>
        <li data-order-duplicates={result.duplicates}>
          {t(lang, 'orders.summary.duplicates', { count: result.duplicates })}
        </li>
        <li class={result.rejected.length ? 'warn' : ''} data-order-rejected={result.rejected.length}>
          {t(lang, 'orders.summary.rejected', { count: result.rejected.length })}
        </li>
      </ul>
      <p class="muted">
        {result.source === 'header'
          ? t(lang, 'orders.source.header', { column: result.column ?? '' })
          : t(lang, `orders.source.${result.source}`)}
        {result.sheet !== undefined && <> {t(lang, 'orders.summary.sheet', { sheet: result.sheet })}</>}
        {result.encoding !== undefined && (
          <> {t(lang, 'orders.summary.encoding', { encoding: result.encoding.toUpperCase() })}</>
        )}
      </p>
      {result.rejected.length > 0 && (
        <details open={result.rejected.length <= 5}>
          <summary>{t(lang, 'orders.list.rejected')}</summary>
          <ul class="rejected">
            {result.rejected.slice(0, LIST_LIMIT).map((r) => (
              <li key={`${r.line}:${r.token}`} data-reason={r.reason}>
                <span class="line">{t(lang, 'orders.list.line', { line: r.line })}</span>{' '}
                <code>{r.token}</code>{' '}
                <span class="reason">{t(lang, `orders.reason.${r.reason as RejectReason}`)}</span>
              </li>
            ))}
            {more(result.rejected.length)}
          </ul>
        </details>
      )}
      {result.orderNumbers.length > 0 && (
        <details>
          <summary>{t(lang, 'orders.list.found')}</summary>
          <ol class="found">
            {result.orderNumbers.slice(0, LIST_LIMIT).map((n) => (
              <li key={n}>{n}</li>
            ))}
            {more(result.orderNumbers.length)}
          </ol>
        </details>
      )}
    </div>
  );
}
