import { describe, expect, it } from 'vitest';
import { defaultStoredSettings, migrateSettings, settingsFormSchema } from '../../../lib/pushes/settings';

describe('migrateSettings', () => {
  it('keeps current settings', () => {
    const current = {
      version: 2,
      weekRule: 'rolling-7-days',
      couponMarginHours: 48,
      reminderLeadMinutes: 30,
    };
    expect(migrateSettings(current)).toEqual(current);
  });

  it('upgrades version 1 (the rules’ Settings as they were) with the default reminder lead', () => {
    expect(migrateSettings({ weekRule: 'rolling-7-days', couponMarginHours: 12 })).toEqual({
      version: 2,
      weekRule: 'rolling-7-days',
      couponMarginHours: 12,
      reminderLeadMinutes: 120,
    });
  });

  it('replaces only the fields that do not parse', () => {
    expect(
      migrateSettings({ version: 2, weekRule: 'fortnight', couponMarginHours: 6, reminderLeadMinutes: -5 }),
    ).toEqual({
      version: 2,
      weekRule: 'calendar-week',
      couponMarginHours: 6,
      reminderLeadMinutes: 120,
    });
  });

  it.each([undefined, null, 'x', 7, []])('gives the defaults for %j', (raw) => {
    expect(migrateSettings(raw)).toEqual(defaultStoredSettings());
  });
});

describe('settingsFormSchema', () => {
  it('names the message for each wrong field', () => {
    const result = settingsFormSchema.safeParse({
      weekRule: 'calendar-week',
      couponMarginHours: Number.NaN,
      reminderLeadMinutes: 2.5,
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []);
    expect(messages).toEqual({
      couponMarginHours: 'pushes.options.error.number',
      reminderLeadMinutes: 'pushes.options.error.integer',
    });
    expect(
      settingsFormSchema.safeParse({
        weekRule: 'calendar-week',
        couponMarginHours: 0,
        reminderLeadMinutes: 2,
      }).error?.issues[0]?.message,
    ).toBe('pushes.options.error.lead');
  });
});
