import { describe, expect, it } from 'vitest';
import { type Lang, languages } from '../../../lib/i18n';
import {
  describeFinding,
  describeFindingParts,
  FIELD_ORDER,
  FINDING_CODES,
  fieldLabel,
  severityLabel,
} from '../../../lib/rules';
import type { Finding } from '../../../lib/schema';
import { formatDate, NBSP } from '../../../lib/time/format';
import { cases, record, run } from './cases';

const ZONES = ['Asia/Tokyo', 'Asia/Shanghai', 'America/Los_Angeles'];

/** Every finding the case table makes fire, built by checkPush (so params are the real ones). */
const fired: Finding[] = cases
  .filter((c) => c.fires)
  .map((c) => run(c).find((f) => f.code === c.code))
  .filter((f): f is Finding => f !== undefined);

describe('describeFinding', () => {
  it('covers every code through checkPush', () => {
    expect(new Set(fired.map((f) => f.code))).toEqual(new Set(FINDING_CODES));
  });

  it.each(languages)('gives a full sentence and a remedy with every placeholder filled (%s)', (lang) => {
    for (const finding of fired) {
      for (const zone of ZONES) {
        const { message, fix } = describeFindingParts(finding, lang, zone);
        const text = describeFinding(finding, lang, zone);
        const where = `${lang} ${zone} ${finding.code} ${JSON.stringify(finding.params)}`;
        expect(message.trim(), where).not.toBe('');
        expect(fix?.trim(), where).toBeTruthy();
        expect(text, where).toContain(message);
        expect(text, where).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
      }
    }
  });

  it('shows instants in JST with the seller time beside them', () => {
    const [finding] = run({
      now: '2026-11-28T14:01:00+09:00',
      draft: (d) => {
        d.sendDate = '2026-11-29';
        d.sendTime = '10:00';
      },
    });
    expect(finding?.code).toBe('cancel-window-closed');
    if (!finding) return;
    const say = (lang: Lang, zone: string) => describeFinding(finding, lang, zone).replaceAll(NBSP, ' ');
    expect(say('en', 'Asia/Shanghai')).toContain('2026-11-29 10:00 JST (09:00 China Standard Time)');
    expect(say('en', 'Asia/Tokyo')).toContain('2026-11-29 10:00 JST is only');
    expect(say('en', 'Asia/Tokyo')).not.toContain('Asia/Tokyo');
    expect(say('zh', 'Asia/Shanghai')).toContain('2026-11-29 10:00 日本时间（北京时间 09:00）');
    expect(say('ja', 'America/Los_Angeles')).toContain(
      '2026-11-29 10:00 日本時間（米国太平洋標準時 2026-11-28 17:00）',
    );
    expect(describeFinding(finding, 'en', 'Asia/Shanghai')).toContain('only 19 h 59 min away');
  });

  it('uses the refined message for a reason and falls back for unknown codes', () => {
    const reversed = run({
      draft: (d) => {
        d.audience.period = { from: '2026-11-20', to: '2026-11-10' };
      },
    });
    expect(describeFinding(reversed[0] as Finding, 'en', 'Asia/Tokyo')).toMatch(
      /^The registration period starts on 2026-11-20, after it ends on 2026-11-10\./,
    );
    const unknown: Finding = { code: 'made-up', severity: 'info', field: 'type' };
    for (const lang of languages) expect(describeFinding(unknown, lang, 'Asia/Tokyo')).toContain('made-up');
  });
});

describe('dates the seller is told to pick (the calendar offers D+1..D+3)', () => {
  // Friday 2026-11-27: the calendar offers 11-28..11-30. A rolling week blocks up to 12-05.
  const blocked = run({
    history: [record('p1', '2026-11-29T22:00:00+09:00')],
    draft: (d) => {
      d.sendDate = '2026-11-30';
      d.sendTime = '10:00';
    },
    settings: { weekRule: 'rolling-7-days' },
  }).find((f) => f.code === 'weekly-limit') as Finding;
  const inWindow = run({ history: [record('p1', '2026-11-24T10:00:00+09:00')] }).find(
    (f) => f.code === 'weekly-limit',
  ) as Finding;

  it('names the day a later date can be picked from', () => {
    expect(blocked.params).toMatchObject({ nextAllowed: '2026-12-06', pickFrom: '2026-12-03' });
    expect(inWindow.params?.nextAllowed).toBe('2026-11-30');
    expect(inWindow.params).not.toHaveProperty('pickFrom');
  });

  it.each([
    ['en', '2026-12-06 (Sun)', '2026-12-03 (Thu)'],
    ['ja', '2026-12-06（日）', '2026-12-03（木）'],
    ['zh', '2026-12-06（周日）', '2026-12-03（周四）'],
  ] as const)('%s: the fix says when the next free date can be picked', (lang, next, pickFrom) => {
    const fix = describeFindingParts(blocked, lang, 'Asia/Tokyo').fix?.replaceAll(NBSP, ' ') ?? '';
    expect(fix).toContain(next);
    expect(fix).toContain(pickFrom);
    const plainFix = describeFindingParts(inWindow, lang, 'Asia/Tokyo').fix ?? '';
    expect(plainFix.replaceAll(NBSP, ' ')).toContain(formatDate('2026-11-30', lang).replaceAll(NBSP, ' '));
    expect(plainFix).not.toContain('2026-12');
  });
});

describe('labels', () => {
  it('labels every field and severity in every language', () => {
    for (const lang of languages) {
      const labels = FIELD_ORDER.map((field) => fieldLabel(field, lang));
      for (const [i, label] of labels.entries()) expect(label).not.toBe(FIELD_ORDER[i]);
      expect(new Set(labels).size).toBe(FIELD_ORDER.length);
      expect(
        new Set(['error', 'warning', 'info'].map((s) => severityLabel(s as Finding['severity'], lang))).size,
      ).toBe(3);
    }
    expect(fieldLabel('sendTime', 'zh')).toBe('发送时间');
  });

  it('never throws for findings checkPush did not make', () => {
    const odd: Finding = {
      code: 'weekly-limit',
      severity: 'error',
      field: 'sendDate',
      params: { conflictSendAt: 'garbage', nextAllowed: 42, weekRule: 'fortnight', minutesLeft: 'x' },
    };
    expect(describeFinding(odd, 'zh', 'Asia/Shanghai')).toContain('garbage');
  });
});

describe('the weekly limit offers to cancel the other push only while it can be cancelled', () => {
  // Now is Friday 2026-11-27 12:00 JST; the draft is for Sunday 2026-11-29 10:00, in the same week.
  const weekly = (other: ReturnType<typeof record>) =>
    run({ history: [other] }).find((f) => f.code === 'weekly-limit') as Finding;
  const open = weekly(record('p1', '2026-11-29T20:00:00+09:00'));
  const closed = weekly(record('p1', '2026-11-28T10:00:00+09:00'));
  const sent = weekly(record('p1', '2026-11-24T10:00:00+09:00', 'sent'));
  const history = { en: 'Application history', ja: '申請履歴', zh: '申请记录', ko: '신청 내역' } as const;

  it('carries the other push’s cancel deadline, and the advice only while it is ahead', () => {
    expect(open.params).toMatchObject({
      conflictCancelDeadline: '2026-11-28T20:00:00+09:00',
      advice: 'cancel-other',
    });
    expect(closed.params).toMatchObject({ conflictCancelDeadline: '2026-11-27T10:00:00+09:00' });
    expect(closed.params).not.toHaveProperty('advice');
    expect(sent.params).not.toHaveProperty('advice');
  });

  it.each(languages)('%s: the remedy names the cancel deadline while it can be met, never after', (lang) => {
    const fix = (finding: Finding) =>
      (describeFindingParts(finding, lang, 'Asia/Tokyo').fix ?? '').replaceAll(NBSP, ' ');
    expect(fix(open)).toContain(history[lang]);
    expect(fix(open)).toContain('2026-11-28 20:00');
    for (const finding of [closed, sent]) {
      expect(fix(finding)).not.toContain(history[lang]);
      expect(fix(finding)).toContain(formatDate('2026-11-30', lang).replaceAll(NBSP, ' '));
    }
  });
});
