/**
 * The extension's settings as stored: the rules' Settings (lib/schema.ts) plus how long before a cancel
 * deadline to remind. Versioned; `migrateSettings` reads every older shape and never throws.
 */
import { z } from 'zod/mini';
import { defaultSettings, settingsSchema, weekRuleSchema } from '../schema';
import { defineVersionedStore, writeBack } from '../storage/versioned';

export const SETTINGS_VERSION = 2;
export const DEFAULT_REMINDER_LEAD_MINUTES = 120;
/** Bounds the options page accepts; a lead past 24 h would remind before most pushes exist. */
export const REMINDER_LEAD_RANGE = { min: 5, max: 1440 } as const;
export const COUPON_MARGIN_RANGE = { min: 0, max: 720 } as const;

export const storedSettingsSchema = z.extend(settingsSchema, {
  version: z.literal(SETTINGS_VERSION),
  reminderLeadMinutes: z._default(
    z.number().check(z.int(), z.gte(REMINDER_LEAD_RANGE.min), z.lte(REMINDER_LEAD_RANGE.max)),
    DEFAULT_REMINDER_LEAD_MINUTES,
  ),
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

export function defaultStoredSettings(): StoredSettings {
  return {
    version: SETTINGS_VERSION,
    ...defaultSettings,
    reminderLeadMinutes: DEFAULT_REMINDER_LEAD_MINUTES,
  };
}

/**
 * Reads whatever storage holds into the current settings. Version 1 stored the rules' Settings as
 * they are (no version, no reminder lead) and gets the default lead; any field that does not parse
 * falls back to its default on its own; anything else gives the defaults.
 */
export function migrateSettings(raw: unknown): StoredSettings {
  return settingsStore.read(raw);
}

/** Any other object: each field that parses is kept, each other one falls back to its default. */
function fieldByField(raw: Record<string, unknown>): StoredSettings {
  const defaults = defaultStoredSettings();
  const weekRule = weekRuleSchema.safeParse(raw.weekRule);
  const margin = settingsSchema.shape.couponMarginHours.safeParse(raw.couponMarginHours);
  const lead = storedSettingsSchema.shape.reminderLeadMinutes.safeParse(raw.reminderLeadMinutes);
  return {
    version: SETTINGS_VERSION,
    weekRule: weekRule.success ? weekRule.data : defaults.weekRule,
    couponMarginHours:
      margin.success && raw.couponMarginHours !== undefined ? margin.data : defaults.couponMarginHours,
    reminderLeadMinutes:
      lead.success && raw.reminderLeadMinutes !== undefined ? lead.data : defaults.reminderLeadMinutes,
  };
}

/** The settings as a versioned value (lib/storage/versioned). */
export const settingsStore = defineVersionedStore<StoredSettings>({
  area: 'settings',
  version: SETTINGS_VERSION,
  schema: storedSettingsSchema,
  empty: defaultStoredSettings,
  migrations: [fieldByField],
});

/**
 * The settings to store when the seller saves the options form. Throws NewerVersionError when a
 * newer version wrote the stored settings: they are kept, and the page says so.
 */
export function settingsToSave(raw: unknown, form: SettingsForm): StoredSettings {
  return settingsStore.changeAsked(raw, () => migrateSettings({ version: SETTINGS_VERSION, ...form })).store;
}

/**
 * What the upgrade on install writes: the migrated settings, or null (none stored, unchanged, or
 * newer). Unlike `upgrade` it writes back a current value too when reading it filled in a default.
 */
export function settingsWriteBack(raw: unknown): StoredSettings | null {
  if (raw === null || raw === undefined) return null;
  return writeBack(raw, migrateSettings(raw), SETTINGS_VERSION);
}

/** What the options form edits; each field's error names the message that explains it. */
export const settingsFormSchema = z.object({
  weekRule: weekRuleSchema,
  couponMarginHours: /* @__PURE__ */ z
    .number({ error: 'pushes.options.error.number' })
    .check(
      z.gte(COUPON_MARGIN_RANGE.min, { error: 'pushes.options.error.margin' }),
      z.lte(COUPON_MARGIN_RANGE.max, { error: 'pushes.options.error.margin' }),
    ),
  reminderLeadMinutes: /* @__PURE__ */ z
    .number({ error: 'pushes.options.error.number' })
    .check(
      z.int({ error: 'pushes.options.error.integer' }),
      z.gte(REMINDER_LEAD_RANGE.min, { error: 'pushes.options.error.lead' }),
      z.lte(REMINDER_LEAD_RANGE.max, { error: 'pushes.options.error.lead' }),
    ),
});
export type SettingsForm = z.infer<typeof settingsFormSchema>;
