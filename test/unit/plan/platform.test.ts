import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PLAN_STORE_VERSION, planAlarmName } from '../../../lib/plan';

// wxt/utils/storage reaches the extension API through globalThis.chrome, read when it is first imported.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let plan: typeof import('../../../platform/plan');
let alarms: typeof import('../../../platform/plan-alarms');
beforeAll(async () => {
  plan = await import('../../../platform/plan');
  alarms = await import('../../../platform/plan-alarms');
});
beforeEach(() => fakeBrowser.reset());

const added = new Date('2026-12-01T12:00:00+09:00');
const monday = new Date('2026-12-07T12:00:00+09:00');
const open = planAlarmName('open', 'fri', '2026-12-11T20:00:00+09:00');
const last = planAlarmName('last', 'fri', '2026-12-11T20:00:00+09:00');

async function planFriday() {
  await fakeBrowser.storage.local.set({
    plan: {
      version: PLAN_STORE_VERSION,
      remindAt: '10:00',
      slots: [
        {
          kind: 'weekly',
          weekday: 'fri',
          time: '20:00',
          id: 'fri',
          templateId: null,
          paused: false,
          createdAt: added.toISOString(),
        },
      ],
    },
  });
}

describe('plan alarms', () => {
  it('schedules the window opening and the last call, and rebuilding keeps them as they are', async () => {
    await planFriday();
    await alarms.rebuildPlanAlarms(monday);
    await alarms.rebuildPlanAlarms(monday);
    const all = await fakeBrowser.alarms.getAll();
    expect(all.map((a) => [a.name, a.scheduledTime]).sort()).toEqual(
      [
        [last, Date.parse('2026-12-10T10:00:00+09:00')],
        [open, Date.parse('2026-12-08T10:00:00+09:00')],
      ].sort(),
    );
  });

  it('notifies once per reminder, however often the alarm fires or the background restarts', async () => {
    await planFriday();
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue(undefined);
    const tuesday = new Date('2026-12-08T10:00:00+09:00');
    await alarms.remindPlan(open, 'en', tuesday);
    await alarms.remindPlan(open, 'en', new Date(tuesday.getTime() + 60_000));
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[1]).toMatchObject({ title: 'Apply window open' });
    // A restart inside the window: the announced reminder is not scheduled again, the last call is.
    await alarms.rebuildPlanAlarms(new Date(tuesday.getTime() + 3_600_000));
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([last]);
  });

  it('stays silent once a push is known for the week', async () => {
    await planFriday();
    await fakeBrowser.storage.local.set({
      pushes: {
        version: 2,
        records: [
          {
            id: 'p1',
            couponNumber: '1207384',
            type: 'ad',
            typeKnown: true,
            sendAt: '2026-12-11T20:00:00+09:00',
            status: 'scheduled',
            source: 'applied',
            learnedAt: '2026-12-08T11:00:00+09:00',
          },
        ],
      },
    });
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue(undefined);
    await alarms.remindPlan(last, 'en', new Date('2026-12-10T10:00:00+09:00'));
    expect(create).not.toHaveBeenCalled();
    await alarms.rebuildPlanAlarms(monday);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('platform/plan', () => {
  it('adds, pauses and removes slots in storage, and leaves a newer version plan untouched', async () => {
    await plan.addPlanSlot({ kind: 'weekly', weekday: 'fri', time: '20:00', templateId: 'tpl' }, monday);
    const [slot] = (await plan.loadPlan()).slots;
    expect(slot).toMatchObject({ weekday: 'fri', paused: false });
    await plan.pausePlanSlot(slot?.id ?? '', true);
    expect((await plan.loadPlan()).slots[0]?.paused).toBe(true);
    await plan.removePlanSlot(slot?.id ?? '');
    expect((await plan.loadPlan()).slots).toEqual([]);

    const newer = { version: PLAN_STORE_VERSION + 1, remindAt: '10:00', slots: [], more: true };
    await fakeBrowser.storage.local.set({ plan: newer });
    await expect(plan.setPlanRemindAt('08:00')).rejects.toMatchObject({
      code: 'newer-version',
      area: 'plan',
    });
    await plan.upgradePlan();
    expect((await fakeBrowser.storage.local.get('plan')).plan).toEqual(newer);
  });
});
