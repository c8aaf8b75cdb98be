import { useState } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import {
  nextSend,
  type PlanStore,
  REMIND_TIMES,
  SEND_SLOTS,
  type SlotInput,
  slotProblem,
  WEEKDAYS,
  type Weekday,
} from '../../lib/plan';
import { planViews } from '../../lib/plan/state';
import { problemText, sendAndWindow, weekdayName } from '../../lib/plan/words';
import type { PushRecord, WeekRule } from '../../lib/schema';
import { instantParts } from '../../lib/time/format';
import { addJstDays, jstDate } from '../../lib/time/jst';
import { PlanSlots } from './PlanSlots';

export interface PlanEditorProps {
  plan: PlanStore;
  pushes: readonly PushRecord[];
  rule: WeekRule;
  templates: readonly { id: string; name: string }[];
  lang: Lang;
  zone: string;
  now: Date;
  onAdd: (input: SlotInput) => Promise<unknown>;
  onPause: (id: string, paused: boolean) => Promise<unknown>;
  onRemove: (id: string) => Promise<unknown>;
  onRemindAt: (remindAt: string) => Promise<unknown>;
}

type Status = { kind: 'error' | 'added'; text: string } | null;

/** The options page's plan: its slots, a form to add one, and the reminders' time of day. */
export function PlanEditor(props: PlanEditorProps) {
  const { plan, pushes, rule, templates, lang, zone, now } = props;
  const [kind, setKind] = useState<'weekly' | 'once'>('weekly');
  const [weekday, setWeekday] = useState<Weekday>('fri');
  const [date, setDate] = useState(() => addJstDays(jstDate(now), 3));
  const [time, setTime] = useState('20:00');
  const [templateId, setTemplateId] = useState('');
  const [status, setStatus] = useState<Status>(null);

  const names = new Map(templates.map((tpl) => [tpl.id, tpl.name]));
  const input: SlotInput =
    kind === 'weekly'
      ? { kind, weekday, time, templateId: templateId || null }
      : { kind, date, time, templateId: templateId || null };
  const problem = slotProblem(plan.slots, input, rule, now);
  // The chosen slot's next send time, JST with the seller's own time beside it.
  const preview =
    !problem || problem.reason === 'same-week' || problem.reason === 'too-many'
      ? nextSend({ ...input, id: 'new', paused: false, createdAt: now.toISOString() }, now)
      : null;

  // Each time slot in JST with the seller's own time beside it, on the day the preview names (else today).
  const day = preview ? preview.slice(0, 10) : jstDate(now);
  const slotText = (slot: string) =>
    slot + (instantParts(new Date(`${day}T${slot}:00+09:00`), lang, zone).local ?? '');

  const failed = () => setStatus({ kind: 'error', text: t(lang, 'plan.save.failed') });

  async function add(event: Event) {
    event.preventDefault();
    if (problem) {
      setStatus({ kind: 'error', text: problemText(lang, problem, plan.slots, zone) });
      return;
    }
    try {
      await props.onAdd(input);
      setStatus({ kind: 'added', text: t(lang, 'plan.added') });
    } catch {
      failed();
    }
  }

  return (
    <section class="qpp options" data-qpp="plan" lang={lang}>
      <h2>{t(lang, 'plan.title')}</h2>
      <p class="muted">{t(lang, 'plan.hint')}</p>
      <PlanSlots
        views={planViews(plan.slots, now, pushes, rule)}
        lang={lang}
        zone={zone}
        templateNames={names}
        onPause={(id, paused) => void props.onPause(id, paused).catch(failed)}
        onRemove={(id) => void props.onRemove(id).catch(failed)}
      />
      <form class="plan-add" data-qpp="plan-form" onSubmit={(event) => void add(event)} noValidate>
        <fieldset>
          <legend>{t(lang, 'plan.kind')}</legend>
          {(['weekly', 'once'] as const).map((choice) => (
            <label key={choice} class="choice">
              <input
                type="radio"
                name="planKind"
                value={choice}
                data-qpp="plan-kind"
                checked={kind === choice}
                onChange={() => {
                  setKind(choice);
                  setStatus(null);
                }}
              />
              {t(lang, `plan.kind.${choice}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'weekly' ? (
          <label class="field">
            <span>{t(lang, 'plan.weekday')}</span>
            <select
              data-qpp="plan-weekday"
              value={weekday}
              onChange={(event) => {
                setWeekday(event.currentTarget.value as Weekday);
                setStatus(null);
              }}
            >
              {WEEKDAYS.map((day) => (
                <option key={day} value={day}>
                  {weekdayName(lang, day)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label class="field">
            <span>{t(lang, 'plan.date')}</span>
            <input
              type="date"
              data-qpp="plan-date"
              value={date}
              min={addJstDays(jstDate(now), 1)}
              onInput={(event) => {
                setDate(event.currentTarget.value);
                setStatus(null);
              }}
            />
          </label>
        )}
        <label class="field">
          <span>{t(lang, 'plan.time')}</span>
          <select
            data-qpp="plan-time"
            value={time}
            onChange={(event) => {
              setTime(event.currentTarget.value);
              setStatus(null);
            }}
          >
            {SEND_SLOTS.map((slot) => (
              <option key={slot} value={slot}>
                {slotText(slot)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t(lang, 'plan.template')}</span>
          <select
            data-qpp="plan-template"
            value={templateId}
            onChange={(event) => setTemplateId(event.currentTarget.value)}
          >
            <option value="">{t(lang, 'plan.template.none')}</option>
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name}
              </option>
            ))}
          </select>
        </label>
        {preview && (
          <p class="muted" data-qpp="plan-preview">
            {t(lang, 'plan.next', { when: sendAndWindow(lang, preview, zone) })}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" data-qpp="plan-add">
            {t(lang, 'plan.add')}
          </button>
        </div>
        <p
          class={status?.kind === 'error' ? 'plan-error' : 'muted'}
          role="status"
          data-qpp="plan-status"
          data-status={status?.kind ?? 'idle'}
        >
          {status?.text ?? ''}
        </p>
      </form>
      <label class="field">
        <span>{t(lang, 'plan.remindAt')}</span>
        <select
          data-qpp="plan-remind-at"
          value={plan.remindAt}
          aria-describedby="qpp-plan-remind-help"
          onChange={(event) => void props.onRemindAt(event.currentTarget.value).catch(failed)}
        >
          {REMIND_TIMES.map((at) => (
            <option key={at} value={at}>
              {at}
            </option>
          ))}
        </select>
        <small id="qpp-plan-remind-help" class="muted">
          {t(lang, 'plan.remindAt.hint')}
        </small>
      </label>
    </section>
  );
}
