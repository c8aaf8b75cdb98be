import { type ReadonlySignal, type Signal, signal } from '@preact/signals';
import {
  type FormSnapshot,
  fillForm,
  findPushForm,
  readDraft,
  restoreForm,
  snapshotForm,
} from '../../../lib/qsm';
import type { PushDraft } from '../../../lib/schema';
import { fillPlan, type PushTemplate, templateFromDraft } from '../../../lib/templates';
import { localZone } from '../../../lib/time/jst';
import { effectUntil } from '../../../lib/util/abort';
import { newTemplateId, storeTemplate, templatesSignal } from '../../../platform/templates';
import type { Feature, QsmPage } from '../../feature';
import { formTop, mountInShadow } from '../../mount';
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

function fill(page: QsmPage, undo: Signal<Undo | null>, template: PushTemplate) {
  const form = currentForm(page);
  if (!form) return { filled: [], skipped: [] };
  const last = undo.peek();
  const before = snapshotForm(form);
  const draftBefore = entered(readDraft(form).draft);
  const result = fillForm(form, fillPlan(template, new Date()));
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

function LiveTemplates({
  page,
  templates,
  undo,
  zone,
}: {
  page: QsmPage;
  templates: ReadonlySignal<PushTemplate[]>;
  undo: Signal<Undo | null>;
  zone: string;
}) {
  return (
    <TemplateBar
      templates={templates.value}
      lang={page.lang}
      zone={zone}
      // The plan's dates change with the JST date only; a minute's resolution is plenty.
      now={page.minute.value}
      draft={page.draft.value}
      onFill={(template) => fill(page, undo, template)}
      onSave={(name, sendDay) => save(page, name, sendDay)}
      canUndo={undo.value !== null}
      onUndo={() => {
        const last = undo.peek();
        undo.value = null;
        return last ? restoreForm(last.before) : null;
      }}
    />
  );
}

/** Above the push form: fill it from a saved template (and undo that), or save it as one. */
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
    mountInShadow(
      { name: 'templates', ...formTop(page.form.root), css: templateBarCss, signal: abort },
      <LiveTemplates page={page} templates={templatesSignal(abort)} undo={undo} zone={localZone()} />,
    );
  },
};
