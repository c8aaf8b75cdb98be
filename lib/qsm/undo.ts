/**
 * Undoing a fill: what every control of the form held before, and putting it back through the
 * filler's own moves (clicks for radios and boxes, a value with input/change for the rest), so QSM's
 * scripts follow as they did when the template was filled. Controls, not the draft, are kept: an
 * empty coupon or send date is a state to go back to, while a fill plan's null means "leave it".
 */
import { isInput } from './dom';
import { check, fire, setValue } from './fill';
import type { PushForm } from './types';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface ControlState {
  control: Control;
  checked: boolean;
  value: string;
}

/** The form's controls as they stood at one moment; hold it to put them back with `restoreForm`. */
export interface FormSnapshot {
  readonly controls: readonly ControlState[];
}

export interface RestoreResult {
  /** Controls put back to what they held. */
  restored: number;
  /** Controls that could not be (gone from the page, or the page refused the value). */
  failed: number;
}

/** Files, hidden state and buttons are not the seller's entries: a fill never touches them. */
const NOT_ENTRIES = new Set(['file', 'hidden', 'button', 'submit', 'image', 'reset']);

const isToggle = (control: Control): control is HTMLInputElement =>
  isInput(control, 'radio') || isInput(control, 'checkbox');

function controlsOf(form: PushForm): Control[] {
  const found = Array.from(form.root.querySelectorAll<Control>('input, select, textarea'));
  const entries = found.filter((c) => !isInput(c) || !NOT_ENTRIES.has((c.type || 'text').toLowerCase()));
  // The type goes first, as in the filler: it decides which rows the page shows.
  const typeRow = form.rows.type;
  const first = entries.filter((c) => typeRow?.contains(c));
  return [...first, ...entries.filter((c) => !typeRow?.contains(c))];
}

export function snapshotForm(form: PushForm): FormSnapshot {
  return {
    controls: controlsOf(form).map((control) => ({
      control,
      checked: isToggle(control) && control.checked,
      value: control.value,
    })),
  };
}

function holds(state: ControlState): boolean {
  const { control } = state;
  return isToggle(control) ? control.checked === state.checked : control.value === state.value;
}

function putBack(state: ControlState, all: readonly ControlState[]): void {
  const { control } = state;
  if (isToggle(control)) {
    if (control.type !== 'radio' || state.checked) {
      check(control, state.checked);
      return;
    }
    // A radio is unchecked by checking another, unless its group had none checked at all.
    const group = all.filter((s) => isInput(s.control, 'radio') && s.control.name === control.name);
    if (control.name && group.some((s) => s.checked)) return;
    control.checked = false;
    fire(control, 'change');
    return;
  }
  if (control.disabled) {
    // No seller can type into a disabled field; its value is put back as it was, quietly.
    control.value = state.value;
    return;
  }
  setValue(control as HTMLInputElement | HTMLSelectElement, state.value);
}

/** Passes over the controls: a page may enable a field, or reset one, only after another changed. */
const PASSES = 3;

/**
 * Puts every control of a snapshot back, in the form's order with the type first, and reports how
 * many were put back and how many could not be. Never submits, never throws.
 */
export function restoreForm(snapshot: FormSnapshot): RestoreResult {
  const changed = new Set<ControlState>();
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (const state of snapshot.controls) {
      if (!state.control.isConnected || holds(state)) continue;
      try {
        putBack(state, snapshot.controls);
      } catch {
        // Skipped (disabled, refused): counted below when it still differs.
      }
      if (holds(state)) {
        changed.add(state);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const failed = snapshot.controls.filter((s) => !s.control.isConnected || !holds(s)).length;
  return { restored: [...changed].filter(holds).length, failed };
}
