import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type Lang, languages, pickLanguage, t } from '../lib/i18n';
import {
  badgeCount,
  cancelState,
  formatDuration,
  parseReminderName,
  REMINDER_PREFIX,
  reminderPlan,
  reminderStillDue,
} from '../lib/pushes/countdown';
import { openQsmUrl } from '../lib/pushes/links';
import type { StoredPush } from '../lib/pushes/store';
import { describeLocalZone, formatInstant } from '../lib/time/format';
import { localZone } from '../lib/time/jst';
import { answerCollect } from '../platform/collected';
import { upgradePlan, watchPlan } from '../platform/plan';
import { PLAN_ALARM_PREFIX, rebuildPlanAlarms, remindPlan } from '../platform/plan-alarms';
import { loadPushes, loadSettings, upgradeStorage, watchPushes, watchSettings } from '../platform/pushes';
import { localZoneItem, pushPageItem } from '../platform/ui';

const BADGE_COLOR = '#d71f3a';

/** Alarms and badge from what storage holds now; run on every start, install and storage change. */
async function rebuild(): Promise<void> {
  const [store, settings] = await Promise.all([loadPushes(), loadSettings()]);
  const now = new Date();
  const plan = reminderPlan(store.records, now, settings);
  const wanted = new Map(plan.map((reminder) => [reminder.name, reminder.when]));
  const existing = await browser.alarms.getAll();
  for (const alarm of existing) {
    if (!alarm.name.startsWith(REMINDER_PREFIX)) continue;
    // A past-due alarm is about to fire (e.g. the browser was closed); onAlarm decides if it still matters.
    const stale = wanted.get(alarm.name) !== alarm.scheduledTime && alarm.scheduledTime > now.getTime();
    if (stale) await browser.alarms.clear(alarm.name);
    else wanted.delete(alarm.name);
  }
  for (const [name, when] of wanted) await browser.alarms.create(name, { when });
  await updateBadge(store.records, now);
  await rebuildPlanAlarms(now);
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

async function updateBadge(records: readonly StoredPush[], now: Date): Promise<void> {
  const count = badgeCount(records, now);
  const action = toolbarAction();
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
}

function uiLang(): Lang {
  return pickLanguage([browser.i18n.getUILanguage(), ...(globalThis.navigator?.languages ?? [])]);
}

async function remind(name: string): Promise<void> {
  const reminder = parseReminderName(name);
  if (!reminder) return;
  const now = new Date();
  const [store, settings] = await Promise.all([loadPushes(), loadSettings()]);
  // Every reminder time is also a moment the badge may change (a deadline passed, a push went out).
  await updateBadge(store.records, now);
  const record = store.records.find((candidate) => candidate.id === reminder.recordId);
  if (!record || !reminderStillDue(reminder.kind, record, now)) return;
  const lang = uiLang();
  const zone = localZone();
  const state = cancelState(record, now, settings.reminderLeadMinutes * 60_000);
  const sendAt = formatInstant(state.sendAt, lang, zone);
  const [title, message] =
    reminder.kind === 'before-deadline'
      ? [
          t(lang, 'pushes.notify.beforeDeadline.title', { duration: formatDuration(lang, state.msLeft) }),
          t(lang, 'pushes.notify.beforeDeadline.body', {
            coupon: record.couponNumber,
            sendAt,
            deadline: formatInstant(state.deadline, lang, zone),
          }),
        ]
      : [
          t(lang, 'pushes.notify.send.title'),
          t(lang, 'pushes.notify.send.body', { coupon: record.couponNumber, sendAt }),
        ];
  await browser.notifications.create(name, {
    type: 'basic',
    iconUrl: '/icon/128.png',
    title,
    message,
  });
}

/**
 * Names the machine's zone for the QSM pages (platform/ui.ts `localZoneItem`), on every start of the
 * background: the seller may have moved, or a new year changed its offsets.
 */
async function describeZone(): Promise<void> {
  const described = describeLocalZone(new Date(), languages);
  if (JSON.stringify(await localZoneItem.getValue()) !== JSON.stringify(described))
    await localZoneItem.setValue(described);
}

export default defineBackground(() => {
  describeZone().catch((error: unknown) => console.error('[qpp] zone not described', error));
  const rebuildLogged = () =>
    rebuild().catch((error: unknown) => console.error('[qpp] rebuild failed', error));

  browser.runtime.onInstalled.addListener(() => {
    Promise.all([upgradeStorage(), upgradePlan()]).then(rebuildLogged, rebuildLogged);
  });
  browser.runtime.onStartup.addListener(rebuildLogged);
  watchPushes(rebuildLogged);
  watchSettings(rebuildLogged);
  watchPlan(rebuildLogged);
  browser.alarms.onAlarm.addListener((alarm) => {
    const reminded = alarm.name.startsWith(PLAN_ALARM_PREFIX)
      ? remindPlan(alarm.name, uiLang())
      : remind(alarm.name);
    reminded.catch((error: unknown) => console.error('[qpp] reminder failed', error));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(REMINDER_PREFIX) && !id.startsWith(PLAN_ALARM_PREFIX)) return;
    browser.notifications.clear(id).catch(() => undefined);
    pushPageItem
      .getValue()
      .catch(() => null)
      .then((remembered) => browser.tabs.create({ url: openQsmUrl(remembered) }))
      .catch(() => undefined);
  });
  // The collect bar's requests (platform/collected.ts); sendResponse, which both browsers keep open on `true`.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const answer = answerCollect(message, sender.id);
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
  // A service worker wakes many times a day; each wake re-reads storage so nothing depends on memory.
  rebuildLogged();
});
