/**
 * The overlay's "Export CSV" request (`EXPORT_TABLE_MESSAGE`). The content
 * script sends what its badges show; the background writes the file text and
 * sends it back. The CSV code and its header texts thus stay out of the
 * content scripts, whose size is budgeted.
 */
import type { Language } from '../i18n/language';
import type { BadgeView } from '../overlay/view-model';
import type { CostKind, Period } from '../roi/types';
import type { Platform } from '../platforms/contract/types';

/** What the content script sends: the badges' views and where they come from. */
export interface TableExportRequest {
  platform: Platform;
  accountId: string | null;
  /** The page's currency when it shows one. */
  currency: string | null;
  /** The period the badges used (read from the page, or typed in the panel). */
  period: Period | null;
  rows: BadgeView[];
  totals: BadgeView | null;
}

/** The same with what the background adds from the settings. */
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
