/**
 * The diagnostic report on every fixture page: built from a copy of the page
 * as the popup builds it, it shows what the adapter read (same keys, rows and
 * header ids) and gives away no name, account id or figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digitShape, keyShape, nameHasher, textShape } from '../../lib/diagnostic/anonymize';
import { reportOfCopy } from '../../lib/diagnostic/page-report';
import { FIXTURES, loadFixture } from './load-fixture';

const pages = ['google-ads', 'meta'].flatMap((p) =>
  readdirSync(path.join(FIXTURES, p))
    .filter((f) => f.endsWith('.expected.json') && f.split('.').length === 3)
    .map((f) => ({ platform: p, page: f.replace('.expected.json', '') })),
);

describe('diagnostic report of every fixture page', () => {
  it('has pages', () => expect(pages.length).toBeGreaterThan(20));
  for (const { platform, page } of pages) {
    it(`${platform}/${page}`, async () => {
      const want = JSON.parse(readFileSync(path.join(FIXTURES, platform, `${page}.expected.json`), 'utf8'));
      const { window, document } = loadFixture(`${platform}/${page}.html`);
      await window.happyDOM.waitUntilComplete();
      const copy = { url: window.location.href, html: document.documentElement.outerHTML };
      const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      const report = reportOfCopy(copy, parse, 'test-salt', '0.0.0')!;
      await window.happyDOM.close();
      expect(report.table['level']).toBe(want.level);
      expect(report.rows.data).toBe(want.rows.length);
      expect(report.rows.totals).toBe(want.totals.length);
      expect(report.rows.duplicateKeys).toBe(0);
      const hash = nameHasher('test-salt');
      expect((report.rows.read as { key: string }[]).map((r) => r.key)).toEqual(want.rows.slice(0, 60).map((r: { key: string }) => keyShape(r.key, hash)));
      const json = JSON.stringify(report);
      expect(json.length).toBeLessThan(120_000);
      for (const r of want.rows as { name: string | null; spend: number | null }[]) {
        if (r.name && r.name.length > 3) expect(json, r.name).not.toContain(r.name);
        // (Small whole numbers may equal a kept pixel position.)
        if (r.spend !== null && (r.spend >= 1000 || !Number.isInteger(r.spend))) expect(json).not.toContain(String(r.spend));
      }
      if (want.accountId) expect(json).not.toContain(want.accountId);
    });
  }
});

describe('what the report keeps', () => {
  it('the typed header ids of the 2026 Meta page, the shapes of figures, hashed names', () => {
    const { window, document } = loadFixture('meta/adsets_2026_en.html');
    const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const report = reportOfCopy({ url: window.location.href, html: document.documentElement.outerHTML }, parse, 's', null)!;
    expect(report.headers.map((h) => h.attributes['id'])).toContain('reporting_table_column_actions:link_click');
    expect(report.headers.map((h) => h.label)).toContain('Website landing page views');
    expect(report.table['period']).toEqual({ start: '2026-01-01', end: '2026-08-18' });
    const first = report.rows.read[0] as { name: string; spend: string };
    expect(first.spend).toBe('####.#');
    expect(first.name).toMatch(/^#[0-9a-f]{8}$/);
    // Two ad sets of one name: equal hashes, told apart by their occurrence.
    const keys = (report.rows.read as { key: string }[]).map((r) => r.key);
    expect(keys[4]).toBe(`${keys[3]}##`);
    expect(report.structure[0]).toContain('div._1gda._2djg');
    expect(report.structure.join('\n')).toContain('[style=left: 487px]');
  });

  it('a page that is not an ad table gives no report', () => {
    const parse = () => {
      throw new Error('not parsed');
    };
    expect(reportOfCopy({ url: 'https://ads.google.com/aw/overview?ocid=1', html: '' }, parse, 's', null)).toBeNull();
  });

  it('shapes: digits, letters, keys', () => {
    expect(digitShape('€1,842.50')).toBe('€#,###.##');
    expect(textShape('Trail shoes 2')).toBe('Aaaaa aaaaa #');
    const hash = nameHasher('s');
    expect(hash('x')).toBe(hash('x'));
    expect(nameHasher('t')('x')).not.toBe(hash('x'));
    expect(keyShape('campaign:120210000000101', hash)).toBe('campaign:###############');
    expect(keyShape('name:adsets:Retargeting#2', hash)).toBe(`name:adsets:${hash('Retargeting')}##`);
    expect(keyShape('keyword:adgroup-12~trail shoes~Exact match', hash)).toBe(`keyword:adgroup-##~${hash('trail shoes')}~Exact match`);
    expect(keyShape('keyword:12~34', hash)).toBe('keyword:##~##');
  });
});
