import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { checkPush, FIELD_ORDER, FINDING_CODES } from '../../../lib/rules';
import { draftFields, pushDraftSchema } from '../../../lib/schema';
import { cases, NOW, record, run, validDraft } from './cases';

describe('checkPush', () => {
  it('finds nothing in a complete, valid draft', () => {
    expect(pushDraftSchema.safeParse(validDraft()).success).toBe(true);
    expect(run({})).toEqual([]);
  });

  it("orders findings by the draft schema's fields, all of them, in the schema's order", () => {
    expect(FIELD_ORDER).toEqual(z.keyof(pushDraftSchema).options);
    expect(draftFields).toEqual(z.keyof(pushDraftSchema).options);
  });

  it('has a firing and a quiet case for every finding code', () => {
    for (const code of FINDING_CODES) {
      expect(
        cases.some((c) => c.code === code && c.fires),
        `${code} fires`,
      ).toBe(true);
      expect(
        cases.some((c) => c.code === code && !c.fires),
        `${code} quiet`,
      ).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.fires ? 'fires' : 'quiet', c.code, c.name, c] as const))(
    '%s: %s (%s)',
    (_verdict, code, _name, c) => {
      const findings = run(c);
      const found = findings.filter((f) => f.code === code);
      if (!c.fires) {
        expect(found).toEqual([]);
        return;
      }
      expect(found).toHaveLength(1);
      const [finding] = found;
      if (c.severity) expect(finding?.severity).toBe(c.severity);
      if (c.field) expect(finding?.field).toBe(c.field);
      if (c.params) expect(finding?.params).toMatchObject(c.params);
    },
  );

  it('orders findings by the form field order, then errors before warnings', () => {
    const findings = run({
      history: [record('p1', '2026-11-24T10:00:00+09:00')],
      draft: (d) => {
        d.banner = {
          enabled: true,
          image: { type: 'image/webp', width: 0, height: 0, bytes: 9 },
          link: 'item',
        };
        d.sendDate = '2026-11-27';
        d.sendTime = '10:15';
        d.items = { mode: 'manual', itemIds: ['1', '1'] };
        d.coupon = {
          number: 'C9',
          validTo: '2026-11-27T10:00:00+09:00',
          validFrom: '2026-11-28T00:00:00+09:00',
          qstoreOnly: true,
        };
        d.type = null;
      },
    });
    expect(findings.map((f) => [f.field, f.code])).toEqual([
      ['type', 'type-missing'],
      ['coupon', 'coupon-qstore-only'],
      ['coupon', 'coupon-ends-before-send'],
      ['coupon', 'coupon-starts-after-send'],
      ['items', 'items-manual-duplicate'],
      ['sendDate', 'send-date-out-of-window'],
      ['sendDate', 'weekly-limit'],
      ['sendTime', 'send-time-off-slot'],
      ['banner', 'banner-format'],
    ]);
    const ranks = findings.map((f) => FIELD_ORDER.indexOf(f.field as (typeof FIELD_ORDER)[number]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('puts a warning after the errors of its field', () => {
    const findings = run({
      draft: (d) => {
        d.items = { mode: 'manual', itemIds: [...Array.from({ length: 17 }, () => '5')] };
      },
    });
    expect(findings.map((f) => f.code)).toEqual(['items-manual-too-many', 'items-manual-duplicate']);
  });

  it('gives the same findings for the same instant written in any offset', () => {
    const draft = validDraft();
    draft.sendDate = '2026-11-28';
    draft.sendTime = '10:00';
    const history = [record('p1', '2026-11-23T00:00:00+09:00')];
    const jst = checkPush(draft, { now: new Date('2026-11-27T23:59:00+09:00'), history });
    const la = checkPush(draft, { now: new Date('2026-11-27T06:59:00-08:00'), history });
    const utc = checkPush(draft, { now: new Date('2026-11-27T14:59:00Z'), history });
    expect(jst.map((f) => f.code)).toEqual(['weekly-limit', 'cancel-window-closed']);
    expect(la).toEqual(jst);
    expect(utc).toEqual(jst);
  });

  // Los Angeles leaves daylight time on 2026-11-01 at 02:00 PDT (09:00 UTC); JST does not move.
  it.each([
    ['2026-11-01T01:30:00-07:00', '2026-11-01'], // 17:30 JST, before the change
    ['2026-11-01T01:30:00-08:00', '2026-11-01'], // 18:30 JST, after the change
    ['2026-10-31T07:59:00-07:00', '2026-10-31'], // 23:59 JST
    ['2026-10-31T08:00:00-07:00', '2026-11-01'], // 00:00 JST
  ])('decides D in JST around the Los Angeles DST change (now %s)', (now, today) => {
    const draft = validDraft();
    draft.sendDate = '2020-01-01';
    const [finding] = checkPush(draft, { now: new Date(now), history: [] }).filter(
      (f) => f.code === 'send-date-out-of-window',
    );
    expect(finding?.params).toMatchObject({ today });
  });

  it('keeps the 24 h cancel rule in real hours across the Los Angeles DST change', () => {
    const draft = validDraft();
    draft.sendDate = '2026-11-02';
    draft.sendTime = '10:00';
    // 2026-11-02 10:00 JST = 2026-11-01 17:00 PST; 24 h earlier is 2026-10-31 18:00 PDT, not 17:00.
    const at = (now: string) =>
      checkPush(draft, { now: new Date(now), history: [] }).some((f) => f.code === 'cancel-window-closed');
    expect(at('2026-10-31T18:00:00-07:00')).toBe(false);
    expect(at('2026-10-31T18:01:00-07:00')).toBe(true);
  });

  it('does not throw on malformed strings anywhere a date or time goes', () => {
    const draft = validDraft();
    draft.sendDate = '２０２６-１１-２９';
    draft.sendTime = '14時';
    draft.audience.period = { from: '', to: 'yesterday' };
    if (draft.coupon) {
      draft.coupon.validFrom = 'soon';
      draft.coupon.validTo = '';
    }
    const history = [record('p1', 'last tuesday')];
    const codes = checkPush(draft, { now: new Date(NOW), history }).map((f) => f.code);
    expect(codes).toEqual(['audience-period-invalid', 'send-date-out-of-window', 'send-time-out-of-window']);
  });

  it('does not let an applied draft conflict with its own record (ignoreId)', () => {
    const history = [record('self', '2026-11-29T14:00:00+09:00')];
    const codes = (ignoreId?: string) =>
      checkPush(validDraft(), { now: new Date(NOW), history, ...(ignoreId ? { ignoreId } : {}) }).map(
        (f) => f.code,
      );
    expect(codes()).toEqual(['weekly-limit']);
    expect(codes('self')).toEqual([]);
    expect(codes('other')).toEqual(['weekly-limit']);
  });

  it('treats an unusable margin or week rule as the default', () => {
    const draft = validDraft();
    if (draft.coupon) draft.coupon.validTo = '2026-11-30T13:00:00+09:00';
    for (const settings of [{ couponMarginHours: Number.NaN }, { couponMarginHours: -5 }, {}]) {
      const [finding] = checkPush(draft, { now: new Date(NOW), history: [], settings });
      expect(finding?.params).toMatchObject({ marginHours: 24 });
    }
  });
});
