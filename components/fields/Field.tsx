/**
 * One labelled field: the label, an optional hint, and the reason it is
 * invalid right next to it, tied to the input with aria-describedby.
 */
import type { ComponentChildren } from 'preact';

export interface A11yProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string | null;
  error?: string | null;
  class?: string;
  children: (a11y: A11yProps) => ComponentChildren;
}

export function Field({ id, label, hint, error, class: extra, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' invalid' : ''}${extra ? ` ${extra}` : ''}`}>
      <label for={id}>{label}</label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': 'true' as const } : {}),
      })}
      {error && (
        <p id={errorId!} class="error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId!} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
