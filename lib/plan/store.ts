/**
 * The plan as stored: one versioned value (lib/storage/versioned.ts `defineVersionedStore`), so a
 * damaged value still reads and one a newer build wrote is read as far as it parses and never
 * written over. Version 1 is the first; a later version adds its migration here. Pure.
 */
import { parseEach } from '../storage/parse';
import { defineVersionedStore } from '../storage/versioned';
import { toJstIso } from '../time/jst';
import {
  DEFAULT_REMIND_AT,
  PLAN_STORE_VERSION,
  type PlanSlot,
  type PlanStore,
  planSlotSchema,
  planStoreSchema,
  REMIND_TIMES,
  type SlotInput,
} from './schema';

export function emptyPlan(): PlanStore {
  return { version: PLAN_STORE_VERSION, remindAt: DEFAULT_REMIND_AT, slots: [] };
}

const remindAtOf = (value: unknown): string =>
  typeof value === 'string' && REMIND_TIMES.includes(value) ? value : DEFAULT_REMIND_AT;

export const planStore = defineVersionedStore<PlanStore>({
  area: 'plan',
  version: PLAN_STORE_VERSION,
  schema: planStoreSchema,
  empty: emptyPlan,
  // Some slots damaged, a reminder time off the half hours, or a newer version: what reads is read.
  salvage: (raw) =>
    Array.isArray(raw.slots)
      ? {
          version: PLAN_STORE_VERSION,
          remindAt: remindAtOf(raw.remindAt),
          slots: parseEach(planSlotSchema, raw.slots),
        }
      : null,
});

/** Reads whatever storage holds into the current plan; anything unrecognisable is an empty plan. Never throws. */
export function migratePlan(raw: unknown): PlanStore {
  return planStore.read(raw);
}

/** What reading `raw` should write back: a repaired plan, or null (none stored, current, or newer). */
export function planWriteBack(raw: unknown): PlanStore | null {
  return planStore.upgrade(raw);
}

/** A slot made of what the seller entered (check it with `slotProblem` first). */
export function newSlot(input: SlotInput, id: string, now: Date): PlanSlot {
  const when =
    input.kind === 'weekly' ? { kind: 'weekly', weekday: input.weekday } : { kind: 'once', date: input.date };
  return planSlotSchema.parse({
    ...when,
    id,
    time: input.time,
    templateId: input.templateId,
    paused: false,
    createdAt: toJstIso(now),
  });
}

export function addSlot(plan: PlanStore, slot: PlanSlot): PlanStore {
  return { ...plan, slots: [...plan.slots.filter((s) => s.id !== slot.id), slot] };
}

export function removeSlot(plan: PlanStore, id: string): PlanStore {
  return { ...plan, slots: plan.slots.filter((slot) => slot.id !== id) };
}

export function pauseSlot(plan: PlanStore, id: string, paused: boolean): PlanStore {
  return { ...plan, slots: plan.slots.map((slot) => (slot.id === id ? { ...slot, paused } : slot)) };
}

export function setRemindAt(plan: PlanStore, remindAt: string): PlanStore {
  return REMIND_TIMES.includes(remindAt) ? { ...plan, remindAt } : plan;
}

/**
 * A change the seller asked for applied to the stored `raw`: the new plan and what to write (null
 * when nothing changed). Throws NewerVersionError over a plan a newer version wrote: it is kept.
 */
export function changePlan(
  raw: unknown,
  change: (plan: PlanStore) => PlanStore,
): { plan: PlanStore; write: PlanStore | null } {
  const { store, write } = planStore.changeAsked(raw, change);
  return { plan: store, write };
}
