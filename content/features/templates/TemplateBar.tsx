import { useState } from 'preact/hooks';
import { Choices } from '../../../components/Choices';
import { TimePair } from '../../../components/TimePair';
import {
  nameProblemMessage,
  skipMessage,
  templateSummary,
  weekdayName,
} from '../../../components/templates/summary';
import { type Lang, t } from '../../../lib/i18n';
import type { FillResult } from '../../../lib/qsm/fill';
import type { RestoreResult } from '../../../lib/qsm/undo';
import type { PushDraft } from '../../../lib/schema';
import {
  daysBetween,
  fillPlan,
  inSendWindow,
  isoWeekday,
  nameProblem,
  type PushTemplate,
} from '../../../lib/templates';
import { jstDate, sendAtOf } from '../../../lib/time/jst';

export type SendDayKind = 'offset' | 'weekday';

export interface TemplateBarProps {
  templates: PushTemplate[];
  lang: Lang;
  zone: string;
  now: Date;
  /** The form's current draft: what "Save as template" keeps. */
  draft: PushDraft;
  /** Fills the form from the template; returns what was filled and skipped. */
  onFill: (template: PushTemplate) => FillResult;
  onSave: (name: string, sendDay: SendDayKind) => Promise<unknown>;
  /** True while the last fill can be undone (until the seller edits the form). */
  canUndo?: boolean;
  /** Puts the form back as it was before the fill; null when there is nothing to undo. */
  onUndo?: () => RestoreResult | null;
}

type Notice =
  | { kind: 'filled'; template: PushTemplate; result: FillResult }
  | { kind: 'saved'; name: string }
  | { kind: 'undone'; result: RestoreResult }
  | null;

/** The send day choices the draft allows: D+n when its date is within the window, and its weekday. */
function sendDayChoices(draft: PushDraft, now: Date): { offset: number | null; weekday: number | null } {
  if (!draft.sendDate) return { offset: null, weekday: null };
  const days = daysBetween(jstDate(now), draft.sendDate);
  return {
    offset: inSendWindow(days) ? days : null,
    weekday: days === null ? null : isoWeekday(draft.sendDate),
  };
}

/** A compact bar above the push form: fill the form from a template, or save the form as one. */
export function TemplateBar({
  templates,
  lang,
  zone,
  now,
  draft,
  onFill,
  onSave,
  canUndo = false,
  onUndo,
}: TemplateBarProps) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SendDayKind>('offset');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const chosen = templates.find((tpl) => tpl.id === chosenId) ?? templates[0] ?? null;
  const plan = chosen ? fillPlan(chosen, now) : null;
  const sendAt = plan ? sendAtOf(plan) : null;
  const choices = sendDayChoices(draft, now);
  const sendDayKind: SendDayKind | null =
    choices.offset !== null && (kind === 'offset' || choices.weekday === null)
      ? 'offset'
      : choices.weekday !== null
        ? 'weekday'
        : null;
  const problem = nameProblem({ templates }, name);

  function fill() {
    if (!chosen) return;
    setNotice({ kind: 'filled', template: chosen, result: onFill(chosen) });
  }

  function undo() {
    const result = onUndo?.();
    setNotice(result ? { kind: 'undone', result } : null);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (problem === 'empty' || problem === 'too-long') {
      setError(nameProblemMessage(lang, problem));
      return;
    }
    try {
      await onSave(name.trim(), sendDayKind ?? 'offset');
    } catch {
      setError(t(lang, 'templates.save.failed'));
      return;
    }
    setNotice({ kind: 'saved', name: name.trim() });
    setSaving(false);
    setName('');
    setError(null);
  }

  return (
    <section class="qpp template-bar" data-qpp="templates-bar">
      <div class="line">
        <strong>{t(lang, 'templates.title')}</strong>
        {templates.length ? (
          <>
            <select
              aria-label={t(lang, 'templates.choose')}
              data-qpp="template-select"
              value={chosen?.id ?? ''}
              onChange={(event) => setChosenId(event.currentTarget.value)}
            >
              {templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.name}
                </option>
              ))}
            </select>
            <button type="button" class="primary" data-qpp="template-fill" onClick={fill}>
              {t(lang, 'templates.fill')}
            </button>
          </>
        ) : (
          <span class="muted">{t(lang, 'templates.none')}</span>
        )}
        {!saving && (
          <button type="button" data-qpp="template-save" onClick={() => setSaving(true)}>
            {t(lang, 'templates.save')}
          </button>
        )}
      </div>
      {chosen && !saving && (
        <div class="muted summary" data-qpp="template-summary">
          {templateSummary(chosen, lang).join(' · ')}
          {sendAt && (
            <div>
              {t(lang, 'templates.next')}
              <TimePair instant={sendAt} lang={lang} zone={zone} />
            </div>
          )}
        </div>
      )}
      {saving && (
        <form class="save" data-qpp="template-save-form" onSubmit={(event) => void save(event)} noValidate>
          <label>
            <span>{t(lang, 'templates.save.name')}</span>
            <input
              name="templateName"
              value={name}
              maxLength={80}
              aria-invalid={error ? 'true' : 'false'}
              onInput={(event) => {
                setName(event.currentTarget.value);
                setError(null);
              }}
            />
          </label>
          {problem === 'taken' && <div class="muted">{t(lang, 'templates.save.replaces')}</div>}
          {error && (
            <div class="error" role="alert" data-qpp="template-name-error">
              {error}
            </div>
          )}
          <fieldset>
            <legend>{t(lang, 'templates.save.sendDay')}</legend>
            {choices.offset === null && choices.weekday === null && (
              <div class="muted">{t(lang, 'templates.save.sendDay.none')}</div>
            )}
            <Choices
              name="sendDay"
              value={sendDayKind}
              onChange={setKind}
              choices={[
                ...(choices.offset !== null
                  ? [
                      {
                        value: 'offset' as const,
                        label: t(lang, 'templates.save.sendDay.offset', { n: choices.offset }),
                      },
                    ]
                  : []),
                ...(choices.weekday !== null
                  ? [
                      {
                        value: 'weekday' as const,
                        label: t(lang, 'templates.save.sendDay.weekday', {
                          weekday: weekdayName(lang, choices.weekday),
                        }),
                      },
                    ]
                  : []),
              ]}
            />
          </fieldset>
          <p class="muted">{t(lang, 'templates.save.keeps')}</p>
          <div class="line">
            <button type="submit" class="primary" data-qpp="template-save-confirm">
              {t(lang, 'templates.save.confirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setSaving(false);
                setError(null);
              }}
            >
              {t(lang, 'templates.cancel')}
            </button>
          </div>
        </form>
      )}
      {notice?.kind === 'saved' && (
        <div class="ok" role="status" data-qpp="template-notice">
          {t(lang, 'templates.save.saved', { name: notice.name })}
        </div>
      )}
      {notice?.kind === 'filled' && (
        <div role="status" data-qpp="template-notice">
          <div class="ok">
            {t(lang, 'templates.filled', { name: notice.template.name, n: notice.result.filled.length })}
          </div>
          {notice.result.skipped.length > 0 && (
            <>
              <div>{t(lang, 'templates.check')}</div>
              <ul class="skipped">
                {notice.result.skipped.map((skip) => (
                  <li key={skip.field} data-skip={skip.field} data-reason={skip.reason}>
                    {skipMessage(lang, skip.field, skip.reason, notice.template)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {canUndo && onUndo && (
            <button type="button" data-qpp="template-undo" onClick={undo}>
              {t(lang, 'templates.undo')}
            </button>
          )}
        </div>
      )}
      {notice?.kind === 'undone' && (
        <div class={notice.result.failed ? 'error' : 'ok'} role="status" data-qpp="template-notice">
          {notice.result.failed
            ? t(lang, 'templates.undone.partly', { n: notice.result.failed })
            : t(lang, 'templates.undone')}
        </div>
      )}
    </section>
  );
}
