/**
 * The report of a page copy (the content script's answer to
 * PAGE_COPY_MESSAGE): parsed outside the page, read by the adapter of its
 * URL. Meta cells are aligned by their declared positions (the copy has no
 * layout), which is how 2026 Ads Manager places them anyway (§7.2).
 */
import { googleAdsAdapter } from '../platforms/google-ads';
import { createMetaAdapter, declaredGeometry } from '../platforms/meta';
import type { TableAdapter } from '../platforms/contract/adapter';
import type { PageCopy } from '../messages';
import { buildReport, type DiagnosticReport } from './report';

const ADAPTERS: TableAdapter<never>[] = [googleAdsAdapter, createMetaAdapter({ geometry: declaredGeometry })] as never[];

/** The report, or null when the copy's URL is no table page of a platform we read. */
export function reportOfCopy(copy: PageCopy, parse: (html: string) => Document, salt: string, extensionVersion: string | null): DiagnosticReport | null {
  const url = new URL(copy.url);
  const adapter = ADAPTERS.find((a) => a.matchesUrl(url));
  if (!adapter) return null;
  return buildReport({ doc: parse(copy.html), url, adapter, salt, extensionVersion });
}

/** A random salt from the platform's crypto. */
export function randomSalt(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
