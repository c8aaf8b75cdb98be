/**
 * lib/templates: the send window, templates from drafts, the fill plan (with a property over any
 * instant) and the store's changes. Over 300 lines: one describe each, sharing the sample templates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDraft, type PushDraft } from '../../../lib/schema';
import {
  copyName,
  daysBetween,
  deleteTemplate,
  duplicateTemplate,
  emptyTemplateStore,
  fillPlan,
  inSendWindow,
  isoWeekday,
  migrateTemplates,
  nameProblem,
  type PushTemplate,
  pushTemplateSchema,
  renameTemplate,
  saveTemplate,
  templateFromDraft,
  templateStoreSchema,
} from '../../../lib/templates';
import { jstDate } from '../../../lib/time/jst';
import { templateStore as store, V1_FANS_WEEKLY, weeklyTemplate } from '../../support/templates';

/** Saturday 2026-11-28 09:00 JST. */
const SAT = new Date('2026-11-28T09:00:00+09:00');

function draft(over: Partial<PushDraft> = {}): PushDraft {
  return {
    ...emptyDraft(),
    type: 'ad',
    coupon: {
      number: '1207384',
      label: '10% off',
      validFrom: '2026-11-23T00:00:00+09:00',
      validTo: '2027-01-02T23:59:00+09:00',
      qstoreOnly: false,
    },
    items: { mode: 'auto', topN: 8 },
    audience: { fanCount: 1520, period: { from: '2026-10-29', to: '2026-11-27' } },
    recipients: { uploaded: 12, selected: 7 },
    sendDate: '2026-11-30',
    sendTime: '15:30',
    banner: {
      enabled: true,
      image: { type: 'image/png', width: 1860, height: 240, bytes: 52_000 },
      link: 'item',
    },
    ...over,
  };
}

/** The weekly template to everyone, without a banner: what fillPlan and the store are tried with. */
function template(over: Partial<PushTemplate> = {}): PushTemplate {
  return weeklyTemplate({
    id: 'a',
    updatedAt: '2026-11-20T10:00:00+09:00',
    audience: 'all',
    banner: { enabled: false, link: 'minishop' },
    ...over,
  });
}

describe('inSendWindow', () => {
  it('takes the days QSM offers, D+1..D+3, and nothing else', () => {
    expect([0, 1, 2, 3, 4, -1, null, undefined].map(inSendWindow)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('templateFromDraft', () => {
  it('keeps the reusable part of the draft and no customer data or image', () => {
    const saved = templateFromDraft(draft(), '  Weekly fans ', SAT, { id: 't1' });
    expect(saved).toEqual({
      id: 't1',
      name: 'Weekly fans',
      createdAt: '2026-11-28T09:00:00+09:00',
      updatedAt: '2026-11-28T09:00:00+09:00',
      type: 'ad',
      couponNumber: '1207384',
      items: { mode: 'auto', topN: 8 },
      audience: { lastDays: 30 },
      sendTime: '15:30',
      sendDay: { kind: 'offset', days: 2 },
      banner: { enabled: true, link: 'item' },
    });
    const json = JSON.stringify(saved);
    for (const leak of ['recipients', 'fanCount', 'image', '1860', 'validTo', '10% off']) {
      expect(json).not.toContain(leak);
    }
    expect(pushTemplateSchema.parse(saved)).toEqual(saved);
  });

  it('keeps the weekday instead when asked', () => {
    expect(templateFromDraft(draft(), 'Mondays', SAT, { sendDay: 'weekday' }).sendDay).toEqual({
      kind: 'weekday',
      weekday: 1,
    });
  });

  it('leaves out what the draft does not have or what is outside the send window', () => {
    const saved = templateFromDraft(
      draft({
        type: null,
        coupon: null,
        sendDate: '2026-12-05',
        sendTime: null,
        audience: { fanCount: null, period: 'all' },
      }),
      'Loose',
      SAT,
    );
    expect(saved.type).toBeNull();
    expect(saved).not.toHaveProperty('couponNumber');
    expect(saved.sendDay).toBeNull();
    expect(saved.sendTime).toBeNull();
    expect(saved.audience).toBe('all');
  });

  it('keeps manual items in the seller’s order', () => {
    const ids = ['921676424', '921679170', '921677797'];
    expect(templateFromDraft(draft({ items: { mode: 'manual', itemIds: ids } }), 'Hand', SAT).items).toEqual({
      mode: 'manual',
      itemIds: ids,
    });
  });

  it('refuses an empty name', () => {
    expect(() => templateFromDraft(draft(), '   ', SAT)).toThrow();
  });
});

describe('fillPlan (dates in JST whatever the machine zone)', () => {
  it('makes the send day and the audience period concrete for today', () => {
    const plan = fillPlan(template({ audience: { lastDays: 30 } }), SAT);
    expect(plan).toEqual({
      type: 'ad',
      couponNumber: '1207384',
      items: { mode: 'auto', topN: 8 },
      audiencePeriod: { from: '2026-10-30', to: '2026-11-28' },
      sendDate: '2026-11-30',
      sendTime: '15:30',
      banner: { enabled: false, link: 'minishop' },
      unmet: [],
    });
  });

  it('counts from the JST date just after midnight in Tokyo (still the day before in UTC, LA, Shanghai)', () => {
    // 2026-12-01 00:30 JST = 2026-11-30 15:30 UTC.
    const now = new Date('2026-11-30T15:30:00Z');
    expect(fillPlan(template({ sendDay: { kind: 'offset', days: 1 } }), now).sendDate).toBe('2026-12-02');
    expect(fillPlan(template({ audience: { lastDays: 1 } }), now).audiencePeriod).toEqual({
      from: '2026-12-01',
      to: '2026-12-01',
    });
  });

  it('counts from the JST date just before midnight in Tokyo', () => {
    // 2026-12-31 23:59 JST.
    const now = new Date('2026-12-31T14:59:00Z');
    expect(fillPlan(template({ sendDay: { kind: 'offset', days: 1 } }), now).sendDate).toBe('2027-01-01');
    expect(fillPlan(template({ sendDay: { kind: 'offset', days: 3 } }), now).sendDate).toBe('2027-01-03');
  });

  it('finds the weekday within D+1..D+3, or says it cannot', () => {
    const monday = template({ sendDay: { kind: 'weekday', weekday: 1 } });
    expect(fillPlan(monday, SAT)).toMatchObject({ sendDate: '2026-11-30', unmet: [] });
    // Tuesday 2026-12-01: the window is Wednesday..Friday.
    const tuesday = new Date('2026-12-01T12:00:00+09:00');
    expect(fillPlan(monday, tuesday)).toMatchObject({
      sendDate: null,
      unmet: [{ field: 'sendDate', reason: 'send-day-outside-window' }],
    });
  });

  it('leaves the audience alone for compensation pushes and the date when the template has none', () => {
    const plan = fillPlan(template({ type: 'compensation', sendDay: null, couponNumber: undefined }), SAT);
    expect(plan.audiencePeriod).toBeNull();
    expect(plan.sendDate).toBeNull();
    expect(plan.couponNumber).toBeNull();
    expect(plan.unmet).toEqual([]);
  });

  it('gives back the draft’s own dates when used the day it was saved', () => {
    const original = draft();
    const plan = fillPlan(templateFromDraft(original, 'Same day', SAT), SAT);
    expect(plan.sendDate).toBe(original.sendDate);
    expect(plan.sendTime).toBe(original.sendTime);
    expect(plan.audiencePeriod).toEqual({ from: '2026-10-30', to: '2026-11-28' });
  });

  it('always plans a send date inside D+1..D+3 (JST), on the asked weekday', () => {
    const sendDay = fc.oneof(
      fc.record({ kind: fc.constant('offset' as const), days: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('weekday' as const), weekday: fc.integer({ min: 1, max: 7 }) }),
    );
    const instant = fc.date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, sendDay, (now, day) => {
        const plan = fillPlan(template({ sendDay: day }), now);
        if (plan.sendDate === null) {
          expect(day.kind).toBe('weekday');
          return;
        }
        const ahead = daysBetween(jstDate(now), plan.sendDate);
        expect(ahead).toBeGreaterThanOrEqual(1);
        expect(ahead).toBeLessThanOrEqual(3);
        if (day.kind === 'offset') expect(ahead).toBe(day.days);
        else expect(isoWeekday(plan.sendDate)).toBe(day.weekday);
      }),
    );
  });
});

describe('the template store', () => {
  const NOW = new Date('2026-11-28T12:00:00+09:00');

  it('migrates what version 1 stored', () => {
    const v1 = {
      templates: [
        V1_FANS_WEEKLY,
        {
          name: 'Buyers',
          type: 'compensation',
          goods: ['921676424', '921677797'],
          period: 'all',
          daysAfter: 7,
        },
        { name: '' },
        'not a template',
      ],
    };
    const migrated = migrateTemplates(v1, NOW);
    expect(templateStoreSchema.parse(migrated)).toEqual(migrated);
    expect(migrated).toEqual({
      version: 2,
      templates: [
        {
          id: 'v1-1',
          name: 'Fans weekly',
          createdAt: '2026-10-01T10:00:00+09:00',
          updatedAt: '2026-10-01T10:00:00+09:00',
          type: 'ad',
          couponNumber: '1207384',
          items: { mode: 'auto', topN: 6 },
          audience: { lastDays: 90 },
          sendTime: '09:30',
          sendDay: { kind: 'offset', days: 2 },
          banner: { enabled: true, link: 'special' },
        },
        {
          id: 'v1-2',
          name: 'Buyers',
          createdAt: '2026-11-28T12:00:00+09:00',
          updatedAt: '2026-11-28T12:00:00+09:00',
          type: 'compensation',
          items: { mode: 'manual', itemIds: ['921676424', '921677797'] },
          audience: 'all',
          sendTime: null,
          sendDay: null,
          banner: { enabled: false, link: 'minishop' },
        },
      ],
    });
    expect(migrateTemplates({ version: 1, templates: v1.templates }, NOW)).toEqual(migrated);
  });

  it('keeps the current version as it is, drops only broken templates, and reads garbage as empty', () => {
    const good = store(template());
    expect(migrateTemplates(good, NOW)).toEqual(good);
    expect(
      migrateTemplates({ version: 2, templates: [template(), { id: 'x', name: 'broken' }] }, NOW),
    ).toEqual(good);
    for (const raw of [null, undefined, 'x', 42, [], { version: 3, templates: [] }, { templates: 'no' }]) {
      expect(migrateTemplates(raw, NOW)).toEqual(emptyTemplateStore());
    }
  });

  it('replaces a template saved again under the same name, keeping its id and creation time', () => {
    const first = store(template());
    const again = template({
      id: 'b',
      name: ' weekly FANS',
      createdAt: '2026-11-28T12:00:00+09:00',
      updatedAt: '2026-11-28T12:00:00+09:00',
      sendTime: '20:00',
    });
    const saved = saveTemplate(first, again);
    expect(saved.templates).toHaveLength(1);
    expect(saved.templates[0]).toMatchObject({
      id: 'a',
      createdAt: '2026-11-20T10:00:00+09:00',
      updatedAt: '2026-11-28T12:00:00+09:00',
      sendTime: '20:00',
    });
    expect(saveTemplate(first, template({ id: 'c', name: 'Other' })).templates.map((t) => t.id)).toEqual([
      'a',
      'c',
    ]);
  });

  it('renames, refusing empty, too long and taken names', () => {
    const two = store(template(), template({ id: 'b', name: 'Buyers' }));
    expect(nameProblem(two, '  ')).toBe('empty');
    expect(nameProblem(two, 'x'.repeat(61))).toBe('too-long');
    expect(nameProblem(two, 'buyers')).toBe('taken');
    expect(nameProblem(two, 'Buyers', 'b')).toBeNull();
    expect(renameTemplate(two, 'a', 'Buyers', NOW)).toBe(two);
    expect(renameTemplate(two, 'a', '', NOW)).toBe(two);
    const renamed = renameTemplate(two, 'a', ' Fans ', NOW);
    expect(renamed.templates[0]).toMatchObject({
      id: 'a',
      name: 'Fans',
      updatedAt: '2026-11-28T12:00:00+09:00',
    });
    expect(renamed.templates[1]).toEqual(two.templates[1]);
  });

  it('duplicates right after the original under a free name, and deletes', () => {
    const one = store(template(), template({ id: 'b', name: 'Buyers' }));
    const copied = duplicateTemplate(one, 'a', 'a2', NOW);
    expect(copied.templates.map((t) => [t.id, t.name])).toEqual([
      ['a', 'Weekly fans'],
      ['a2', 'Weekly fans (2)'],
      ['b', 'Buyers'],
    ]);
    expect(copied.templates[1]).toMatchObject({
      ...template(),
      id: 'a2',
      name: 'Weekly fans (2)',
      createdAt: '2026-11-28T12:00:00+09:00',
      updatedAt: '2026-11-28T12:00:00+09:00',
    });
    expect(copyName(copied, 'Weekly fans (2)')).toBe('Weekly fans (3)');
    expect(copyName(store(), 'y'.repeat(60))).toHaveLength(60);
    expect(duplicateTemplate(one, 'missing', 'z', NOW)).toBe(one);
    expect(deleteTemplate(copied, 'a').templates.map((t) => t.id)).toEqual(['a2', 'b']);
  });
});
