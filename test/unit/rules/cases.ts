/**
 * Shared fixtures for the rules tests: a draft with no findings at all, and one table of cases,
 * each a change to that draft or its context and whether a given code fires. Every instant is
 * written with its offset, so the machine zone (the `tz` project runs these suites in Shanghai and
 * Los Angeles too) never changes what a case means.
 * A catalogue (one case per line of the table), hence its length.
 */
import { type CheckContext, checkPush, type FindingCode } from '../../../lib/rules';
import type { Finding, PushDraft, PushRecord, Settings } from '../../../lib/schema';

/** Friday 2026-11-27 12:00 JST: D = 2026-11-27, send dates 2026-11-28..2026-11-30 (Sat..Mon). */
export const NOW = '2026-11-27T12:00:00+09:00';

export function validDraft(): PushDraft {
  return {
    type: 'ad',
    coupon: {
      number: 'C100',
      label: '10% off',
      validFrom: '2026-11-01T00:00:00+09:00',
      validTo: '2026-12-31T23:59:59+09:00',
      qstoreOnly: false,
    },
    items: { mode: 'auto', topN: 4 },
    audience: { fanCount: 36212, period: 'all' },
    recipients: { uploaded: 0, selected: 0 },
    sendDate: '2026-11-29',
    sendTime: '14:00',
    banner: { enabled: false, image: null, link: 'minishop' },
  };
}

export const record = (
  id: string,
  sendAt: string,
  status: PushRecord['status'] = 'scheduled',
  type: PushRecord['type'] = 'ad',
): PushRecord => ({ id, couponNumber: `C${id}`, type, sendAt, status });

export interface Case {
  name: string;
  code: FindingCode;
  fires: boolean;
  draft?: (draft: PushDraft) => void;
  now?: string;
  history?: PushRecord[];
  settings?: Partial<Settings>;
  /** When it fires: the expected severity, field and (a subset of) params. */
  severity?: Finding['severity'];
  field?: string;
  params?: Record<string, unknown>;
}

export function run(c: Pick<Case, 'draft' | 'now' | 'history' | 'settings'>): Finding[] {
  const draft = validDraft();
  c.draft?.(draft);
  const context: CheckContext = { now: new Date(c.now ?? NOW), history: c.history ?? [] };
  if (c.settings) context.settings = c.settings;
  return checkPush(draft, context);
}

const big = (n: number) => Array.from({ length: n }, (_, i) => String(921676400 + i));
const image = (type: string, width: number, height: number) => ({ type, width, height, bytes: 1000 });
const compensation = (uploaded: number, selected: number) => (d: PushDraft) => {
  d.type = 'compensation';
  d.recipients = { uploaded, selected };
};
const banner =
  (img: ReturnType<typeof image> | null, enabled = true) =>
  (d: PushDraft) => {
    d.banner = { enabled, image: img, link: 'item' };
  };
const validTo = (iso: string) => (d: PushDraft) => {
  if (d.coupon) d.coupon.validTo = iso;
};
const validFrom = (iso: string) => (d: PushDraft) => {
  if (d.coupon) d.coupon.validFrom = iso;
};
const sendAt = (date: string | null, time: string | null) => (d: PushDraft) => {
  d.sendDate = date;
  d.sendTime = time;
};
const period = (from: string, to: string) => (d: PushDraft) => {
  d.audience.period = { from, to };
};

export const cases: Case[] = [
  {
    name: 'no type',
    code: 'type-missing',
    fires: true,
    draft: (d) => {
      d.type = null;
    },
    severity: 'error',
    field: 'type',
  },
  { name: 'ad chosen', code: 'type-missing', fires: false },
  {
    name: 'no coupon',
    code: 'coupon-missing',
    fires: true,
    draft: (d) => {
      d.coupon = null;
    },
    severity: 'error',
    field: 'coupon',
  },
  { name: 'coupon chosen', code: 'coupon-missing', fires: false },
  {
    name: 'Qstore-only',
    code: 'coupon-qstore-only',
    fires: true,
    draft: (d) => {
      if (d.coupon) d.coupon.qstoreOnly = true;
    },
    severity: 'error',
    field: 'coupon',
    params: { couponNumber: 'C100' },
  },
  { name: 'not Qstore-only', code: 'coupon-qstore-only', fires: false },

  {
    name: 'coupon ends one minute before the send',
    code: 'coupon-ends-before-send',
    fires: true,
    draft: validTo('2026-11-29T13:59:00+09:00'),
    severity: 'error',
    field: 'coupon',
    params: { validTo: '2026-11-29T13:59:00+09:00', sendAt: '2026-11-29T14:00:00+09:00' },
  },
  {
    name: 'coupon end given in UTC is reported in JST',
    code: 'coupon-ends-before-send',
    fires: true,
    draft: validTo('2026-11-29T04:59:00Z'),
    params: { validTo: '2026-11-29T13:59:00+09:00' },
  },
  {
    name: 'coupon ends exactly at the send',
    code: 'coupon-ends-before-send',
    fires: false,
    draft: validTo('2026-11-29T14:00:00+09:00'),
  },
  {
    name: 'coupon ends exactly at the send: ends soon, 0 min left',
    code: 'coupon-ends-soon-after-send',
    fires: true,
    draft: validTo('2026-11-29T14:00:00+09:00'),
    severity: 'warning',
    field: 'coupon',
    params: { minutesLeft: 0, marginHours: 24 },
  },
  {
    name: 'ends before the send is not also "ends soon"',
    code: 'coupon-ends-soon-after-send',
    fires: false,
    draft: validTo('2026-11-29T13:59:00+09:00'),
  },
  {
    name: 'coupon end unreadable: no judgement',
    code: 'coupon-ends-before-send',
    fires: false,
    draft: validTo('31/12/2026'),
  },

  {
    name: 'coupon usable one minute after the send',
    code: 'coupon-starts-after-send',
    fires: true,
    draft: validFrom('2026-11-29T14:01:00+09:00'),
    severity: 'warning',
    field: 'coupon',
    params: { validFrom: '2026-11-29T14:01:00+09:00', sendAt: '2026-11-29T14:00:00+09:00' },
  },
  {
    name: 'coupon usable exactly at the send',
    code: 'coupon-starts-after-send',
    fires: false,
    draft: validFrom('2026-11-29T14:00:00+09:00'),
  },

  {
    name: '23 h 59 min left, default margin 24 h',
    code: 'coupon-ends-soon-after-send',
    fires: true,
    draft: validTo('2026-11-30T13:59:00+09:00'),
    params: { minutesLeft: 1439, marginHours: 24, validTo: '2026-11-30T13:59:00+09:00' },
  },
  {
    name: '24 h left, default margin 24 h',
    code: 'coupon-ends-soon-after-send',
    fires: false,
    draft: validTo('2026-11-30T14:00:00+09:00'),
  },
  {
    name: '24 h left, margin 48 h',
    code: 'coupon-ends-soon-after-send',
    fires: true,
    draft: validTo('2026-11-30T14:00:00+09:00'),
    settings: { couponMarginHours: 48 },
    params: { minutesLeft: 1440, marginHours: 48 },
  },
  {
    name: '0 min left, margin 0 h',
    code: 'coupon-ends-soon-after-send',
    fires: false,
    draft: validTo('2026-11-29T14:00:00+09:00'),
    settings: { couponMarginHours: 0 },
  },

  {
    name: 'no date',
    code: 'send-at-missing',
    fires: true,
    draft: sendAt(null, '14:00'),
    severity: 'error',
    field: 'sendDate',
    params: { missing: ['sendDate'] },
  },
  {
    name: 'no time',
    code: 'send-at-missing',
    fires: true,
    draft: sendAt('2026-11-29', null),
    field: 'sendTime',
    params: { missing: ['sendTime'] },
  },
  {
    name: 'neither',
    code: 'send-at-missing',
    fires: true,
    draft: sendAt(null, null),
    field: 'sendDate',
    params: { missing: ['sendDate', 'sendTime'] },
  },
  { name: 'both set', code: 'send-at-missing', fires: false },

  {
    name: 'today (D)',
    code: 'send-date-out-of-window',
    fires: true,
    draft: sendAt('2026-11-27', '14:00'),
    severity: 'error',
    field: 'sendDate',
    params: {
      date: '2026-11-27',
      today: '2026-11-27',
      first: '2026-11-28',
      last: '2026-11-30',
      reason: 'too-early',
    },
  },
  { name: 'D+1', code: 'send-date-out-of-window', fires: false, draft: sendAt('2026-11-28', '14:00') },
  { name: 'D+3', code: 'send-date-out-of-window', fires: false, draft: sendAt('2026-11-30', '14:00') },
  {
    name: 'D+4',
    code: 'send-date-out-of-window',
    fires: true,
    draft: sendAt('2026-12-01', '14:00'),
    params: { reason: 'too-late', last: '2026-11-30' },
  },
  {
    name: 'impossible date',
    code: 'send-date-out-of-window',
    fires: true,
    draft: sendAt('2026-02-30', '14:00'),
    params: { date: '2026-02-30', reason: 'malformed' },
  },
  {
    name: 'junk date',
    code: 'send-date-out-of-window',
    fires: true,
    draft: sendAt('next friday', '14:00'),
    params: { reason: 'malformed' },
  },
  {
    name: 'slashed date',
    code: 'send-date-out-of-window',
    fires: true,
    draft: sendAt('2026/11/28', '14:00'),
    params: { reason: 'malformed' },
  },
  // D moves at 00:00 JST, whatever the machine zone.
  {
    name: 'now 23:59 JST: D+1 is tomorrow',
    code: 'send-date-out-of-window',
    fires: false,
    now: '2026-11-27T23:59:00+09:00',
    draft: sendAt('2026-11-28', '22:00'),
  },
  {
    name: 'now 23:59 JST: D+4',
    code: 'send-date-out-of-window',
    fires: true,
    now: '2026-11-27T23:59:00+09:00',
    draft: sendAt('2026-12-01', '10:00'),
    params: { today: '2026-11-27', last: '2026-11-30' },
  },
  {
    name: "now 00:00 JST next day: yesterday's D+1 is today",
    code: 'send-date-out-of-window',
    fires: true,
    now: '2026-11-28T00:00:00+09:00',
    draft: sendAt('2026-11-28', '22:00'),
    params: { today: '2026-11-28', first: '2026-11-29', last: '2026-12-01' },
  },
  {
    name: 'now 00:00 JST next day: D+3 moved',
    code: 'send-date-out-of-window',
    fires: false,
    now: '2026-11-28T00:00:00+09:00',
    draft: sendAt('2026-12-01', '10:00'),
  },
  {
    name: 'now as UTC 14:59Z is 23:59 JST',
    code: 'send-date-out-of-window',
    fires: false,
    now: '2026-11-27T14:59:00Z',
    draft: sendAt('2026-11-28', '22:00'),
  },
  {
    name: 'now as UTC 15:00Z is 00:00 JST',
    code: 'send-date-out-of-window',
    fires: true,
    now: '2026-11-27T15:00:00Z',
    draft: sendAt('2026-11-28', '22:00'),
    params: { today: '2026-11-28' },
  },
  {
    name: 'across the year end',
    code: 'send-date-out-of-window',
    fires: false,
    now: '2026-12-30T09:00:00+09:00',
    draft: sendAt('2027-01-02', '14:00'),
  },
  {
    name: 'across the year end, D+4',
    code: 'send-date-out-of-window',
    fires: true,
    now: '2026-12-30T09:00:00+09:00',
    draft: sendAt('2027-01-03', '14:00'),
    params: { first: '2026-12-31', last: '2027-01-02' },
  },

  {
    name: '09:30',
    code: 'send-time-out-of-window',
    fires: true,
    draft: sendAt('2026-11-29', '09:30'),
    severity: 'error',
    field: 'sendTime',
    params: { time: '09:30', first: '10:00', last: '22:00', reason: 'too-early' },
  },
  { name: '10:00', code: 'send-time-out-of-window', fires: false, draft: sendAt('2026-11-29', '10:00') },
  { name: '22:00', code: 'send-time-out-of-window', fires: false, draft: sendAt('2026-11-29', '22:00') },
  {
    name: '22:30',
    code: 'send-time-out-of-window',
    fires: true,
    draft: sendAt('2026-11-29', '22:30'),
    params: { reason: 'too-late' },
  },
  {
    name: '23:59',
    code: 'send-time-out-of-window',
    fires: true,
    draft: sendAt('2026-11-29', '23:59'),
    params: { reason: 'too-late' },
  },
  {
    name: '00:00',
    code: 'send-time-out-of-window',
    fires: true,
    draft: sendAt('2026-11-29', '00:00'),
    params: { reason: 'too-early' },
  },
  {
    name: '25:00',
    code: 'send-time-out-of-window',
    fires: true,
    draft: sendAt('2026-11-29', '25:00'),
    params: { reason: 'malformed' },
  },
  {
    name: '9:30',
    code: 'send-time-out-of-window',
    fires: true,
    draft: sendAt('2026-11-29', '9:30'),
    params: { reason: 'malformed' },
  },

  {
    name: '10:15',
    code: 'send-time-off-slot',
    fires: true,
    draft: sendAt('2026-11-29', '10:15'),
    severity: 'error',
    field: 'sendTime',
    params: { time: '10:15', earlier: '10:00', later: '10:30', stepMinutes: 30 },
  },
  {
    name: '21:59',
    code: 'send-time-off-slot',
    fires: true,
    draft: sendAt('2026-11-29', '21:59'),
    params: { earlier: '21:30', later: '22:00' },
  },
  { name: '10:30', code: 'send-time-off-slot', fires: false, draft: sendAt('2026-11-29', '10:30') },
  {
    name: '22:15 is out of the window, not off a slot',
    code: 'send-time-off-slot',
    fires: false,
    draft: sendAt('2026-11-29', '22:15'),
  },
  {
    name: '09:45 is out of the window, not off a slot',
    code: 'send-time-off-slot',
    fires: false,
    draft: sendAt('2026-11-29', '09:45'),
  },

  {
    name: 'exactly 24 h ahead',
    code: 'cancel-window-closed',
    fires: false,
    now: '2026-11-28T14:00:00+09:00',
    draft: sendAt('2026-11-29', '14:00'),
  },
  {
    name: '23 h 59 min ahead',
    code: 'cancel-window-closed',
    fires: true,
    now: '2026-11-28T14:01:00+09:00',
    draft: sendAt('2026-11-29', '14:00'),
    severity: 'warning',
    field: 'sendTime',
    params: {
      sendAt: '2026-11-29T14:00:00+09:00',
      cancelDeadline: '2026-11-28T14:00:00+09:00',
      minutesLeft: 1439,
    },
  },
  {
    name: 'applied at 23:59 JST for 10:00 next day',
    code: 'cancel-window-closed',
    fires: true,
    now: '2026-11-28T23:59:00+09:00',
    draft: sendAt('2026-11-29', '10:00'),
    params: { minutesLeft: 601 },
  },
  {
    name: 'date outside the window: the date error says it',
    code: 'cancel-window-closed',
    fires: false,
    draft: sendAt('2026-11-27', '14:00'),
  },

  {
    name: 'another push earlier in the calendar week',
    code: 'weekly-limit',
    fires: true,
    history: [record('p1', '2026-11-24T10:00:00+09:00')],
    severity: 'error',
    field: 'sendDate',
    params: {
      conflictId: 'p1',
      conflictCouponNumber: 'Cp1',
      conflictSendAt: '2026-11-24T10:00:00+09:00',
      nextAllowed: '2026-11-30',
      weekRule: 'calendar-week',
      weekStart: '2026-11-23',
      weekEnd: '2026-11-29',
    },
  },
  {
    name: 'conflict sendAt in UTC is reported in JST',
    code: 'weekly-limit',
    fires: true,
    history: [record('p1', '2026-11-24T01:00:00Z')],
    params: { conflictSendAt: '2026-11-24T10:00:00+09:00' },
  },
  {
    name: 'a compensation push counts for an ad push',
    code: 'weekly-limit',
    fires: true,
    history: [record('p1', '2026-11-24T10:00:00+09:00', 'sent', 'compensation')],
  },
  {
    name: 'cancelled push',
    code: 'weekly-limit',
    fires: false,
    history: [record('p1', '2026-11-24T10:00:00+09:00', 'cancelled')],
  },
  {
    name: 'push in the previous week',
    code: 'weekly-limit',
    fires: false,
    history: [record('p1', '2026-11-22T22:00:00+09:00')],
  },
  {
    name: 'Sunday 22:00 then Monday 10:00, calendar week',
    code: 'weekly-limit',
    fires: false,
    history: [record('p1', '2026-11-29T22:00:00+09:00')],
    draft: sendAt('2026-11-30', '10:00'),
  },
  {
    name: 'Sunday 22:00 then Monday 10:00, rolling 7 days',
    code: 'weekly-limit',
    fires: true,
    history: [record('p1', '2026-11-29T22:00:00+09:00')],
    draft: sendAt('2026-11-30', '10:00'),
    settings: { weekRule: 'rolling-7-days' },
    params: {
      nextAllowed: '2026-12-06',
      pickFrom: '2026-12-03',
      reason: 'pick-later',
      weekRule: 'rolling-7-days',
    },
  },
  {
    name: 'rolling: exactly 7 days apart',
    code: 'weekly-limit',
    fires: false,
    history: [record('p1', '2026-11-22T14:00:00+09:00')],
    settings: { weekRule: 'rolling-7-days' },
  },
  {
    name: 'rolling: 6 days 23 h 30 min apart',
    code: 'weekly-limit',
    fires: true,
    history: [record('p1', '2026-11-22T14:30:00+09:00')],
    settings: { weekRule: 'rolling-7-days' },
    params: { nextAllowed: '2026-11-29' },
  },
  {
    name: 'calendar week knows the conflict from the date alone',
    code: 'weekly-limit',
    fires: true,
    history: [record('p1', '2026-11-24T10:00:00+09:00')],
    draft: sendAt('2026-11-29', null),
  },
  {
    name: 'rolling needs the time',
    code: 'weekly-limit',
    fires: false,
    history: [record('p1', '2026-11-24T10:00:00+09:00')],
    draft: sendAt('2026-11-29', null),
    settings: { weekRule: 'rolling-7-days' },
  },

  {
    name: 'top 3',
    code: 'items-auto-range',
    fires: true,
    draft: (d) => {
      d.items = { mode: 'auto', topN: 3 };
    },
    severity: 'error',
    field: 'items',
    params: { topN: 3, min: 4, max: 16 },
  },
  {
    name: 'top 4',
    code: 'items-auto-range',
    fires: false,
    draft: (d) => {
      d.items = { mode: 'auto', topN: 4 };
    },
  },
  {
    name: 'top 16',
    code: 'items-auto-range',
    fires: false,
    draft: (d) => {
      d.items = { mode: 'auto', topN: 16 };
    },
  },
  {
    name: 'top 17',
    code: 'items-auto-range',
    fires: true,
    draft: (d) => {
      d.items = { mode: 'auto', topN: 17 };
    },
    params: { topN: 17 },
  },
  {
    name: 'manual, none',
    code: 'items-manual-empty',
    fires: true,
    draft: (d) => {
      d.items = { mode: 'manual', itemIds: [] };
    },
    severity: 'error',
    field: 'items',
    params: { max: 16 },
  },
  {
    name: 'manual, one',
    code: 'items-manual-empty',
    fires: false,
    draft: (d) => {
      d.items = { mode: 'manual', itemIds: big(1) };
    },
  },
  {
    name: 'manual, 16',
    code: 'items-manual-too-many',
    fires: false,
    draft: (d) => {
      d.items = { mode: 'manual', itemIds: big(16) };
    },
  },
  {
    name: 'manual, 17',
    code: 'items-manual-too-many',
    fires: true,
    draft: (d) => {
      d.items = { mode: 'manual', itemIds: big(17) };
    },
    severity: 'error',
    field: 'items',
    params: { count: 17, max: 16 },
  },
  {
    name: 'manual, an item twice',
    code: 'items-manual-duplicate',
    fires: true,
    draft: (d) => {
      d.items = { mode: 'manual', itemIds: ['921676424', '921676425', '921676424'] };
    },
    severity: 'warning',
    field: 'items',
    params: { items: ['921676424'], count: 1 },
  },
  {
    name: 'manual, all different',
    code: 'items-manual-duplicate',
    fires: false,
    draft: (d) => {
      d.items = { mode: 'manual', itemIds: big(16) };
    },
  },

  {
    name: '0 fans',
    code: 'audience-empty',
    fires: true,
    draft: (d) => {
      d.audience.fanCount = 0;
    },
    severity: 'error',
    field: 'audience',
    params: { fanCount: 0 },
  },
  {
    name: '1 fan',
    code: 'audience-empty',
    fires: false,
    draft: (d) => {
      d.audience.fanCount = 1;
    },
  },
  {
    name: 'fan count not read yet',
    code: 'audience-empty',
    fires: false,
    draft: (d) => {
      d.audience.fanCount = null;
    },
  },
  {
    name: '0 fans but compensation',
    code: 'audience-empty',
    fires: false,
    draft: (d) => {
      d.audience.fanCount = 0;
      compensation(3, 1)(d);
    },
  },
  {
    name: 'from after to',
    code: 'audience-period-invalid',
    fires: true,
    draft: period('2026-11-20', '2026-11-10'),
    severity: 'error',
    field: 'audience',
    params: { from: '2026-11-20', to: '2026-11-10', reason: 'reversed' },
  },
  {
    name: 'from = to = today',
    code: 'audience-period-invalid',
    fires: false,
    draft: period('2026-11-27', '2026-11-27'),
  },
  {
    name: 'to is tomorrow',
    code: 'audience-period-invalid',
    fires: true,
    draft: period('2026-11-01', '2026-11-28'),
    params: { reason: 'future', today: '2026-11-27' },
  },
  {
    name: 'both in the future',
    code: 'audience-period-invalid',
    fires: true,
    draft: period('2026-12-01', '2026-12-02'),
    params: { reason: 'future' },
  },
  {
    name: 'impossible dates',
    code: 'audience-period-invalid',
    fires: true,
    draft: period('2026-02-30', '2026-03-01'),
    params: { reason: 'malformed' },
  },
  {
    name: 'bad period but compensation',
    code: 'audience-period-invalid',
    fires: false,
    draft: (d) => {
      period('2026-11-20', '2026-11-10')(d);
      compensation(3, 1)(d);
    },
  },

  {
    name: 'compensation, nothing uploaded',
    code: 'recipients-missing',
    fires: true,
    draft: compensation(0, 0),
    severity: 'error',
    field: 'recipients',
  },
  { name: 'compensation, uploaded', code: 'recipients-missing', fires: false, draft: compensation(3, 1) },
  { name: 'ad, nothing uploaded', code: 'recipients-missing', fires: false },
  {
    name: 'compensation, none ticked',
    code: 'recipients-none-selected',
    fires: true,
    draft: compensation(3, 0),
    severity: 'error',
    field: 'recipients',
    params: { uploaded: 3 },
  },
  {
    name: 'compensation, one ticked',
    code: 'recipients-none-selected',
    fires: false,
    draft: compensation(3, 1),
  },
  {
    name: 'compensation, nothing uploaded is "missing" only',
    code: 'recipients-none-selected',
    fires: false,
    draft: compensation(0, 0),
  },

  {
    name: 'ticked, no image',
    code: 'banner-missing',
    fires: true,
    draft: banner(null),
    severity: 'error',
    field: 'banner',
    params: { requiredWidth: 1860, requiredHeight: 240 },
  },
  { name: 'not ticked, no image', code: 'banner-missing', fires: false, draft: banner(null, false) },
  { name: '1860 × 240', code: 'banner-size', fires: false, draft: banner(image('image/png', 1860, 240)) },
  {
    name: '1861 × 240',
    code: 'banner-size',
    fires: true,
    draft: banner(image('image/png', 1861, 240)),
    severity: 'error',
    field: 'banner',
    params: { width: 1861, height: 240, requiredWidth: 1860, requiredHeight: 240 },
  },
  { name: '1860 × 241', code: 'banner-size', fires: true, draft: banner(image('image/jpeg', 1860, 241)) },
  {
    name: '1861 × 240 but not ticked',
    code: 'banner-size',
    fires: false,
    draft: banner(image('image/png', 1861, 240), false),
  },
  {
    name: 'webp of unknown size is a format problem only',
    code: 'banner-size',
    fires: false,
    draft: banner(image('image/webp', 0, 0)),
  },
  { name: 'image/jpeg', code: 'banner-format', fires: false, draft: banner(image('image/jpeg', 1860, 240)) },
  { name: 'image/png', code: 'banner-format', fires: false, draft: banner(image('image/png', 1860, 240)) },
  { name: 'image/gif', code: 'banner-format', fires: false, draft: banner(image('image/gif', 1860, 240)) },
  {
    name: 'image/webp',
    code: 'banner-format',
    fires: true,
    draft: banner(image('image/webp', 1860, 240)),
    severity: 'error',
    field: 'banner',
    params: { type: 'image/webp' },
  },
  {
    name: 'webp but not ticked',
    code: 'banner-format',
    fires: false,
    draft: banner(image('image/webp', 1860, 240), false),
  },
];
