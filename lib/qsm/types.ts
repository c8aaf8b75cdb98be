/**
 * What the page adapter hands to the rest of the extension. Only lib/qsm/ knows QSM's HTML; every
 * other module reaches the page through these handles.
 */
import type { ReadonlySignal } from '@preact/signals-core';
import type { DraftField, PushDraft, PushStatus, PushType } from '../schema';

/** The languages QSM serves its pages in. */
export type QsmLang = 'zh' | 'ja' | 'en' | 'ko';

/** The push form (申请优惠券推送) as found in a document. */
export interface PushForm {
  /** The element that holds the whole form (its table or container). */
  root: HTMLElement;
  /** The language the page's labels are in. */
  lang: QsmLang;
  /** The row of each field (the `<tr>` or equivalent), where findings are shown beside the field. */
  rows: Partial<Record<DraftField, HTMLElement>>;
  /** The page's own controls the extension reads or drives. Any may be missing. */
  controls: {
    apply?: HTMLElement; // 申请
    history?: HTMLElement; // 申请记录
    preview?: HTMLElement; // 预先查看
    sendDate?: HTMLInputElement;
    sendTime?: HTMLSelectElement;
    bannerFile?: HTMLInputElement; // the banner's <input type=file>
    orderUploadOpen?: HTMLElement; // "+ 订单号上传", opens the upload dialog
    orderFile?: HTMLInputElement; // the upload dialog's <input type=file> (Excel Upload)
    orderUploadSubmit?: HTMLElement; // "Upload File"
  };
  /** Fields the adapter could not find on this page; each is also absent from `rows`. */
  missing: DraftField[];
}

/** A read of the form: the draft and the fields that could not be read. */
export interface DraftRead {
  draft: PushDraft;
  missing: DraftField[];
}

/** One row of a history table (申请记录), as QSM shows it. */
export interface HistoryRow {
  /** QSM's own id for the push where the page exposes one, else `<couponNumber>@<sendAt>`. */
  id: string;
  couponNumber: string;
  shop?: string;
  /** Known on the execution tabs (广告 / 补偿); the cancel tab does not show it. */
  type: PushType | null;
  /** ISO 8601 with +09:00. */
  sendAt: string;
  status: PushStatus;
  /** QSM's own status word, when it is not one we know: `status` is then assumed from the send time. */
  statusWord?: string;
  /** Which tab the row came from. */
  tab: 'cancel' | 'ad' | 'compensation';
  /** Set on a DHTMLX grid's row (fixed layout: annotations must stay on one line); absent in a plain table. */
  layout?: 'grid';
  /** The table row itself, for features that annotate it (countdowns). */
  element: HTMLTableRowElement;
  /** The row's send-time cell (预期传输日期和时间), where an annotation about that time belongs. */
  sendAtCell?: HTMLTableCellElement;
}

/**
 * The cancel tab's search (登录日 from – to, optional coupon number) as the page shows it, and
 * whether its table is fully rendered: every body row read, or only the page's own "no data" row.
 */
export interface CancelFilter {
  /** YYYY-MM-DD, JST. */
  from: string;
  /** YYYY-MM-DD, JST. */
  to: string;
  couponNumber?: string;
  complete: boolean;
}

/** The history dialog, when it is in the document. */
export interface HistoryDialog {
  root: HTMLElement;
  lang: QsmLang;
  rows: HistoryRow[];
  /** Absent when the cancel tab or its registration-date range cannot be read. */
  cancelFilter?: CancelFilter;
  /** The header words of its coupon, send-time and status columns (QSM's words, to learn). */
  headers?: Partial<Record<'couponNo' | 'sendAt' | 'status', string>>;
}

export type { ReadonlySignal };
