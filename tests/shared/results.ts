/** Engine results in tests: a figure is read only after the status says there is one. */
import type { RoiOk, RoiResult } from '../../lib/roi/types';

/** The result, narrowed to `RoiOk`; throws (failing the test) with the missing inputs otherwise. */
export function ok(r: RoiResult | null | undefined): RoiOk {
  if (!r) throw new Error('expected a result, got none');
  if (r.status !== 'ok') throw new Error(`expected an ok result, got incomplete: ${r.missing.join(', ')}`);
  return r;
}
