import { signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CollectedSummary } from '../../components/collect/CollectedSummary';
import { NewerDataNotice } from '../../components/NewerDataNotice';
import { PlanPopup } from '../../components/plan/PlanPopup';
import { PushesPopup } from '../../components/pushes/PushesPopup';
import { PageReportButton } from '../../components/report/PageReportButton';
import { type Collected, emptyCollected } from '../../lib/collect/list';
import { pickLanguage } from '../../lib/i18n';
import { openQsmUrl } from '../../lib/pushes/links';
import { PAGE_REPORT_REQUEST, type PageReport, pageReportSchema, reportTab } from '../../lib/report/schema';
import type { StoredArea } from '../../lib/storage/versioned';
import { localZone } from '../../lib/time/jst';
import { clearCollected, loadCollected, watchCollected } from '../../platform/collected';
import { loadPlan, planSignal } from '../../platform/plan';
import {
  loadPushes,
  loadSettings,
  newerVersionAreas,
  pushesSignal,
  settingsSignal,
} from '../../platform/pushes';
import { templatesSignal } from '../../platform/templates';
import { pushPageItem } from '../../platform/ui';
import pageCss from './page.css?inline';

const lifetime = new AbortController();
const records = pushesSignal(lifetime.signal);
const settings = settingsSignal(lifetime.signal);
const plan = planSignal(lifetime.signal);
const templates = templatesSignal(lifetime.signal);
const now = signal(new Date());
const collected = signal<Collected>(emptyCollected());
loadCollected().then(
  (list) => {
    collected.value = list;
  },
  () => undefined,
);
watchCollected((list) => {
  collected.value = list;
}, lifetime.signal);
setInterval(() => {
  now.value = new Date();
}, 1000);

const style = document.createElement('style');
style.textContent = pageCss;
document.head.append(style);
const lang = pickLanguage(navigator.languages);
document.documentElement.lang = lang;
const zone = localZone();

/**
 * The page report of the active QSM tab (or, when the active tab is not QSM's, as for the popup pinned
 * as a tab, of the QSM tab used last), asked of its top frame's content script. Where the loader found
 * no work the request makes it load the features first, so the question is asked again a few times.
 * (QSM's host permission lets tabs.query see QSM tabs' addresses: no `tabs` permission needed.)
 */
async function qsmTabReport(): Promise<PageReport | null> {
  const [[active], qsmTabs] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    browser.tabs.query({ url: 'https://qsm.qoo10.jp/*' }),
  ]);
  const tab = reportTab(active, qsmTabs);
  if (!tab) return null;
  for (let attempt = 0; attempt < 10; attempt++) {
    const answer: unknown = await browser.tabs
      .sendMessage(tab.id, { type: PAGE_REPORT_REQUEST }, { frameId: 0 })
      .catch(() => undefined);
    const parsed = pageReportSchema.safeParse(answer);
    if (parsed.success) return parsed.data;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return null;
}

async function openTab(url: string) {
  await browser.tabs.create({ url });
  window.close();
}

const templateNames = () => new Map(templates.value.map((tpl) => [tpl.id, tpl.name]));

function Plan() {
  return (
    <PlanPopup
      plan={plan.value}
      pushes={records.value}
      rule={settings.value.weekRule}
      templateNames={templateNames()}
      // The states change with the JST date and the known pushes; a minute's resolution is plenty.
      now={new Date(Math.floor(now.value.getTime() / 60_000) * 60_000)}
      lang={lang}
      zone={zone}
      onEdit={() => void browser.runtime.openOptionsPage()}
    />
  );
}

function Pushes() {
  return (
    <PushesPopup
      records={records.value}
      settings={settings.value}
      now={now.value}
      lang={lang}
      zone={zone}
      onOpenQsm={() =>
        void pushPageItem.getValue().then(
          (page) => openTab(openQsmUrl(page)),
          () => openTab(openQsmUrl(null)),
        )
      }
      onOpenConverter={() => void openTab(browser.runtime.getURL('/converter.html'))}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      plan={<Plan />}
      planned={async (at) =>
        (await import('../../lib/plan/calendar')).plannedEvents(plan.value, records.value, {
          now: at,
          lang,
          zone,
          rule: settings.value.weekRule,
          templateNames: templateNames(),
        })
      }
    />
  );
}

function App({ newer }: { newer: StoredArea[] }) {
  return (
    <>
      <NewerDataNotice areas={newer} lang={lang} />
      <Pushes />
      {/* In the popup's own column, so its heading and buttons read as the sections above. */}
      <div class="qpp popup">
        <CollectedSummary lang={lang} list={collected.value} onClear={() => void clearCollected()} />
      </div>
      <footer class="page-report-footer">
        <PageReportButton lang={lang} build={qsmTabReport} />
      </footer>
    </>
  );
}

// Render once storage has answered, so a seller with pushes never sees the empty state flash by.
Promise.allSettled([loadPushes(), loadSettings(), newerVersionAreas(), loadPlan()]).then(([, , newer]) => {
  const root = document.getElementById('app');
  if (root) render(<App newer={newer.status === 'fulfilled' ? newer.value : []} />, root);
});
