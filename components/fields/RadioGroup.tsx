/** Native radios in a fieldset: arrow keys move between them, the legend names the group. */
export interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  class?: string;
  /** A note about this choice, kept inside the group so it is read (and seen) with it. */
  hint?: string;
}

export function RadioGroup<V extends string>({ name, legend, value, options, onChange, class: extra, hint }: RadioGroupProps<V>) {
  const hintId = `${name}-hint`;
  return (
    <fieldset class={`radios${extra ? ` ${extra}` : ''}`} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      <div class="options">
        {options.map((o) => (
          <label key={o.value}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
