/**
 * The overlay's "Export CSV" request. The content script sends what its
 * badges show; the background writes the file text and sends it back. The
 * CSV code and its header texts thus stay out of the content scripts, whose
 * size is budgeted.
 */
import type { Language } from '../i18n/language';
import type { BadgeView } from '../overlay/view-model';
import type { CostKind, Period } from '../roi/types';
import type { Platform } from '../table/types';

export const EXPORT_TABLE_MESSAGE = 'export-table-csv';

export interface TableExport {
  platform: Platform;
  language: Language;
  currency: string;
  period: Period | null;
  targetRoi: number;
  /** The profile's costs, in its order: one column each. */
  costs: { label: string; kind: CostKind }[];
  rows: BadgeView[];
  totals: BadgeView | null;
}

export interface ExportedFile {
  filename: string;
  text: string;
}
