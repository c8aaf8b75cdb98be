// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanEditor } from '../../../components/plan/PlanEditor';
import { PlanPopup } from '../../../components/plan/PlanPopup';
import { emptyPlan, newSlot, type PlanStore } from '../../../lib/plan';

afterEach(() => {
  document.body.textContent = '';
});

const now = new Date('2026-12-07T12:00:00+09:00');
const friday = newSlot({ kind: 'weekly', weekday: 'fri', time: '20:00', templateId: 'tpl-a' }, 'fri', now);
const plain = (text: string | null | undefined) => text?.replaceAll('\u00a0', ' ') ?? '';

function editor(plan: PlanStore, onAdd = vi.fn(async () => undefined)) {
  const root = document.body.appendChild(document.createElement('div'));
  render(
    <PlanEditor
      plan={plan}
      pushes={[]}
      rule="calendar-week"
      templates={[{ id: 'tpl-a', name: 'Weekly A' }]}
      lang="en"
      zone="Asia/Shanghai"
      now={now}
      onAdd={onAdd}
      onPause={vi.fn(async () => undefined)}
      onRemove={vi.fn(async () => undefined)}
      onRemindAt={vi.fn(async () => undefined)}
    />,
    root,
  );
  const select = (name: string, value: string) => {
    const control = root.querySelector<HTMLSelectElement>(`[data-qpp="${name}"]`) as HTMLSelectElement;
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const add = () => root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
  return { root, select, add, onAdd };
}

describe('the plan on the options page', () => {
  it('offers the weekdays and the 25 send slots, shows the chosen slot in JST and the seller time, and adds it', async () => {
    const { root, select, add, onAdd } = editor(emptyPlan());
    const values = (name: string) =>
      Array.from(root.querySelectorAll(`[data-qpp="${name}"] option`)).map(
        (o) => (o as HTMLOptionElement).value,
      );
    expect(values('plan-weekday')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(values('plan-time')).toHaveLength(25);
    expect(values('plan-time')[0]).toBe('10:00');
    expect(values('plan-time').at(-1)).toBe('22:00');
    expect(values('plan-template')).toEqual(['', 'tpl-a']);
    // Each slot in JST with the seller's own time beside it, written as every other time is.
    const twenty = root.querySelector('[data-qpp="plan-time"] option[value="20:00"]');
    expect(plain(twenty?.textContent)).toBe('20:00 (19:00 China Standard Time)');
    select('plan-template', 'tpl-a');
    await vi.waitFor(() =>
      expect(plain(root.querySelector('[data-qpp="plan-preview"]')?.textContent)).toBe(
        'Next: Fri 2026-12-11 20:00 JST (19:00 China Standard Time), apply Tue–Thu',
      ),
    );
    add();
    await vi.waitFor(() =>
      expect(onAdd).toHaveBeenCalledWith({
        kind: 'weekly',
        weekday: 'fri',
        time: '20:00',
        templateId: 'tpl-a',
      }),
    );
    // Every control has a name a screen reader reads.
    for (const control of root.querySelectorAll('select, input')) {
      expect(control.closest('label'), control.outerHTML).not.toBeNull();
    }
  });

  it('refuses a second slot in the same week, saying why, and adds nothing', async () => {
    const { root, select, add, onAdd } = editor({ ...emptyPlan(), slots: [friday] });
    const slot = root.querySelector('[data-qpp="plan-slot"]');
    expect(slot?.getAttribute('data-state')).toBe('waiting');
    expect(slot?.getAttribute('data-next')).toBe('2026-12-11T20:00:00+09:00');
    select('plan-weekday', 'mon');
    // Preact renders the choice before the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    add();
    await vi.waitFor(() =>
      expect(plain(root.querySelector('[data-qpp="plan-status"]')?.textContent)).toBe(
        'Only one push a week is allowed, and “Every Fri” already sends in that week (2026-12-18 20:00 JST (19:00 China Standard Time)).',
      ),
    );
    expect(onAdd).not.toHaveBeenCalled();
  });
});

describe('the plan in the popup', () => {
  it('says when the next planned push is and when to apply, in the seller language', () => {
    const root = document.body.appendChild(document.createElement('div'));
    render(
      <PlanPopup
        plan={{ ...emptyPlan(), slots: [friday] }}
        pushes={[]}
        rule="calendar-week"
        templateNames={new Map([['tpl-a', 'Weekly A']])}
        now={now}
        lang="zh"
        zone="Asia/Shanghai"
        onEdit={() => undefined}
      />,
      root,
    );
    expect(plain(root.querySelector('[data-qpp="plan-next"]')?.textContent)).toBe(
      '下次：周五 2026-12-11 20:00 日本时间（北京时间 19:00），请于周二至周四申请',
    );
    expect(root.querySelector('[data-qpp="plan-slot"]')?.textContent).toContain('模板：Weekly A');
  });
});
