/**
 * checkPush runs on every edit of the form (issue 11.3: microseconds). Measured on a complete draft
 * against the history the store really keeps (it prunes after 8 weeks: ~12 pushes), two years of
 * weekly pushes, and twenty: the weekly limit looks only at the pushes near the send time (sorted
 * once per history array, then a binary search), so 1,040 pushes cost what 104 do. `fresh array`
 * is the first edit after the history changed (parse and sort the history once).
 */
import { expect, test } from 'vitest';
import { checkPush } from '../lib/rules';
import type { PushDraft, PushRecord } from '../lib/schema';
import { addJstDays, jstDate, jstInstant, toJstIso } from '../lib/time/jst';

const now = new Date();
const today = jstDate(now);
const draft: PushDraft = {
  type: 'ad',
  coupon: {
    number: '1207384',
    label: '10% OFF / 3,000円以上購入時',
    validFrom: toJstIso(jstInstant(addJstDays(today, -5)) ?? now),
    validTo: toJstIso(jstInstant(addJstDays(today, 30), '23:59') ?? now),
    qstoreOnly: false,
  },
  items: { mode: 'manual', itemIds: Array.from({ length: 16 }, (_, i) => String(921676424 + i)) },
  audience: { fanCount: 36212, period: { from: addJstDays(today, -30), to: today } },
  recipients: { uploaded: 0, selected: 0 },
  sendDate: addJstDays(today, 2),
  sendTime: '15:00',
  banner: {
    enabled: true,
    image: { type: 'image/png', width: 1860, height: 240, bytes: 120_000 },
    link: 'minishop',
  },
};
const pastPushes = (count: number): PushRecord[] =>
  Array.from({ length: count }, (_, i) => ({
    id: String(2_600_000 + i),
    couponNumber: '1207384',
    type: i % 2 ? 'ad' : 'compensation',
    sendAt: toJstIso(jstInstant(addJstDays(today, -7 * (i + 1)), '10:00') ?? now),
    status: i % 5 ? 'sent' : 'cancelled',
  }));
const longHistory = pastPushes(104);
const recent = longHistory.slice(0, 12);
const twentyYears = pastPushes(1040);

const cases = [
  { name: 'checkPush, 12 past pushes', history: () => recent, budgetUs: 30 },
  { name: 'checkPush, 104 past pushes', history: () => longHistory, budgetUs: 30 },
  { name: 'checkPush, 1,040 past pushes', history: () => twentyYears, budgetUs: 30 },
  {
    name: 'checkPush, 104 past pushes, fresh array',
    history: () => [...longHistory],
    budgetUs: 100,
  },
];

for (const { name, history, budgetUs } of cases) {
  test(name, async ({ bench }) => {
    expect(checkPush(draft, { now, history: history() }).filter((f) => f.severity === 'error')).toEqual([]);
    const result = await bench(name, () => checkPush(draft, { now, history: history() })).run({
      time: 500,
      warmupIterations: 50,
    });
    const medianUs = result.latency.p50 * 1000;
    console.log(`${name}: median ${medianUs.toFixed(1)} µs per edit (budget ${budgetUs} µs)`);
    expect(medianUs, `${name} over budget`).toBeLessThanOrEqual(budgetUs);
  });
}
