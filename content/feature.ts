/**
 * A feature of the content script: one self-contained module that says where it runs and starts
 * from one `init`. Its AbortSignal tears it down; a feature that throws is logged and skipped, so
 * one broken feature never takes the others (or QSM's page) with it. Register it in `features.ts`.
 */
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Lang } from '../lib/i18n';
import type { HistoryDialog, PushForm } from '../lib/qsm/types';
import type { DraftField, Finding, PushDraft, PushRecord, Settings } from '../lib/schema';
import type { Attention } from './attention';

export type BannerImage = NonNullable<PushDraft['banner']['image']>;

export interface QsmPage {
  document: Document;
  /** The seller's language for everything the extension shows. */
  lang: Lang;
  /** The push form, when this page has one. */
  form: PushForm | null;
  /** The live draft: what the adapter reads from the form, plus what features learn (banner image). */
  draft: ReadonlySignal<PushDraft>;
  /** Reads the form again now, synchronously: what a press of 申请 is judged on. */
  refreshDraft: () => void;
  /** Draft fields the adapter could not find on this page (not checked). */
  missing: ReadonlySignal<DraftField[]>;
  /** checkPush(draft) against the current clock, history and settings. */
  findings: ReadonlySignal<Finding[]>;
  /** Which findings to show now (fields the seller touched; all after 申请), and which errors wait. */
  attention: Attention;
  /** Whether the apply guard is attached to the page's apply control (set by the apply-guard feature). */
  guarded: Signal<boolean>;
  /** Set by the banner feature when the seller picks a banner file. */
  bannerImage: Signal<BannerImage | null>;
  /** Known pushes (storage), for the weekly limit and quota and the preview's shop name. */
  history: ReadonlySignal<PushRecord[]>;
  settings: ReadonlySignal<Settings>;
  /** The history dialog whenever it is in the document (re-read on DOM changes), else null. */
  historyDialog: ReadonlySignal<HistoryDialog | null>;
  /** A clock signal that ticks every second, for countdowns. */
  now: ReadonlySignal<Date>;
  /** The same clock changing once a minute, for what moves only with the minute or the JST date. */
  minute: ReadonlySignal<Date>;
}

export interface Feature {
  id: string;
  include: (page: QsmPage) => boolean;
  init: (page: QsmPage, signal: AbortSignal) => void | Promise<void>;
}
