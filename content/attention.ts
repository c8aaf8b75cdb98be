/**
 * Which findings the seller should see now. A fresh form is not shouted at: a field's findings show
 * once the seller has changed it, and a "nothing chosen yet" finding only once they have moved on to
 * another field (the goods picker opened from its row does not count as moving on). Pressing 申请
 * shows everything from then on.
 */
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { PushForm } from '../lib/qsm/types';
import type { FindingCode } from '../lib/rules/codes';
import type { DraftField, Finding } from '../lib/schema';

/** Findings that only say a field is still empty: neutral until the seller has left the field. */
const NOT_FILLED_YET: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'type-missing',
  'coupon-missing',
  'send-at-missing',
  'items-manual-empty',
  'recipients-missing',
  'recipients-none-selected',
  'banner-missing',
]);

export interface Attention {
  /** The findings to show, beside their fields and in the panel. */
  shown: ReadonlySignal<Finding[]>;
  /** Errors held back until the seller reaches their field (the apply guard still stops them). */
  held: ReadonlySignal<Finding[]>;
  /** The seller pressed 申请: every finding shows from now on. */
  revealAll(): void;
}

const union = <T>(set: ReadonlySet<T>, more: readonly T[]): ReadonlySet<T> | null =>
  more.every((item) => set.has(item)) ? null : new Set([...set, ...more]);

export function watchAttention(
  form: PushForm | null,
  findings: ReadonlySignal<Finding[]>,
  abort: AbortSignal,
): Attention {
  const changed = signal<ReadonlySet<DraftField>>(new Set());
  const left = signal<ReadonlySet<DraftField>>(new Set());
  const everything = signal(false);

  const fieldsAt = (target: EventTarget | null): DraftField[] => {
    if (!(target instanceof Node) || !form) return [];
    return (Object.entries(form.rows) as [DraftField, HTMLElement][])
      .filter(([, row]) => row.contains(target))
      .map(([field]) => field);
  };
  const onEnter = (event: Event) => {
    const here = fieldsAt(event.target);
    // Only reaching another field counts as leaving one; a dialog or our own UI does not.
    if (here.length === 0) return;
    const next = union(
      left.peek(),
      [...changed.peek()].filter((field) => !here.includes(field)),
    );
    if (next) left.value = next;
  };
  // A change is also being at that field (a value can be set without focusing it first).
  const onChange = (event: Event) => {
    onEnter(event);
    const next = union(changed.peek(), fieldsAt(event.target));
    if (next) changed.value = next;
  };
  const doc = form?.root.ownerDocument;
  for (const type of ['change', 'input'])
    doc?.addEventListener(type, onChange, { capture: true, signal: abort });
  for (const type of ['focusin', 'pointerdown']) {
    doc?.addEventListener(type, onEnter, { capture: true, signal: abort });
  }

  const isShown = (finding: Finding) => {
    if (everything.value) return true;
    const field = finding.field as DraftField;
    if (!changed.value.has(field)) return false;
    return !NOT_FILLED_YET.has(finding.code as FindingCode) || left.value.has(field);
  };
  const shown = computed(() => findings.value.filter(isShown));
  const held = computed(() =>
    findings.value.filter((finding) => finding.severity === 'error' && !isShown(finding)),
  );
  return {
    shown,
    held,
    revealAll() {
      everything.value = true;
    },
  };
}
