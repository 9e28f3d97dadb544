/**
 * Reading a settings file chosen for import. `validateImport` (lib/settings)
 * is the gatekeeper; when it refuses, the reasons are worded here in the UI
 * language, each naming where in the file the problem is.
 */
import type { Translate } from '../i18n';
import { MAX_IMPORT_BYTES, SettingsSchema, migrate, validateImport, type Settings } from '../settings';
import { unitOf, problemText } from './problem-text';
import { located } from './validation';
import type { Path } from './paths';

export type ImportOutcome = { ok: true; settings: Settings } | { ok: false; reasons: string[] };

const FIELD_NAMES = [
  'version',
  'targetRoi',
  'display',
  'language',
  'defaultProfile',
  'profiles',
  'sync',
  'id',
  'name',
  'accounts',
  'currency',
  'margin',
  'default',
  'rules',
  'vatIncluded',
  'returnRate',
  'leadValue',
  'closeRate',
  'dealValue',
  'costs',
  'kind',
  'label',
  'rate',
  'amount',
  'hoursPerMonth',
  'hourlyRate',
  'date',
  'amortizeMonths',
  'from',
  'until',
  'scope',
  'match',
  'pattern',
  'platform',
  'badgeRoi',
  'lifetime',
  'purchasesPerYear',
  'years',
  'newCustomerShare',
  'rememberTables',
  'historyMonths',
] as const;
type FieldName = (typeof FIELD_NAMES)[number];

function fieldName(t: Translate, key: string): string {
  return (FIELD_NAMES as readonly string[]).includes(key) ? t(`name.${key as FieldName}`) : key;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Where a problem is, in words: "Profile “My shop” › Cost “Bid tool” › Amount". */
export function pathText(path: Path, data: unknown, t: Translate): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i]!;
    const next = path[i + 1];
    const container = record(node);
    const list = container && typeof key === 'string' ? container[key] : undefined;
    if ((key === 'profiles' || key === 'costs' || key === 'rules' || key === 'accounts') && typeof next === 'number') {
      const item = record(Array.isArray(list) ? list[next] : undefined);
      const n = next + 1;
      if (key === 'profiles') parts.push(t('path.profile', { name: typeof item?.['name'] === 'string' && item['name'] ? item['name'] : `#${n}` }));
      if (key === 'costs') parts.push(t('path.cost', { name: typeof item?.['label'] === 'string' && item['label'] ? item['label'] : `#${n}` }));
      if (key === 'rules') parts.push(t('path.rule', { n }));
      if (key === 'accounts') parts.push(t('path.account', { n }));
      node = Array.isArray(list) ? list[next] : undefined;
      i += 1;
      continue;
    }
    if (key === 'margin' && next !== undefined) {
      node = list;
      continue;
    }
    parts.push(typeof key === 'number' ? `#${key + 1}` : fieldName(t, key));
    node = list;
  }
  return parts.length ? parts.join(' › ') : t('path.file');
}

function bytesOf(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * A size for people. `base` 1024 for browser sync, whose quotas are powers
 * of two (102 400 bytes is the "100 KB" of Chrome's documentation).
 */
export function sizeText(bytes: number, locale: string, base: 1000 | 1024 = 1000): string {
  const mega = base * base;
  const units = bytes >= mega ? { n: bytes / mega, u: 'megabyte' } : { n: bytes / base, u: 'kilobyte' };
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units.u, maximumFractionDigits: 1 }).format(units.n);
}

/** Reasons in the user's language; the caller has already been refused by `validateImport`. */
function reasonsFor(text: string, maxBytes: number, t: Translate, locale: string): string[] {
  const size = text.length > maxBytes ? text.length : bytesOf(text);
  if (size > maxBytes) return [t('import.tooLarge', { size: sizeText(size, locale), limit: sizeText(maxBytes, locale) })];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return [t('import.badJson')];
  }
  const object = record(data);
  if (!object) return [t('import.notObject')];
  // The progress page's export ('real-roi-history', lib/history/transfer.ts; a room this one may not import):
  // one reason saying where it goes, rather than every settings field it lacks.
  if (object['kind'] === 'real-roi-history') return [t('import.historyFile')];
  const version = object['version'];
  if (version !== undefined && !(typeof version === 'number' && Number.isInteger(version) && version >= 1)) {
    return [t('import.badVersion')];
  }
  const migrated = migrate(object);
  if (migrated.newer) return [t('import.newer')];
  const result = SettingsSchema.safeParse(migrated.data);
  if (result.success) return [];
  const names = new Map<string, string>();
  for (const p of Array.isArray(object['profiles']) ? object['profiles'] : []) {
    const r = record(p);
    if (r && typeof r['id'] === 'string' && typeof r['name'] === 'string') names.set(r['id'], r['name']);
  }
  return located(result.error.issues, migrated.data).problems.map(({ path, problem }) =>
    t('import.problem', {
      where: pathText(path, migrated.data, t),
      problem: problemText(problem, unitOf(path), t, locale, (id) => names.get(id) ?? id),
    }),
  );
}

export function readImport(text: string, t: Translate, locale: string, maxBytes = MAX_IMPORT_BYTES): ImportOutcome {
  const verdict = validateImport(text, maxBytes);
  if (verdict.ok) return verdict;
  const reasons = reasonsFor(text, maxBytes, t, locale);
  // Should the two ever disagree, the library's own (English) reasons still say why.
  return { ok: false, reasons: reasons.length ? reasons : verdict.errors };
}

/** Checked before reading, so a huge file is never loaded into memory. */
export function fileTooLarge(bytes: number, t: Translate, locale: string, maxBytes = MAX_IMPORT_BYTES): string | null {
  return bytes > maxBytes ? t('import.tooLarge', { size: sizeText(bytes, locale), limit: sizeText(maxBytes, locale) }) : null;
}
