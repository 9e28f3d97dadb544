/** The calculator's results, each with what it means in one line, announced as they change. */
import type { ComponentChildren } from 'preact';

export interface ResultItem {
  key: string;
  name: string;
  value: string;
  meaning: string;
  tone?: 'loss' | 'below-target' | 'on-target';
}

export interface ResultsProps {
  title: string;
  items: readonly ResultItem[];
  /** Shown instead of the items: what is missing, or what to type first. */
  message?: ComponentChildren;
  /** Set while the results rest on settings nobody entered: what is assumed. Values are then marked "≈". */
  assumed?: string | null;
}

export function Results({ title, items, message, assumed }: ResultsProps) {
  return (
    <section class="results" aria-labelledby="results-title" data-roi-basis={assumed && !message ? 'assumed' : undefined}>
      <h2 id="results-title">{title}</h2>
      <div aria-live="polite" data-testid="results">
        {message ? (
          <div class="message">{message}</div>
        ) : (
          <dl>
            {assumed && (
              <p class="assumed" data-basis="assumed">
                {assumed}
              </p>
            )}
            {items.map((item) => (
              <div key={item.key} class={`result${item.tone ? ` ${item.tone}` : ''}${assumed ? ' assumed' : ''}`} data-result={item.key}>
                <dt>{item.name}</dt>
                <dd class="value">{assumed ? `≈ ${item.value}` : item.value}</dd>
                <dd class="meaning">{item.meaning}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </section>
  );
}
