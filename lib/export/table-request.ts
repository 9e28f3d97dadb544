/** Check and complete an export request from the content script with the saved settings. */
import { resolveLanguage } from '../i18n/language';
import { isPlatform } from '../platforms';
import { profileFor } from '../settings/profile-for';
import type { Settings } from '../settings/schema';
import type { TableExport, TableExportRequest } from './types';

export function tableExportFrom(request: TableExportRequest, settings: Settings, browserLanguage: string | undefined): TableExport {
  const profile = profileFor(settings, request.platform, request.accountId);
  return {
    platform: request.platform,
    language: resolveLanguage(settings.language, browserLanguage),
    // The badges of a page in another currency are all n/a: the figures left are the page's own.
    currency: request.currency ?? profile.currency,
    period: request.period,
    targetRoi: settings.targetRoi,
    costs: profile.costs.map(({ label, kind }) => ({ label, kind })),
    rows: request.rows,
    totals: request.totals,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isView = (v: unknown) => isObject(v) && isObject(v['result']) && Array.isArray(v['reasons']) && typeof v['roiAttr'] === 'string';

/**
 * The request as sent, or null when it is not one: a message crosses a
 * process boundary, so its shape is checked before the CSV is written.
 */
export function asTableExportRequest(raw: unknown): TableExportRequest | null {
  if (!isObject(raw) || !isPlatform(raw['platform'])) return null;
  const rows = raw['rows'];
  if (!Array.isArray(rows) || !rows.every(isView) || (raw['totals'] != null && !isView(raw['totals']))) return null;
  const p = raw['period'];
  const period = isObject(p) && typeof p['start'] === 'string' && typeof p['end'] === 'string' ? { start: p['start'], end: p['end'] } : null;
  return {
    platform: raw['platform'] as TableExportRequest['platform'],
    accountId: typeof raw['accountId'] === 'string' ? raw['accountId'] : null,
    currency: typeof raw['currency'] === 'string' ? raw['currency'] : null,
    period,
    rows: rows as TableExportRequest['rows'],
    totals: (raw['totals'] ?? null) as TableExportRequest['totals'],
  };
}
