import { describe, expect, it } from 'vitest';
import { languages } from '../../../lib/i18n';
import {
  describeFinding,
  describeFindingParts,
  FIELD_ORDER,
  FINDING_CODES,
  fieldLabel,
  formatDate,
  formatInstant,
  severityLabel,
} from '../../../lib/rules';
import type { Finding } from '../../../lib/schema';
import { cases, run } from './cases';

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
    expect(describeFinding(finding, 'en', 'Asia/Shanghai')).toContain(
      '2026-11-29 10:00 JST (09:00 Asia/Shanghai)',
    );
    expect(describeFinding(finding, 'en', 'Asia/Tokyo')).toContain('2026-11-29 10:00 JST, in');
    expect(describeFinding(finding, 'en', 'Asia/Tokyo')).not.toContain('Asia/Tokyo');
    expect(describeFinding(finding, 'zh', 'Asia/Shanghai')).toContain(
      '2026-11-29 10:00（日本时间；Asia/Shanghai 时间 09:00）',
    );
    expect(describeFinding(finding, 'ja', 'America/Los_Angeles')).toContain(
      '2026-11-29 10:00（日本時間、America/Los_Angeles では 2026-11-28 17:00）',
    );
    expect(describeFinding(finding, 'en', 'Asia/Shanghai')).toContain('in 19 h 59 min');
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

describe('formatInstant', () => {
  const at = new Date('2026-11-29T10:00:00+09:00');
  it.each([
    ['Asia/Tokyo', '2026-11-29 10:00 JST'],
    ['Asia/Seoul', '2026-11-29 10:00 JST'], // same wall clock: nothing to add
    ['Asia/Shanghai', '2026-11-29 10:00 JST (09:00 Asia/Shanghai)'],
    ['America/Los_Angeles', '2026-11-29 10:00 JST (2026-11-28 17:00 America/Los_Angeles)'],
    ['Not/A_Zone', '2026-11-29 10:00 JST'],
  ])('in %s', (zone, expected) => {
    expect(formatInstant(at, 'en', zone)).toBe(expected);
  });

  it('follows Los Angeles across its DST change', () => {
    expect(formatInstant(new Date('2026-10-31T10:00:00+09:00'), 'en', 'America/Los_Angeles')).toBe(
      '2026-10-31 10:00 JST (2026-10-30 18:00 America/Los_Angeles)',
    );
    expect(formatInstant(new Date('2026-11-02T10:00:00+09:00'), 'en', 'America/Los_Angeles')).toBe(
      '2026-11-02 10:00 JST (2026-11-01 17:00 America/Los_Angeles)',
    );
  });
});

describe('labels', () => {
  it.each([
    ['en', '2026-11-30 (Mon)'],
    ['ja', '2026-11-30（月）'],
    ['zh', '2026-11-30（周一）'],
  ] as const)('formats a date with its JST weekday (%s)', (lang, expected) => {
    expect(formatDate('2026-11-30', lang)).toBe(expected);
  });

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
