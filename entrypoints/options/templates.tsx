import type { ReadonlySignal } from '@preact/signals';
import { TemplateManager } from '../../components/templates/TemplateManager';
import { TemplateTransfer } from '../../components/templates/TemplateTransfer';
import type { Lang } from '../../lib/i18n';
import type { PushTemplate } from '../../lib/templates';
import { localZone } from '../../lib/time/jst';
import {
  deleteStoredTemplate,
  duplicateStoredTemplate,
  importTemplates,
  renameStoredTemplate,
} from '../../platform/templates';

/**
 * The options page's template section, following storage (edits made in QSM's tab appear here), and
 * the template files: export all, import one.
 */
export function OptionsTemplates({
  templates,
  lang,
}: {
  templates: ReadonlySignal<PushTemplate[]>;
  lang: Lang;
}) {
  return (
    <>
      <TemplateManager
        templates={templates.value}
        lang={lang}
        zone={localZone()}
        now={new Date()}
        onRename={(id, name) => renameStoredTemplate(id, name)}
        onDuplicate={(id) => duplicateStoredTemplate(id)}
        onDelete={(id) => deleteStoredTemplate(id)}
      />
      <TemplateTransfer templates={templates.value} lang={lang} onImport={importTemplates} />
    </>
  );
}
