/**
 * The push plan: slots the seller means to push on, each weekly (a weekday and a send time
 * slot) or a one-off date, with the template to fill from and a pause switch, and the time of day
 * the seller wants to hear that an apply window opened. All times are JST.
 */
import { z } from 'zod/mini';
import { SEND_TIME } from '../rules/codes';
import { isoInstantSchema, jstDateSchema, jstTimeSchema } from '../schema';

export const PLAN_STORE_VERSION = 1;
/** When the window-open reminder rings unless the seller chose otherwise (JST). */
export const DEFAULT_REMIND_AT = '10:00';
/** The most slots a plan keeps: one a week, a season ahead. */
export const PLAN_SLOTS_MAX = 20;

/** Weekdays as the options page's select names them, Monday first (ISO order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekdaySchema>;

const MINUTES_FIRST = minutesOf(SEND_TIME.first);
const MINUTES_LAST = minutesOf(SEND_TIME.last);

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The send times QSM's drop-down offers: 10:00..22:00 JST every 30 minutes (25 slots). */
export const SEND_SLOTS: readonly string[] = Array.from(
  { length: (MINUTES_LAST - MINUTES_FIRST) / SEND_TIME.stepMinutes + 1 },
  (_, i) => {
    const total = MINUTES_FIRST + i * SEND_TIME.stepMinutes;
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  },
);

/** Times of day a reminder may ring at: every 30 minutes, JST. */
export const REMIND_TIMES: readonly string[] = Array.from(
  { length: 48 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);

export const isSendSlot = (time: string): boolean => SEND_SLOTS.includes(time);

const common = {
  id: z.string().check(z.minLength(1)),
  /** HH:mm JST, one of SEND_SLOTS (rules.ts refuses others; storage keeps what it was given). */
  time: jstTimeSchema,
  /** The template to fill from, or null for the date and time alone. */
  templateId: z.nullable(z.string().check(z.minLength(1))),
  paused: z.boolean(),
  /** When the slot was added: no window before it can have been missed. */
  createdAt: isoInstantSchema,
};

export const planSlotSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekly'), weekday: weekdaySchema, ...common }),
  z.object({ kind: z.literal('once'), date: jstDateSchema, ...common }),
]);
export type PlanSlot = z.infer<typeof planSlotSchema>;

export const planStoreSchema = z.object({
  version: z.literal(PLAN_STORE_VERSION),
  /** HH:mm JST, on the hour or half hour: when the window-open reminder and the last call ring. */
  remindAt: jstTimeSchema.check(z.refine((time) => REMIND_TIMES.includes(time))),
  slots: z.array(planSlotSchema),
});
export type PlanStore = z.infer<typeof planStoreSchema>;

/** A slot as the seller describes it on the options page, before it has an id. */
export type SlotInput =
  | { kind: 'weekly'; weekday: Weekday; time: string; templateId: string | null }
  | { kind: 'once'; date: string; time: string; templateId: string | null };
