import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { openSlots, planViews } from '../../../lib/plan';
import { planFillPlan } from '../../../lib/plan/fill';
import {
  type FormSnapshot,
  fillForm,
  findPushForm,
  readDraft,
  restoreForm,
  snapshotForm,
} from '../../../lib/qsm';
import type { DraftField, PushDraft } from '../../../lib/schema';
import { type FillPlan, fillPlan, type PushTemplate, templateFromDraft } from '../../../lib/templates';
import { localZone } from '../../../lib/time/jst';
import { effectUntil } from '../../../lib/util/abort';
import { planSignal } from '../../../platform/plan';
import { newTemplateId, storeTemplate, templatesSignal } from '../../../platform/templates';
import type { Feature, QsmPage } from '../../feature';
import { formTop, mountInShadow } from '../../mount';
import { PlanFill, type PlanOffer } from './PlanFill';
import { type SendDayKind, TemplateBar } from './TemplateBar';
import templateBarCss from './template-bar.css?inline';

/** The last fill, while it can be undone: the form before it, and the drafts it has shown since. */
interface Undo {
  before: FormSnapshot;
  /** What the seller entered, as `entered` keys: the draft before the fill and after each fill. */
  drafts: string[];
}

/** What the seller entered: the draft without what the page derives (coupon details, fan count). */
function entered(draft: PushDraft): string {
  const { coupon, audience, banner, ...rest } = draft;
  return JSON.stringify({
    ...rest,
    coupon: coupon?.number ?? null,
    period: audience.period,
    banner: { enabled: banner.enabled, link: banner.link },
  });
}

function currentForm(page: QsmPage) {
  // QSM may have re-rendered the form since the page was read: use the one in the document now.
  return findPushForm(page.document) ?? page.form;
}

/** Fills the form from a plan (a template's, or a planned push's) and keeps what undoes it. */
function fill(page: QsmPage, undo: Signal<Undo | null>, plan: (draft: PushDraft) => FillPlan) {
  const form = currentForm(page);
  if (!form) return { filled: [], skipped: [] };
  const last = undo.peek();
  const before = snapshotForm(form);
  const draft = readDraft(form).draft;
  const draftBefore = entered(draft);
  const result = fillForm(form, plan(draft));
  const after = entered(readDraft(form).draft);
  // Fills one after another, with no edit between, are undone together: back to the seller's own form.
  if (last) undo.value = { before: last.before, drafts: [...last.drafts, after] };
  else if (result.filled.length) undo.value = { before, drafts: [draftBefore, after] };
  return result;
}

function save(page: QsmPage, name: string, sendDay: SendDayKind) {
  const now = new Date();
  return storeTemplate(templateFromDraft(page.draft.peek(), name, now, { id: newTemplateId(), sendDay }));
}

const WHEN: readonly DraftField[] = ['sendDate', 'sendTime'];

/** Fills the form for a planned push; without a template, only its date and time are reported. */
function fillPlanned(page: QsmPage, undo: Signal<Undo | null>, offer: PlanOffer) {
  const result = fill(page, undo, (draft) => planFillPlan(offer.sendAt, offer.template, draft, new Date()));
  if (offer.template) return result;
  return {
    filled: result.filled.filter((field) => WHEN.includes(field)),
    skipped: result.skipped.filter((skip) => WHEN.includes(skip.field)),
  };
}

function LiveTemplates({
  page,
  templates,
  offers,
  undo,
  zone,
}: {
  page: QsmPage;
  templates: ReadonlySignal<PushTemplate[]>;
  offers: ReadonlySignal<PlanOffer[]>;
  undo: Signal<Undo | null>;
  zone: string;
}) {
  const restore = () => {
    const last = undo.peek();
    undo.value = null;
    return last ? restoreForm(last.before) : null;
  };
  return (
    <>
      <PlanFill
        offers={offers.value}
        lang={page.lang}
        zone={zone}
        onFill={(offer) => fillPlanned(page, undo, offer)}
        canUndo={undo.value !== null}
        onUndo={restore}
      />
      <TemplateBar
        templates={templates.value}
        lang={page.lang}
        zone={zone}
        // The plan's dates change with the JST date only; a minute's resolution is plenty.
        now={page.minute.value}
        draft={page.draft.value}
        onFill={(template) => fill(page, undo, () => fillPlan(template, new Date()))}
        onSave={(name, sendDay) => save(page, name, sendDay)}
        canUndo={undo.value !== null}
        onUndo={restore}
      />
    </>
  );
}

/** The planned pushes whose apply window is open now and whose week no push takes yet. */
function planOffers(
  page: QsmPage,
  templates: ReadonlySignal<PushTemplate[]>,
  abort: AbortSignal,
): ReadonlySignal<PlanOffer[]> {
  const plan = planSignal(abort);
  return computed(() =>
    openSlots(
      planViews(plan.value.slots, page.minute.value, page.history.value, page.settings.value.weekRule),
    ).flatMap(({ slot, next }) =>
      next
        ? [
            {
              slotId: slot.id,
              sendAt: next,
              template: templates.value.find((tpl) => tpl.id === slot.templateId) ?? null,
            },
          ]
        : [],
    ),
  );
}

/**
 * Above the push form: fill it for a planned push whose window is open, or from a saved template
 * (and undo either), or save it as a template.
 */
export const templates: Feature = {
  id: 'templates',
  include: (page) => page.form !== null,
  init(page, abort) {
    if (!page.form) return;
    const undo = signal<Undo | null>(null);
    // Offered until the seller edits the form: any draft the fills did not produce withdraws it.
    effectUntil(abort, () => {
      const last = undo.value;
      if (last && !last.drafts.includes(entered(page.draft.value))) undo.value = null;
    });
    const templates = templatesSignal(abort);
    mountInShadow(
      { name: 'templates', ...formTop(page.form.root), css: templateBarCss, signal: abort },
      <LiveTemplates
        page={page}
        templates={templates}
        offers={planOffers(page, templates, abort)}
        undo={undo}
        zone={localZone()}
      />,
    );
  },
};
