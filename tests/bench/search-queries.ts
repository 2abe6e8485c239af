/**
 * Per-query figures of the search side by side (engine vs substring scan,
 * alternating runs, medians): `node --import tsx tests/bench/search-queries.ts 1000`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTextIndex, searchCorpus } from '../../shared/engine/index';
import { parseDocument } from '../../shared/parse/index';
import { normalizeForMatch } from '../../shared/text/normalize';
import { generateCorpus } from './generate';
import { benchQueries } from './search';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseDocument(readFileSync(seedsDir + f, 'utf8'), { fileName: f }));
const corpus = generateCorpus(seeds, Number(process.argv[2] ?? 1000));
const index = buildTextIndex(corpus);
const texts = corpus.flatMap((d) => d.parsed.units.map((u) => normalizeForMatch(u.text)));
const median = (a: readonly number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (let w = 0; w < 3; w++) {
  for (const q of benchQueries) {
    searchCorpus(index, q);
    texts.filter((t) => t.includes(normalizeForMatch(q)));
  }
}
console.log(`${texts.length} units; query, hits, scan hits, engine ms, scan ms, engine/scan`);
for (const q of benchQueries) {
  const f = normalizeForMatch(q);
  const e: number[] = [];
  const s: number[] = [];
  let hits = 0;
  let scanned = 0;
  for (let r = 0; r < 15; r++) {
    let t0 = performance.now();
    hits = searchCorpus(index, q).exactTotal;
    e.push(performance.now() - t0);
    t0 = performance.now();
    let n = 0;
    for (const t of texts) if (t.includes(f)) n++;
    s.push(performance.now() - t0);
    scanned = n;
  }
  console.log(
    `${q.slice(0, 12).padEnd(14, '　')} ${String(hits).padStart(6)} ${String(scanned).padStart(6)} ${median(e).toFixed(2).padStart(7)} ${median(s).toFixed(2).padStart(7)} ${(median(e) / median(s)).toFixed(3).padStart(7)}`,
  );
}
