import { Field } from './Field';

export interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  hint?: string | null;
  error?: string | null;
  class?: string;
}

export function SelectField<V extends string>({ id, label, value, options, onChange, hint, error, class: extra }: SelectFieldProps<V>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} class={extra}>
      {(a11y) => (
        <select {...a11y} value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
