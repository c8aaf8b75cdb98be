/**
 * Countdown math for pending pushes: where each push stands against its cancel deadline (send time −
 * 24 h), the toolbar badge count, and the reminders the background schedules. All instants are
 * absolute; JST only matters when they are shown.
 */
import { type Lang, t } from '../i18n';
import type { PushRecord } from '../schema';
import { cancelDeadline, HOUR_MS, splitDuration } from '../time/jst';
import { DEFAULT_REMINDER_LEAD_MINUTES } from './settings';

export type CancelPhase = 'cancellable' | 'closing-soon' | 'closed' | 'sent' | 'cancelled' | 'failed';

export interface CancelState {
  sendAt: Date;
  deadline: Date;
  /** Time left until the cancel deadline, 0 once it has passed. */
  msLeft: number;
  phase: CancelPhase;
}

export const DEFAULT_REMINDER_LEAD_MS = DEFAULT_REMINDER_LEAD_MINUTES * 60_000;

/**
 * Where a push stands at `now`. A push QSM still lists as scheduled counts as sent once its send time
 * has passed; 'closing-soon' is the last `leadMs` before the cancel deadline (the reminder window).
 */
export function cancelState(
  record: Pick<PushRecord, 'sendAt' | 'status'>,
  now: Date,
  leadMs = DEFAULT_REMINDER_LEAD_MS,
): CancelState {
  const sendAt = new Date(record.sendAt);
  const deadline = cancelDeadline(sendAt);
  const msLeft = Math.max(0, deadline.getTime() - now.getTime());
  const phase = phaseOf(record.status, now.getTime(), sendAt.getTime(), deadline.getTime(), leadMs);
  return { sendAt, deadline, msLeft, phase };
}

function phaseOf(
  status: PushRecord['status'],
  now: number,
  sendAt: number,
  deadline: number,
  leadMs: number,
): CancelPhase {
  if (status !== 'scheduled') return status;
  if (now >= sendAt) return 'sent';
  if (now >= deadline) return 'closed';
  return deadline - now <= leadMs ? 'closing-soon' : 'cancellable';
}

export function isCancellable(phase: CancelPhase): boolean {
  return phase === 'cancellable' || phase === 'closing-soon';
}

/** How many pushes can still be cancelled at `now`: the toolbar badge. */
export function badgeCount(records: readonly Pick<PushRecord, 'sendAt' | 'status'>[], now: Date): number {
  return records.filter((record) => isCancellable(cancelState(record, now).phase)).length;
}

/** Pushes worth listing as pending: scheduled and not yet sent, in send-time order. */
export function pendingPushes<T extends Pick<PushRecord, 'sendAt' | 'status'>>(
  records: readonly T[],
  now: Date,
): T[] {
  return records
    .filter((record) => record.status === 'scheduled' && Date.parse(record.sendAt) > now.getTime())
    .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
}

/** `1d 03:05:09` style, the day unit translated; seconds so that the countdown visibly runs. */
export function formatDuration(lang: Lang, ms: number): string {
  const { days, hours, minutes } = splitDuration(ms);
  const seconds = Math.max(0, Math.floor(ms / 1000)) % 60;
  const clock = [hours, minutes, seconds].map((n) => String(n).padStart(2, '0')).join(':');
  return days > 0 ? t(lang, 'pushes.duration.days', { days, clock }) : clock;
}

/** The countdown's sentence with its duration apart: a page keeps the duration on one line. */
export interface CountdownParts {
  before: string;
  /** Empty once nothing is left to count. */
  duration: string;
  after: string;
}

const DURATION_MARK = '\u0000';

export function countdownParts(lang: Lang, state: CancelState): CountdownParts {
  switch (state.phase) {
    case 'cancellable':
    case 'closing-soon': {
      const sentence = t(lang, 'pushes.countdown.left', { duration: DURATION_MARK });
      const [before = '', after = ''] = sentence.split(DURATION_MARK);
      return { before, duration: formatDuration(lang, state.msLeft), after };
    }
    case 'closed':
      return { before: t(lang, 'pushes.countdown.closed'), duration: '', after: '' };
    default:
      return { before: t(lang, `pushes.status.${state.phase}`), duration: '', after: '' };
  }
}

/**
 * The countdown where a line has room for a word only (a DHTMLX grid's fixed cell): whole hours left
 * (minutes in the last hour), or "too late"; null once QSM's own status says it all.
 */
export function compactCountdown(lang: Lang, state: CancelState): string | null {
  switch (state.phase) {
    case 'cancellable':
    case 'closing-soon': {
      const hours = Math.floor(state.msLeft / HOUR_MS);
      if (hours > 0) return t(lang, 'pushes.countdown.hoursShort', { hours });
      return t(lang, 'pushes.countdown.minutesShort', { minutes: Math.floor(state.msLeft / 60_000) });
    }
    case 'closed':
      return t(lang, 'pushes.countdown.closedShort');
    default:
      return null;
  }
}

/** The one-line countdown a seller reads beside a push. */
export function formatCountdown(lang: Lang, state: CancelState): string {
  const { before, duration, after } = countdownParts(lang, state);
  return `${before}${duration}${after}`;
}

export type ReminderKind = 'before-deadline' | 'deadline' | 'send';

export interface Reminder {
  /** Unique per push and kind; the background names its alarm so. */
  name: string;
  /** Epoch milliseconds. */
  when: number;
  kind: ReminderKind;
  recordId: string;
}

export const REMINDER_PREFIX = 'qpp:';

export function reminderName(kind: ReminderKind, recordId: string): string {
  return `${REMINDER_PREFIX}${kind}:${recordId}`;
}

/** The reminder an alarm name stands for, or null for names this module did not make. */
export function parseReminderName(name: string): { kind: ReminderKind; recordId: string } | null {
  const match = /^qpp:(before-deadline|deadline|send):(.+)$/.exec(name);
  return match?.[1] && match[2] ? { kind: match[1] as ReminderKind, recordId: match[2] } : null;
}

/**
 * The reminders still ahead for scheduled pushes: `before-deadline` a lead before each cancel
 * deadline, `deadline` at it (silent: the badge changes), `send` at the send time. Past ones are left
 * out, so a push applied inside its reminder window is not announced as if it were news.
 */
export function reminderPlan(
  records: readonly Pick<PushRecord, 'id' | 'sendAt' | 'status'>[],
  now: Date,
  settings: { reminderLeadMinutes: number },
): Reminder[] {
  const leadMs = Math.max(0, settings.reminderLeadMinutes) * 60_000;
  const plan: Reminder[] = [];
  for (const record of records) {
    if (record.status !== 'scheduled') continue;
    const sendAt = Date.parse(record.sendAt);
    if (Number.isNaN(sendAt)) continue;
    const deadline = cancelDeadline(new Date(sendAt)).getTime();
    const moments: [ReminderKind, number][] = [
      ['before-deadline', deadline - leadMs],
      ['deadline', deadline],
      ['send', sendAt],
    ];
    for (const [kind, when] of moments) {
      if (when > now.getTime())
        plan.push({ name: reminderName(kind, record.id), when, kind, recordId: record.id });
    }
  }
  return plan.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
}

/** Whether an alarm that fires at `now` is still worth a notification (it may fire late). */
export function reminderStillDue(
  kind: ReminderKind,
  record: Pick<PushRecord, 'sendAt' | 'status'> | undefined,
  now: Date,
): boolean {
  if (record?.status !== 'scheduled') return false;
  const sendAt = Date.parse(record.sendAt);
  if (kind === 'before-deadline') return now.getTime() < cancelDeadline(new Date(sendAt)).getTime();
  // A send notice hours late (browser was closed) would only confuse.
  if (kind === 'send') return now.getTime() - sendAt < HOUR_MS;
  return false;
}
