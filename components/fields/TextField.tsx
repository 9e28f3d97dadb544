import { Field } from './Field';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string | null | undefined;
  onChange: (value: string) => void;
  hint?: string | null;
  error?: string | null;
  type?: 'text' | 'date';
  /** e.g. "characters" for a currency code typed in capitals. */
  autoCapitalize?: 'characters';
  maxLength?: number;
  list?: string;
  class?: string;
}

export function TextField({ id, label, value, onChange, hint, error, type = 'text', autoCapitalize, maxLength, list, class: extra }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} class={extra}>
      {(a11y) => (
        <input
          {...a11y}
          type={type}
          value={value ?? ''}
          autoComplete="off"
          spellcheck={false}
          {...(autoCapitalize ? { autoCapitalize } : {})}
          {...(maxLength ? { maxLength } : {})}
          {...(list ? { list } : {})}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
