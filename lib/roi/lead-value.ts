/** Lead value, beside the table (model, "Beside the table"). */
export function leadValue({ closeRate, dealValue }: { closeRate: number; dealValue: number }): number {
  return closeRate * dealValue;
}
