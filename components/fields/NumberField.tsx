/**
 * A number typed in the user's locale (decimal comma or point). The field
 * keeps the text as typed, so "12," or "abc" stay on screen while the draft
 * gets null (empty) or NaN (unreadable) and the reason shows next to it.
 */
import { useEffect, useState } from 'preact/hooks';
import { fieldText, parseField, type FieldNumber, type Unit } from '../../lib/options/numbers';
import { Field } from './Field';

export interface NumberFieldProps {
  id: string;
  label: string;
  value: FieldNumber | undefined;
  unit: Unit;
  locale: string;
  onChange: (value: FieldNumber) => void;
  hint?: string | null;
  error?: string | null;
  /** Shown after the input, e.g. "%" or "€"; the label already says it to screen readers. */
  suffix?: string;
  class?: string;
  /** Rounds the shown text of a value set from outside (not what the user types); the value stays exact. */
  maxDecimals?: number;
}

function same(a: FieldNumber | undefined, b: FieldNumber | undefined): boolean {
  return Object.is(a ?? null, b ?? null);
}

export function NumberField({ id, label, value, unit, locale, onChange, hint, error, suffix, class: extra, maxDecimals }: NumberFieldProps) {
  const [text, setText] = useState(() => fieldText(value, unit, locale, maxDecimals));
  // A value changed from outside (merge, reset, restore) replaces the text,
  // unless the text already says the same number.
  useEffect(() => {
    if (!same(parseField(text, unit, locale), value)) setText(fieldText(value, unit, locale, maxDecimals));
  }, [value, unit, locale, maxDecimals]);
  return (
    <Field id={id} label={label} hint={hint} error={error} class={extra}>
      {(a11y) => (
        <span class="input-with-suffix">
          <input
            {...a11y}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            value={text}
            onInput={(e) => {
              const next = e.currentTarget.value;
              setText(next);
              onChange(parseField(next, unit, locale));
            }}
          />
          {suffix && (
            <span class="suffix" aria-hidden="true">
              {suffix}
            </span>
          )}
        </span>
      )}
    </Field>
  );
}
