// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm } from '../../../components/pushes/SettingsForm';
import { defaultStoredSettings } from '../../../lib/pushes/settings';

afterEach(() => {
  document.body.textContent = '';
});

function mount(onSave = vi.fn(async () => undefined)) {
  const root = document.body.appendChild(document.createElement('div'));
  render(<SettingsForm initial={defaultStoredSettings()} lang="en" onSave={onSave} />, root);
  const input = (name: string) =>
    root.querySelector<HTMLInputElement>(`input[name="${name}"]`) as HTMLInputElement;
  const type = (name: string, value: string) => {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input', { bubbles: true }));
  };
  const submit = () => root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
  return { root, input, type, submit, onSave };
}

describe('options form', () => {
  it('shows the stored settings and saves valid changes', async () => {
    const { root, input, type, submit, onSave } = mount();
    expect(root.querySelector('[data-qpp="options"]')).not.toBeNull();
    expect(input('reminderLeadMinutes').value).toBe('120');
    root.querySelector<HTMLInputElement>('input[value="rolling-7-days"]')?.click();
    type('reminderLeadMinutes', '45');
    await vi.waitFor(() => expect(input('reminderLeadMinutes').value).toBe('45'));
    submit();
    await vi.waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        weekRule: 'rolling-7-days',
        couponMarginHours: 24,
        reminderLeadMinutes: 45,
      }),
    );
    await vi.waitFor(() =>
      expect(root.querySelector('[data-qpp="save-status"]')?.textContent).toBe('Saved.'),
    );
  });

  it('explains what the coupon margin (hours) is, tied to its field', () => {
    const { root, input } = mount();
    const help = root.querySelector('[data-qpp="margin-help"]');
    expect(input('couponMarginHours').getAttribute('aria-describedby')).toBe(help?.id);
    expect(help?.textContent).toMatch(/customers .* use the coupon after the push arrives/);
    expect(help?.textContent).toContain('0 turns the warning off');
  });

  it('explains each wrong field and does not save', async () => {
    const { root, type, submit, onSave } = mount();
    type('couponMarginHours', 'abc');
    type('reminderLeadMinutes', '2');
    await Promise.resolve();
    submit();
    await vi.waitFor(() => expect(root.querySelectorAll('[data-qpp="field-error"]')).toHaveLength(2));
    const errors = [...root.querySelectorAll<HTMLElement>('[data-qpp="field-error"]')].map((e) => [
      e.dataset.field,
      e.textContent,
    ]);
    expect(errors).toEqual([
      ['couponMarginHours', 'Enter a number.'],
      ['reminderLeadMinutes', 'Enter between 5 and 1440 minutes.'],
    ]);
    expect(onSave).not.toHaveBeenCalled();
  });
});
