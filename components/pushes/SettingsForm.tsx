import { useState } from 'preact/hooks';
import { hasMessage, type Lang, t } from '../../lib/i18n';
import {
  COUPON_MARGIN_RANGE,
  type SettingsForm as Form,
  REMINDER_LEAD_RANGE,
  type StoredSettings,
  settingsFormSchema,
} from '../../lib/pushes/settings';
import { Choices } from '../Choices';

type Field = keyof Form;
type Errors = Partial<Record<Field, string>>;

/** A field's error as the seller reads it; the schema's message names the catalogue key. */
function describeError(lang: Lang, key: string): string {
  if (!hasMessage(key)) return key;
  const range = key === 'pushes.options.error.margin' ? COUPON_MARGIN_RANGE : REMINDER_LEAD_RANGE;
  return t(lang, key, range);
}

/** Reads the inputs' text as numbers without guessing: empty or malformed text becomes NaN. */
function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** The options page: week rule, coupon margin and reminder lead, checked by the schema before saving. */
export function SettingsForm({
  initial,
  lang,
  onSave,
}: {
  initial: StoredSettings;
  lang: Lang;
  onSave: (form: Form) => Promise<unknown>;
}) {
  const [weekRule, setWeekRule] = useState(initial.weekRule);
  const [margin, setMargin] = useState(String(initial.couponMarginHours));
  const [lead, setLead] = useState(String(initial.reminderLeadMinutes));
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');

  async function submit(event: Event) {
    event.preventDefault();
    const result = settingsFormSchema.safeParse({
      weekRule,
      couponMarginHours: toNumber(margin),
      reminderLeadMinutes: toNumber(lead),
    });
    if (!result.success) {
      const next: Errors = {};
      for (const issue of result.error.issues) {
        const field = issue.path[0] as Field;
        next[field] ??= describeError(lang, issue.message);
      }
      setErrors(next);
      setStatus('invalid');
      return;
    }
    setErrors({});
    await onSave(result.data);
    setStatus('saved');
  }

  const error = (field: Field) =>
    errors[field] ? (
      <div class="field-error" data-qpp="field-error" data-field={field} role="alert">
        {errors[field]}
      </div>
    ) : null;

  return (
    <form
      class="qpp options"
      data-qpp="options"
      lang={lang}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h1>{t(lang, 'pushes.options.title')}</h1>
      <fieldset>
        <legend>{t(lang, 'pushes.options.weekRule')}</legend>
        <Choices
          name="weekRule"
          value={weekRule}
          onChange={setWeekRule}
          choices={[
            { value: 'calendar-week', label: t(lang, 'pushes.options.weekRule.calendar') },
            { value: 'rolling-7-days', label: t(lang, 'pushes.options.weekRule.rolling') },
          ]}
        />
      </fieldset>
      <label class="field">
        <span>{t(lang, 'pushes.options.margin')}</span>
        <input
          name="couponMarginHours"
          inputMode="decimal"
          value={margin}
          aria-describedby="qpp-margin-help"
          aria-invalid={errors.couponMarginHours ? 'true' : 'false'}
          onInput={(event) => setMargin(event.currentTarget.value)}
        />
        <small id="qpp-margin-help" class="muted" data-qpp="margin-help">
          {t(lang, 'pushes.options.margin.help')}
        </small>
        {error('couponMarginHours')}
      </label>
      <label class="field">
        <span>{t(lang, 'pushes.options.lead')}</span>
        <input
          name="reminderLeadMinutes"
          inputMode="numeric"
          value={lead}
          aria-invalid={errors.reminderLeadMinutes ? 'true' : 'false'}
          onInput={(event) => setLead(event.currentTarget.value)}
        />
        {error('reminderLeadMinutes')}
      </label>
      <div class="actions">
        <button type="submit" class="primary">
          {t(lang, 'pushes.options.save')}
        </button>
        <span data-qpp="save-status" data-status={status} role="status">
          {status === 'saved' ? t(lang, 'pushes.options.saved') : ''}
          {status === 'invalid' ? t(lang, 'pushes.options.invalid') : ''}
        </span>
      </div>
    </form>
  );
}
