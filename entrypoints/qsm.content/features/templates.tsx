import type { ReadonlySignal } from '@preact/signals';
import { templateBarCss } from '../../../components/templates/styles';
import { type SendDayKind, TemplateBar } from '../../../components/templates/TemplateBar';
import { fillForm, findPushForm } from '../../../lib/qsm';
import { fillPlan, type PushTemplate, templateFromDraft } from '../../../lib/templates';
import { localZone } from '../../../lib/time';
import { newTemplateId, storeTemplate, templatesSignal } from '../../../platform/templates';
import type { Feature, QsmPage } from '../feature';
import { mountInShadow } from '../mount';

function fill(page: QsmPage, template: PushTemplate) {
  // QSM may have re-rendered the form since the page was read: fill the one in the document now.
  const form = findPushForm(page.document) ?? page.form;
  const plan = fillPlan(template, new Date());
  return form ? fillForm(form, plan) : { filled: [], skipped: [] };
}

function save(page: QsmPage, name: string, sendDay: SendDayKind) {
  const now = new Date();
  return storeTemplate(templateFromDraft(page.draft.peek(), name, now, { id: newTemplateId(), sendDay }));
}

function LiveTemplates({
  page,
  templates,
  zone,
}: {
  page: QsmPage;
  templates: ReadonlySignal<PushTemplate[]>;
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
      onFill={(template) => fill(page, template)}
      onSave={(name, sendDay) => save(page, name, sendDay)}
    />
  );
}

/** Above the push form: fill it from a saved template, or save it as one. */
export const templates: Feature = {
  id: 'templates',
  include: (page) => page.form !== null,
  init(page, signal) {
    if (!page.form) return;
    mountInShadow(
      { name: 'templates', anchor: page.form.root, placement: 'before', css: templateBarCss, signal },
      <LiveTemplates page={page} templates={templatesSignal(signal)} zone={localZone()} />,
    );
  },
};
