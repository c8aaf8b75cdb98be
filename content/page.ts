/**
 * Builds the QsmPage every feature works from: the adapter's live draft, the banner image features
 * learn, the findings, the history dialog, and a clock. Data flows one way:
 * page DOM → adapter → draft signal → checkPush → findings signal → UI.
 */
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { type Lang, pickLanguage } from '../lib/i18n';
import { findHistoryDialog, findPushForm, watchDraft } from '../lib/qsm';
import { ordersPageOf } from '../lib/qsm/orders-page';
import type { HistoryDialog } from '../lib/qsm/types';
import { type DraftWatch, onlyOwnMutations, POLL_MS } from '../lib/qsm/watch';
import { checkPush } from '../lib/rules';
import { emptyDraft, type PushRecord, type Settings } from '../lib/schema';
import { onAbort } from '../lib/util/abort';
import { watchAttention } from './attention';
import type { BannerImage, QsmPage } from './feature';
import { isOwnNode } from './mount';

/** A stable key of what the history dialog shows, so our own annotations never re-trigger a read. */
const historyKey = (dialog: HistoryDialog | null) =>
  dialog
    ? [
        `complete:${dialog.cancelFilter?.complete ?? false}`,
        ...dialog.rows.map((r) => `${r.tab}|${r.id}|${r.sendAt}|${r.status}`),
      ].join('\n')
    : '';

function watchHistoryDialog(doc: Document, abort: AbortSignal): ReadonlySignal<HistoryDialog | null> {
  const dialog = signal<HistoryDialog | null>(findHistoryDialog(doc));
  let scheduled = false;
  const reread = () => {
    scheduled = false;
    const next = findHistoryDialog(doc);
    const current = dialog.peek();
    // QSM re-renders the rows on every tab switch or search: same data, new elements to annotate.
    const sameRows = next?.rows.every((row, i) => row.element === current?.rows[i]?.element) ?? !current;
    if (historyKey(next) !== historyKey(current) || next?.root !== current?.root || !sameRows)
      dialog.value = next;
  };
  const view = doc.defaultView ?? window;
  // At most one read a frame: a grid that replaces 1,000 rows one by one is read once.
  const observer = new view.MutationObserver((mutations) => {
    if (scheduled || onlyOwnMutations(mutations, isOwnNode)) return;
    scheduled = true;
    view.requestAnimationFrame(reread);
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden'],
  });
  onAbort(abort, () => observer.disconnect());
  return dialog;
}

/**
 * A clock that ticks every second, but only while something reads it (a countdown, the panel):
 * QSM pages and frames with nothing of ours on them run no timer at all.
 */
export function lazyClock(abort: AbortSignal): ReadonlySignal<Date> {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  const now = signal(new Date(), {
    watched() {
      if (abort.aborted || timer !== undefined) return;
      // Catch up at once, but after the read that subscribed: a signal is not written while read.
      queueMicrotask(() => {
        now.value = new Date();
      });
      timer = setInterval(() => {
        now.value = new Date();
      }, 1000);
    },
    unwatched: stop,
  });
  onAbort(abort, stop);
  return now;
}

/** `now` floored to the minute; a new Date only when the minute changes, so readers wake once a minute. */
function byMinute(now: ReadonlySignal<Date>): ReadonlySignal<Date> {
  const minutes = computed(() => Math.floor(now.value.getTime() / 60_000));
  return computed(() => new Date(minutes.value * 60_000));
}

export interface PageSources {
  history: ReadonlySignal<PushRecord[]>;
  settings: ReadonlySignal<Settings>;
  lang?: Lang;
}

/** The page as features see it; `null` form when this is not the push form (features decide). */
export function createQsmPage(doc: Document, abort: AbortSignal, sources: PageSources): QsmPage {
  // 配送管理 / クレーム管理 are no push form (ordersPageOf: by address), and their 500-row grids are not
  // read as one: the push form's features stay off there whatever the form finder would make of them.
  const onOrdersPage = ordersPageOf(doc) !== null;
  const form = onOrdersPage ? null : findPushForm(doc);
  const bannerImage = signal<BannerImage | null>(null);
  const now = lazyClock(abort);
  // Findings change with the clock only minute by minute; recomputing them every second is waste.
  const minute = byMinute(now);
  const read: DraftWatch | null = form ? watchDraft(form, abort, isOwnNode, POLL_MS) : null;

  const draft = computed(() => {
    if (!read) return null;
    const base = read.value.draft;
    // Unticking the banner box drops the picked image along with it, as QSM's own reset does.
    const image = base.banner.enabled ? bannerImage.value : null;
    return { ...base, banner: { ...base.banner, image } };
  });

  const missing = computed(() => read?.value.missing ?? []);
  const findings = computed(() => {
    const current = draft.value;
    if (!current) return [];
    const unread = new Set<string>(missing.value);
    // A field the adapter could not find is unknown, not empty: it must neither be flagged nor block apply.
    return checkPush(current, {
      now: minute.value,
      history: sources.history.value,
      settings: sources.settings.value,
    }).filter((finding) => !unread.has(finding.field));
  });

  return {
    document: doc,
    lang: sources.lang ?? pickLanguage(navigator.languages),
    form,
    draft: computed(() => draft.value ?? emptyDraft()),
    refreshDraft: () => read?.refresh(),
    missing,
    findings,
    attention: watchAttention(form, findings, abort),
    bannerImage,
    guarded: signal(false),
    history: sources.history,
    settings: sources.settings,
    // Nor do they hold a push history, and their grids are refilled all day: not watched there.
    historyDialog: onOrdersPage ? signal(null) : watchHistoryDialog(doc, abort),
    now,
    minute,
  };
}
