/**
 * The push plan in extension storage (storage.local), a versioned value read through lib/plan's store
 * (the versioned-store helper), and the names of the plan reminders already announced, so none rings
 * twice.
 */
import type { ReadonlySignal } from '@preact/signals-core';
import { storage } from 'wxt/utils/storage';
import {
  addSlot,
  keepAnnounced,
  migratePlan,
  newSlot,
  type PlanStore,
  pauseSlot,
  planStore,
  planWriteBack,
  removeSlot,
  type SlotInput,
  setRemindAt,
} from '../lib/plan';
import { followStorage, preloadedValue } from './follow';
import { versionedItem } from './versioned';

const plan = versionedItem('local:plan', planStore);
export const planItem = plan.item;
/** Names of the plan reminders shown (lib/plan/reminders.ts), kept until their send time passes. */
export const announcedItem = storage.defineItem<string[]>('local:plan.announced', { fallback: [] });

export function loadPlan(): Promise<PlanStore> {
  return plan.load();
}

/** Reads, changes and writes the plan; throws NewerVersionError, writing nothing, over a newer one. */
export function updatePlan(change: (plan: PlanStore) => PlanStore): Promise<PlanStore> {
  return plan.changeAsked(change);
}

export const watchPlan = plan.watch;

export function addPlanSlot(input: SlotInput, now = new Date()): Promise<PlanStore> {
  return updatePlan((plan) => addSlot(plan, newSlot(input, crypto.randomUUID(), now)));
}

export function removePlanSlot(id: string): Promise<PlanStore> {
  return updatePlan((plan) => removeSlot(plan, id));
}

export function pausePlanSlot(id: string, paused: boolean): Promise<PlanStore> {
  return updatePlan((plan) => pauseSlot(plan, id, paused));
}

export function setPlanRemindAt(remindAt: string): Promise<PlanStore> {
  return updatePlan((plan) => setRemindAt(plan, remindAt));
}

/** Writes a repaired plan back (run on install or update); a newer version's plan is left as it is. */
export async function upgradePlan(): Promise<void> {
  const write = planWriteBack(await planItem.getValue());
  if (write) await planItem.setValue(write);
}

export async function loadAnnounced(): Promise<Set<string>> {
  return new Set(await announcedItem.getValue());
}

/** Records that a reminder was shown, forgetting those whose send time has passed. */
export async function markAnnounced(name: string, now: Date): Promise<void> {
  const names = keepAnnounced(await announcedItem.getValue(), now);
  if (!names.includes(name)) names.push(name);
  await announcedItem.setValue(names);
}

/** The plan as a signal that follows storage until `abort`; empty until storage answers. */
export function planSignal(abort: AbortSignal): ReadonlySignal<PlanStore> {
  return followStorage(migratePlan(null), loadPlan, watchPlan, abort, preloadedValue(planItem, migratePlan));
}
