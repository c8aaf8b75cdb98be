import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../lib/i18n';
import { describeQuota } from '../../../lib/pushes/quota';
import { weeklyQuota } from '../../../lib/rules/week';
import type { PushRecord } from '../../../lib/schema';
import { NBSP } from '../../../lib/time/format';

/** Wednesday 2026-12-02 12:00 JST: the calendar offers 12-03..12-05. */
const now = new Date('2026-12-02T12:00:00+09:00');
const push = (sendAt: string, status: PushRecord['status'] = 'scheduled'): PushRecord => ({
  id: 'p1',
  couponNumber: '1207384',
  type: 'ad',
  sendAt,
  status,
});
const words = (history: PushRecord[], lang: Lang, at = now) => {
  const result = describeQuota(weeklyQuota(at, history, 'calendar-week'), at, lang, 'Asia/Tokyo');
  return { ...result, week: result.week.replaceAll(NBSP, ' '), next: result.next.replaceAll(NBSP, ' ') };
};

describe('describeQuota: the weekly limit in words a seller can act on', () => {
  const scheduled = [push('2026-12-04T10:00:00+09:00')];

  it.each([
    [
      'en',
      'to be sent 2026-12-04 10:00 JST',
      'sent from 2026-12-07 (Mon); its date can be picked from 2026-12-04 (Fri)',
    ],
    [
      'ja',
      '送信日時：2026-12-04 10:00 日本時間',
      '2026-12-07（月）から送信できます。その日付を選択できるのは 2026-12-04（金）から',
    ],
    [
      'zh',
      '发送时间：2026-12-04 10:00 日本时间',
      '最早可于 2026-12-07（周一）发送；从 2026-12-04（周五）起才能选择该日期',
    ],
  ] as const)(
    '%s: a scheduled push is never called sent; a date past D+3 says when it can be picked',
    (lang, week, next) => {
      const { week: weekText, next: nextText, pickFrom } = words(scheduled, lang);
      expect(weekText).toContain(week);
      expect(weekText).not.toMatch(/, sent|送信完了|发送完成/);
      expect(nextText).toContain(next);
      expect(pickFrom).toBe('2026-12-04');
    },
  );

  it.each([
    ['en', 'sent 2026-12-01 10:00 JST'],
    ['ja', '（送信完了）'],
    ['zh', '（发送完成）'],
  ] as const)('%s: a push whose send time has passed is called sent', (lang, expected) => {
    expect(words([push('2026-12-01T10:00:00+09:00')], lang).week).toContain(expected);
  });

  it.each([
    ['en', 'sent from 2026-12-03 (Thu), and that date can be picked today'],
    ['ja', '2026-12-03（木）から送信でき、その日付は今日から選択できます'],
    ['zh', '最早可于 2026-12-03（周四）发送，今天就可以选择该日期'],
  ] as const)('%s: a free week can be used from tomorrow, picked today', (lang, expected) => {
    const { next, pickFrom } = words([], lang);
    expect(next).toContain(expected);
    expect(pickFrom).toBe('2026-12-02');
  });

  it('never names a pick day outside today..the date itself minus one', () => {
    for (let day = 0; day < 14; day++) {
      const at = new Date(now.getTime() + day * 86_400_000);
      const quota = weeklyQuota(at, scheduled, 'calendar-week');
      const { pickFrom } = describeQuota(quota, at, 'en', 'Asia/Tokyo');
      const today = new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
      const lastDay = new Date(`${quota.nextAllowed}T00:00:00Z`).getTime() - 86_400_000;
      expect(pickFrom >= today).toBe(true);
      expect(Date.parse(`${pickFrom}T00:00:00Z`)).toBeLessThanOrEqual(lastDay);
      // From pickFrom, the date is within D+1..D+3 of that day.
      expect(
        Date.parse(`${quota.nextAllowed}T00:00:00Z`) - Date.parse(`${pickFrom}T00:00:00Z`),
      ).toBeLessThanOrEqual(3 * 86_400_000);
    }
  });
});
