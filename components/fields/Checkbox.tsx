export interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string | null;
}

export function Checkbox({ id, label, checked, onChange, hint }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field checkbox">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hintId} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
