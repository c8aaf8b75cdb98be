import { type Lang, t } from '../../lib/i18n';
import type { SlotView } from '../../lib/plan';
import { slotDay, slotLine, takenLine } from '../../lib/plan/words';

export interface PlanSlotsProps {
  views: readonly SlotView[];
  lang: Lang;
  zone: string;
  /** Template names by id; a slot whose template is gone fills the date and time alone. */
  templateNames: ReadonlyMap<string, string>;
  /** With these, each slot gets its pause switch and remove button (the options page). */
  onPause?: (id: string, paused: boolean) => void;
  onRemove?: (id: string) => void;
}

/** The plan's slots, each with its state and next send time, on the options page and in the popup. */
export function PlanSlots({ views, lang, zone, templateNames, onPause, onRemove }: PlanSlotsProps) {
  if (views.length === 0)
    return (
      <p class="muted" data-qpp="plan-empty">
        {t(lang, 'plan.empty')}
      </p>
    );
  return (
    <ul class="plan-slots">
      {views.map((view) => {
        const { slot } = view;
        const day = slotDay(lang, slot);
        const template = slot.templateId ? templateNames.get(slot.templateId) : undefined;
        const taken = takenLine(lang, view, zone);
        return (
          <li
            key={slot.id}
            class="plan-slot"
            data-qpp="plan-slot"
            data-id={slot.id}
            data-state={view.state}
            data-next={view.next ?? ''}
          >
            <div class="plan-slot-head">
              <strong>{day}</strong>
              <span class="plan-state" data-state={view.state}>
                {t(lang, `plan.state.${view.state}`)}
              </span>
            </div>
            <div class="plan-line">{slotLine(lang, view, zone)}</div>
            {taken && (
              <div class="plan-line muted" data-qpp="plan-taken">
                {taken}
              </div>
            )}
            <div class="plan-line muted">
              {template ? t(lang, 'plan.slot.template', { name: template }) : t(lang, 'plan.slot.noTemplate')}
            </div>
            {(onPause || onRemove) && (
              <div class="plan-actions">
                {onPause && (
                  <label class="choice">
                    <input
                      type="checkbox"
                      data-qpp="plan-pause"
                      checked={slot.paused}
                      aria-label={t(lang, 'plan.slot.pauseLabel', { slot: day })}
                      onChange={(event) => onPause(slot.id, event.currentTarget.checked)}
                    />
                    {t(lang, 'plan.slot.pause')}
                  </label>
                )}
                {onRemove && (
                  <button
                    type="button"
                    data-qpp="plan-remove"
                    aria-label={t(lang, 'plan.slot.removeLabel', { slot: day })}
                    onClick={() => onRemove(slot.id)}
                  >
                    {t(lang, 'plan.slot.remove')}
                  </button>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
