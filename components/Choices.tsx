/** One group of radio choices, each a `label.choice` holding its radio and its words. */
import type { ComponentChildren } from 'preact';

export interface Choice<V extends string> {
  value: V;
  label: ComponentChildren;
}

export interface ChoicesProps<V extends string> {
  /** The radios' shared name (one group per name in a form). */
  name: string;
  /** The chosen value; null when none is chosen. */
  value: V | null;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
}

/** The radios without a fieldset: the caller's fieldset gives them their legend and whatever goes beside them. */
export function Choices<V extends string>({ name, value, choices, onChange }: ChoicesProps<V>) {
  return (
    <>
      {choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </>
  );
}
