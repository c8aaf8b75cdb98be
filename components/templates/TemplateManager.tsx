import { useState } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import { fillPlan, nameProblem, type PushTemplate } from '../../lib/templates';
import { sendAtOf } from '../../lib/time/jst';
import { TimePair } from '../TimePair';
import { nameProblemMessage, templateSummary } from './summary';

export interface TemplateManagerProps {
  templates: PushTemplate[];
  lang: Lang;
  zone: string;
  now: Date;
  onRename: (id: string, name: string) => Promise<unknown>;
  onDuplicate: (id: string) => Promise<unknown>;
  onDelete: (id: string) => Promise<unknown>;
}

type Editing =
  | { id: string; mode: 'rename'; name: string; error: string | null }
  | { id: string; mode: 'delete' };

/** The options page's list of push templates: rename, duplicate, delete. */
export function TemplateManager({
  templates,
  lang,
  zone,
  now,
  onRename,
  onDuplicate,
  onDelete,
}: TemplateManagerProps) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const store = { templates };

  async function rename(event: Event, id: string, name: string) {
    event.preventDefault();
    const problem = nameProblem(store, name, id);
    if (problem) {
      setEditing({ id, mode: 'rename', name, error: nameProblemMessage(lang, problem) });
      return;
    }
    await onRename(id, name.trim());
    setEditing(null);
  }

  return (
    <section class="qpp templates" data-qpp="templates-manager" lang={lang}>
      <h2>{t(lang, 'templates.manager.title')}</h2>
      {templates.length === 0 && <p class="muted">{t(lang, 'templates.manager.empty')}</p>}
      <ul class="list">
        {templates.map((template) => {
          const edit = editing?.id === template.id ? editing : null;
          const sendAt = sendAtOf(fillPlan(template, now));
          return (
            <li key={template.id} class="template" data-template-id={template.id}>
              {edit?.mode === 'rename' ? (
                <form
                  class="head"
                  onSubmit={(event) => void rename(event, template.id, edit.name)}
                  noValidate
                >
                  <input
                    name="templateName"
                    aria-label={t(lang, 'templates.save.name')}
                    value={edit.name}
                    aria-invalid={edit.error ? 'true' : 'false'}
                    onInput={(event) => setEditing({ ...edit, name: event.currentTarget.value, error: null })}
                  />
                  <button type="submit" class="primary" data-action="rename-save">
                    {t(lang, 'templates.manager.save')}
                  </button>
                  <button type="button" onClick={() => setEditing(null)}>
                    {t(lang, 'templates.cancel')}
                  </button>
                  {edit.error && (
                    <div class="error" role="alert" data-qpp="template-name-error">
                      {edit.error}
                    </div>
                  )}
                </form>
              ) : edit?.mode === 'delete' ? (
                <div class="head" role="alert">
                  <span class="name">
                    {t(lang, 'templates.manager.deleteConfirm', { name: template.name })}
                  </span>
                  <button
                    type="button"
                    class="danger"
                    data-action="delete-confirm"
                    onClick={() => void onDelete(template.id).then(() => setEditing(null))}
                  >
                    {t(lang, 'templates.manager.delete')}
                  </button>
                  <button type="button" onClick={() => setEditing(null)}>
                    {t(lang, 'templates.cancel')}
                  </button>
                </div>
              ) : (
                <div class="head">
                  <span class="name" data-qpp="template-name">
                    {template.name}
                  </span>
                  <button
                    type="button"
                    data-action="rename"
                    onClick={() =>
                      setEditing({ id: template.id, mode: 'rename', name: template.name, error: null })
                    }
                  >
                    {t(lang, 'templates.manager.rename')}
                  </button>
                  <button type="button" data-action="duplicate" onClick={() => void onDuplicate(template.id)}>
                    {t(lang, 'templates.manager.duplicate')}
                  </button>
                  <button
                    type="button"
                    class="danger"
                    data-action="delete"
                    onClick={() => setEditing({ id: template.id, mode: 'delete' })}
                  >
                    {t(lang, 'templates.manager.delete')}
                  </button>
                </div>
              )}
              <div class="summary muted">{templateSummary(template, lang).join(' · ')}</div>
              {sendAt && (
                <div class="summary">
                  {t(lang, 'templates.next')}
                  <TimePair instant={sendAt} lang={lang} zone={zone} />
                </div>
              )}
              <div class="summary muted">
                {t(lang, 'templates.manager.updated')}
                <TimePair instant={new Date(template.updatedAt)} lang={lang} zone={zone} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
