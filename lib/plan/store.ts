/**
 * The plan as stored: versioned, every read through `migratePlan`, so a damaged value still reads and
 * one a newer build wrote is read as far as it parses and never written over (lib/storage/versioned).
 * Shaped as lib/templates/store.ts is, so both can move onto one versioned-store helper. Pure.
 */
import { isRecord, parseEach } from '../storage/parse';
import { isFromNewerVersion, NewerVersionError, storedVersion, writeBack } from '../storage/versioned';
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

/**
 * Reads whatever storage holds into the current plan. A slot that does not parse is dropped and the
 * others kept (a newer version is read so); anything unrecognisable gives an empty plan. Never throws.
 */
export function migratePlan(raw: unknown): PlanStore {
  const current = planStoreSchema.safeParse(raw);
  if (current.success) return { ...current.data, remindAt: remindAtOf(current.data.remindAt) };
  if (!isRecord(raw)) return emptyPlan();
  const version = storedVersion(raw);
  if (version === null || version < PLAN_STORE_VERSION || !Array.isArray(raw.slots)) return emptyPlan();
  return {
    version: PLAN_STORE_VERSION,
    remindAt: remindAtOf(raw.remindAt),
    slots: parseEach(planSlotSchema, raw.slots),
  };
}

/** What reading `raw` should write back: a repaired plan, or null (none stored, current, or newer). */
export function planWriteBack(raw: unknown): PlanStore | null {
  if (raw === null || raw === undefined) return null;
  return writeBack(raw, migratePlan(raw), PLAN_STORE_VERSION);
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

/** A slot whose template was deleted keeps its date and time and fills those alone. */
export function forgetTemplate(plan: PlanStore, templateId: string): PlanStore {
  return {
    ...plan,
    slots: plan.slots.map((slot) => (slot.templateId === templateId ? { ...slot, templateId: null } : slot)),
  };
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
  if (isFromNewerVersion(raw, PLAN_STORE_VERSION)) throw new NewerVersionError('plan');
  const plan = change(migratePlan(raw));
  return { plan, write: writeBack(raw, plan, PLAN_STORE_VERSION) };
}
