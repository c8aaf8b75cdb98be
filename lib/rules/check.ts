/**
 * checkPush: every push rule (docs/rules.md) over a draft, as findings. Pure and total: it reads only its
 * arguments, decides every date in Japan time, and returns findings (never throws) for anything
 * the page may hand it, malformed date strings included.
 */
import type { DraftField, Finding, PushDraft, PushRecord, Settings, Severity } from '../schema';
import { defaultSettings } from '../schema';
import {
  addJstDays,
  CANCEL_LEAD_MS,
  cancelDeadline,
  HOUR_MS,
  jstDate,
  jstInstant,
  sendAtOf,
  toJstIso,
} from '../time/jst';
import { BANNER, FIELD_ORDER, type FindingCode, ITEMS, SEND_DAYS_AHEAD, SEND_TIME } from './codes';
import { pickableFrom } from './pick';
import { findWeeklyConflict, weekOf, windowDates } from './week';

export interface CheckContext {
  now: Date;
  history: PushRecord[];
  settings?: Partial<Settings>;
  /** A history record that is this very draft (already applied), so it does not conflict with itself. */
  ignoreId?: string;
}

type Params = Record<string, unknown>;
type Emit = (code: FindingCode, severity: Severity, field: DraftField, params?: Params) => void;

const MINUTE_MS = 60_000;
const isString = (value: unknown): value is string => typeof value === 'string';

/** Minutes since midnight of an `HH:mm` string, or null when it is no wall-clock time. */
function minutesOf(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** An ISO instant from the page, or null when it does not parse. */
function instantOf(iso: unknown): Date | null {
  if (!isString(iso)) return null;
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

const isJstDate = (value: unknown): value is string => isString(value) && jstInstant(value) !== null;

function checkType(draft: PushDraft, emit: Emit): void {
  if (draft.type !== 'ad' && draft.type !== 'compensation') emit('type-missing', 'error', 'type');
}

function checkCoupon(draft: PushDraft, sendAt: Date | null, marginHours: number, emit: Emit): void {
  const coupon = draft.coupon;
  if (!coupon) {
    emit('coupon-missing', 'error', 'coupon');
    return;
  }
  const couponNumber = coupon.number;
  if (coupon.qstoreOnly) emit('coupon-qstore-only', 'error', 'coupon', { couponNumber });
  if (!sendAt) return;
  const sendIso = toJstIso(sendAt);
  const validFrom = instantOf(coupon.validFrom);
  const validTo = instantOf(coupon.validTo);
  if (validTo && validTo < sendAt) {
    emit('coupon-ends-before-send', 'error', 'coupon', {
      couponNumber,
      validTo: toJstIso(validTo),
      sendAt: sendIso,
    });
  } else if (validTo && validTo.getTime() - sendAt.getTime() < marginHours * HOUR_MS) {
    // Ending exactly at the send time is not "before" it, so it lands here with 0 minutes left.
    emit('coupon-ends-soon-after-send', 'warning', 'coupon', {
      couponNumber,
      validTo: toJstIso(validTo),
      sendAt: sendIso,
      minutesLeft: Math.floor((validTo.getTime() - sendAt.getTime()) / MINUTE_MS),
      marginHours,
    });
  }
  if (validFrom && validFrom > sendAt) {
    emit('coupon-starts-after-send', 'warning', 'coupon', {
      couponNumber,
      validFrom: toJstIso(validFrom),
      sendAt: sendIso,
    });
  }
}

function checkItems(draft: PushDraft, emit: Emit): void {
  const items = draft.items;
  if (items.mode === 'auto') {
    const topN = items.topN;
    if (!Number.isInteger(topN) || topN < ITEMS.autoMin || topN > ITEMS.autoMax) {
      emit('items-auto-range', 'error', 'items', { topN, min: ITEMS.autoMin, max: ITEMS.autoMax });
    }
    return;
  }
  const ids = items.itemIds;
  if (ids.length === 0) emit('items-manual-empty', 'error', 'items', { max: ITEMS.manualMax });
  if (ids.length > ITEMS.manualMax) {
    emit('items-manual-too-many', 'error', 'items', { count: ids.length, max: ITEMS.manualMax });
  }
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of ids) (seen.has(id) ? duplicates : seen).add(id);
  if (duplicates.size > 0) {
    emit('items-manual-duplicate', 'warning', 'items', {
      items: [...duplicates],
      count: duplicates.size,
    });
  }
}

function checkAudience(draft: PushDraft, today: string, emit: Emit): void {
  const { fanCount, period } = draft.audience;
  if (fanCount === 0) emit('audience-empty', 'error', 'audience', { fanCount });
  if (period === 'all') return;
  const { from, to } = period;
  const reason =
    !isJstDate(from) || !isJstDate(to) ? 'malformed' : from > to ? 'reversed' : to > today ? 'future' : null;
  if (reason) emit('audience-period-invalid', 'error', 'audience', { from, to, today, reason });
}

function checkRecipients(draft: PushDraft, emit: Emit): void {
  const { uploaded, selected } = draft.recipients;
  if (!(uploaded > 0)) emit('recipients-missing', 'error', 'recipients');
  else if (!(selected > 0)) emit('recipients-none-selected', 'error', 'recipients', { uploaded });
}

/** The send date and time checks; returns the send instant when both are readable. */
function checkSendAt(draft: PushDraft, context: CheckContext, today: string, emit: Emit): Date | null {
  const { sendDate, sendTime } = draft;
  const first = addJstDays(today, SEND_DAYS_AHEAD.first);
  const last = addJstDays(today, SEND_DAYS_AHEAD.last);
  if (!sendDate || !sendTime) {
    const missing = [!sendDate && 'sendDate', !sendTime && 'sendTime'].filter(isString);
    emit('send-at-missing', 'error', sendDate ? 'sendTime' : 'sendDate', { missing });
  }

  let dateOk = false;
  if (sendDate) {
    const valid = isJstDate(sendDate);
    dateOk = valid && sendDate >= first && sendDate <= last;
    if (!dateOk) {
      const reason = !valid ? 'malformed' : sendDate < first ? 'too-early' : 'too-late';
      emit('send-date-out-of-window', 'error', 'sendDate', { date: sendDate, today, first, last, reason });
    }
  }

  if (sendTime) {
    const minutes = minutesOf(sendTime);
    const firstMinutes = minutesOf(SEND_TIME.first) ?? 0;
    const lastMinutes = minutesOf(SEND_TIME.last) ?? 0;
    const window = { time: sendTime, first: SEND_TIME.first, last: SEND_TIME.last };
    // Off-slot only fires inside 10:00..22:00: outside it the one remedy is to pick a time in the window.
    if (minutes === null || minutes < firstMinutes || minutes > lastMinutes) {
      const reason = minutes === null ? 'malformed' : minutes < firstMinutes ? 'too-early' : 'too-late';
      emit('send-time-out-of-window', 'error', 'sendTime', { ...window, reason });
    } else if (minutes % SEND_TIME.stepMinutes !== 0) {
      const earlier = minutes - (minutes % SEND_TIME.stepMinutes);
      emit('send-time-off-slot', 'error', 'sendTime', {
        time: sendTime,
        stepMinutes: SEND_TIME.stepMinutes,
        earlier: hhmm(earlier),
        later: hhmm(earlier + SEND_TIME.stepMinutes),
      });
    }
  }

  const sendAt = sendAtOf(draft);
  // A send outside the date window is already an error; telling it cannot be cancelled would be noise.
  if (sendAt && dateOk && sendAt.getTime() - context.now.getTime() < CANCEL_LEAD_MS) {
    emit('cancel-window-closed', 'warning', 'sendTime', {
      sendAt: toJstIso(sendAt),
      cancelDeadline: toJstIso(cancelDeadline(sendAt)),
      minutesLeft: Math.max(0, Math.floor((sendAt.getTime() - context.now.getTime()) / MINUTE_MS)),
    });
  }
  return sendAt;
}

function checkWeek(
  draft: PushDraft,
  sendAt: Date | null,
  context: CheckContext,
  settings: Settings,
  emit: Emit,
) {
  const rule = settings.weekRule;
  // The calendar week depends on the date alone, so the seller learns of a conflict before picking a time.
  const at =
    sendAt ?? (rule === 'calendar-week' && isJstDate(draft.sendDate) ? jstInstant(draft.sendDate) : null);
  if (!at) return;
  const found = findWeeklyConflict(at, context.history, rule, context.ignoreId);
  if (!found) return;
  const pickFrom = pickableFrom(found.nextAllowed, jstDate(context.now));
  const conflictAt = new Date(found.conflict.sendAt);
  const conflictDeadline = cancelDeadline(conflictAt);
  // Cancelling the other push is advice only while QSM would still take it (popup and finding agree).
  const cancellable =
    found.conflict.status === 'scheduled' && context.now.getTime() < conflictDeadline.getTime();
  emit('weekly-limit', 'error', 'sendDate', {
    conflictId: found.conflict.id,
    conflictCouponNumber: found.conflict.couponNumber,
    conflictSendAt: toJstIso(conflictAt),
    conflictCancelDeadline: toJstIso(conflictDeadline),
    conflictStatus: found.conflict.status,
    ...(cancellable ? { advice: 'cancel-other' } : {}),
    nextAllowed: found.nextAllowed,
    // The calendar offers D+1..D+3 only: a later free date is advised with the day it can be picked.
    ...(pickFrom > jstDate(context.now) ? { pickFrom, reason: 'pick-later' } : {}),
    weekRule: rule,
    ...windowDates(weekOf(at, rule)),
  });
}

function checkBanner(draft: PushDraft, emit: Emit): void {
  const banner = draft.banner;
  if (!banner.enabled) return;
  const image = banner.image;
  if (!image) {
    emit('banner-missing', 'error', 'banner', { requiredWidth: BANNER.width, requiredHeight: BANNER.height });
    return;
  }
  const type = String(image.type).toLowerCase();
  const formatOk = (BANNER.types as readonly string[]).includes(type);
  if (!formatOk) emit('banner-format', 'error', 'banner', { type: image.type, allowed: [...BANNER.types] });
  // An unreadable format reports 0 × 0; a size finding would then say nothing true.
  const sizeKnown = formatOk || image.width > 0 || image.height > 0;
  if (sizeKnown && (image.width !== BANNER.width || image.height !== BANNER.height)) {
    emit('banner-size', 'error', 'banner', {
      width: image.width,
      height: image.height,
      requiredWidth: BANNER.width,
      requiredHeight: BANNER.height,
    });
  }
}

/** The settings in force: defaults for anything missing or unusable. */
function settingsOf(partial: Partial<Settings> | undefined): Settings {
  const margin = partial?.couponMarginHours;
  return {
    weekRule: partial?.weekRule === 'rolling-7-days' ? 'rolling-7-days' : defaultSettings.weekRule,
    couponMarginHours:
      typeof margin === 'number' && Number.isFinite(margin) && margin >= 0
        ? margin
        : defaultSettings.couponMarginHours,
  };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const fieldRank = (field: string) => {
  const index = (FIELD_ORDER as readonly string[]).indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
};

/**
 * Every finding for a draft, ordered by the form's field order, then severity (errors first).
 * `context.now` decides D (today in JST); `history` holds the shop's known pushes for the weekly limit.
 */
export function checkPush(draft: PushDraft, context: CheckContext): Finding[] {
  const settings = settingsOf(context.settings);
  const findings: Finding[] = [];
  const emit: Emit = (code, severity, field, params) => {
    findings.push(params ? { code, severity, field, params } : { code, severity, field });
  };
  const today = jstDate(context.now);

  checkType(draft, emit);
  const sendAt = checkSendAt(draft, context, today, emit);
  checkCoupon(draft, sendAt, settings.couponMarginHours, emit);
  checkItems(draft, emit);
  if (draft.type === 'ad') checkAudience(draft, today, emit);
  if (draft.type === 'compensation') checkRecipients(draft, emit);
  checkWeek(draft, sendAt, context, settings, emit);
  checkBanner(draft, emit);

  return findings.sort(
    (a, b) => fieldRank(a.field) - fieldRank(b.field) || severityRank[a.severity] - severityRank[b.severity],
  );
}
