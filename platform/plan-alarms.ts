/**
 * The plan's reminders as browser alarms and notifications (for the background). Alarms are rebuilt
 * from the plan on every start and storage change; a reminder once shown is recorded
 * (platform/plan.ts `markAnnounced`) and never scheduled or shown again.
 */
import { browser } from 'wxt/browser';
import { type Lang, t } from '../lib/i18n';
import { PLAN_ALARM_PREFIX, parsePlanAlarmName, planReminderDue, planReminders } from '../lib/plan';
import { sendAndWindow } from '../lib/plan/words';
import { localZone } from '../lib/time/jst';
import { loadAnnounced, loadPlan, markAnnounced } from './plan';
import { loadPushes, loadSettings } from './pushes';

export { PLAN_ALARM_PREFIX };

/** Makes the plan's alarms match what the plan, the known pushes and the announced names want now. */
export async function rebuildPlanAlarms(now = new Date()): Promise<void> {
  const [plan, store, settings, announced] = await Promise.all([
    loadPlan(),
    loadPushes(),
    loadSettings(),
    loadAnnounced(),
  ]);
  const wanted = new Map(
    planReminders(plan, now, store.records, settings.weekRule, announced).map((r) => [r.name, r.when]),
  );
  for (const alarm of await browser.alarms.getAll()) {
    if (!alarm.name.startsWith(PLAN_ALARM_PREFIX)) continue;
    // A past-due alarm is about to fire; onAlarm decides whether it still has something to say.
    const stale = wanted.get(alarm.name) !== alarm.scheduledTime && alarm.scheduledTime > now.getTime();
    if (stale) await browser.alarms.clear(alarm.name);
    else wanted.delete(alarm.name);
  }
  for (const [name, when] of wanted) await browser.alarms.create(name, { when });
}

/** Shows the reminder an alarm stands for, if it is still due and was not shown before. */
export async function remindPlan(name: string, lang: Lang, now = new Date()): Promise<void> {
  const reminder = parsePlanAlarmName(name);
  if (!reminder) return;
  const [plan, store, settings, announced] = await Promise.all([
    loadPlan(),
    loadPushes(),
    loadSettings(),
    loadAnnounced(),
  ]);
  if (announced.has(name) || !planReminderDue(reminder, plan, now, store.records, settings.weekRule)) return;
  // Recorded first: a second wake of the worker finds it and stays silent.
  await markAnnounced(name, now);
  const when = sendAndWindow(lang, reminder.sendAt, localZone());
  const open = reminder.kind === 'open';
  await browser.notifications.create(name, {
    type: 'basic',
    iconUrl: '/icon/128.png',
    title: t(lang, open ? 'plan.notify.open.title' : 'plan.notify.last.title'),
    message: t(lang, open ? 'plan.notify.open.body' : 'plan.notify.last.body', { when }),
  });
}
