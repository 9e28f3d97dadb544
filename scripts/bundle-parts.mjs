// Which sources make up a built script, minified bytes and gzip -9 bytes per source and per
// package: `SOURCEMAP=1 npm run build && node scripts/bundle-parts.mjs .output/chrome-mv3/content-scripts/meta.js`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const lines = code.split('\n');
const bySrc = new Map();
await SourceMapConsumer.with(map, null, (c) => {
  const segs = [];
  c.eachMapping((m) => segs.push(m));
  segs.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i],
      n = segs[i + 1];
    const line = lines[s.generatedLine - 1];
    const end = n && n.generatedLine === s.generatedLine ? n.generatedColumn : line.length;
    const text = line.slice(s.generatedColumn, end);
    const key = (s.source ?? '?').replace(/.*node_modules\//, 'nm/').replace(/^.*\/work\/main\//, '');
    bySrc.set(key, (bySrc.get(key) ?? '') + text);
  }
});
const rows = [...bySrc].map(([k, t]) => [k, t.length, gzipSync(t, { level: 9 }).length]).sort((a, b) => b[1] - a[1]);
let tot = 0;
for (const r of rows) tot += r[1];
console.log('total mapped', tot, 'file', code.length, 'gzip', gzipSync(code, { level: 9 }).length);
const groups = new Map();
for (const [k, n, g] of rows) {
  const grp = k.startsWith('nm/')
    ? k
        .split('/')
        .slice(0, k.startsWith('nm/@') ? 3 : 2)
        .join('/')
    : k.split('/').slice(0, 2).join('/');
  const v = groups.get(grp) ?? [0, 0];
  groups.set(grp, [v[0] + n, v[1] + g]);
}
console.log(
  [...groups]
    .sort((a, b) => b[1][0] - a[1][0])
    .map(([k, [n, g]]) => `${String(n).padStart(7)} ${String(g).padStart(6)}  ${k}`)
    .join('\n'),
);
console.log('---');
console.log(
  rows
    .slice(0, Number(process.env.TOP ?? 45))
    .map(([k, n, g]) => `${String(n).padStart(7)} ${String(g).padStart(6)}  ${k}`)
    .join('\n'),
);
