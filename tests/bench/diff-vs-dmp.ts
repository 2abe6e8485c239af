/**
 * Word diff against diff-match-patch, side by side in one process: the
 * per-measure diffs of the 29 gold pairs (驻马店 2024 vs the district draft),
 * our word diff (one word memo per round, as one comparison shares it) and
 * diff-match-patch char-level with semantic cleanup, taking turns, medians.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import DiffMatchPatch from 'diff-match-patch';
import { parseDocument } from '../../shared/parse/index';
import { diffNumberedTexts, type NumberedText } from '../../shared/engine/diff/numbering';
import { WordMemo } from '../../shared/engine/diff/tokenize';
import type { DiffOptions } from '../../shared/model/comparison';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The gold pairs as the two measures' texts (a merge counts as two pairs, as the gold lists it). */
export function goldPairs(): Array<readonly [NumberedText, NumberedText]> {
  const gold = JSON.parse(readFileSync(here('../fixtures/gold/zmd2024-vs-district-draft.json'), 'utf8')) as {
    strict: Array<[number, number]>;
  };
  const parse = (f: string) => parseDocument(readFileSync(here('../../seeds/' + f), 'utf8'), { fileName: f });
  const city = parse('zhumadian-2024-h2-economy-measures.txt');
  const district = parse('district-2024-h2-measures-draft.txt');
  const unit = (units: typeof city.units, n: number) => {
    const u = units.find((x) => x.label === String(n));
    if (!u) throw new Error(`no measure ${n}`);
    return { text: u.text, label: u.label };
  };
  return gold.strict.map(([l, r]) => [unit(city.units, l), unit(district.units, r)] as const);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs both diffs in turns; returns the medians in ms and their ratio. */
export function diffVsDmp(rounds = 41): { ours: number; dmp: number; ratio: number; pairs: number } {
  const pairs = goldPairs();
  const options: DiffOptions = { ignorePunctuationWidth: true, ignoreWhitespace: true, ignoreLevelWords: false };
  const dmp = new DiffMatchPatch();
  const ours = () => {
    const memo = new WordMemo();
    for (const [a, b] of pairs) diffNumberedTexts(a, b, options, undefined, memo);
  };
  const theirs = () => {
    for (const [a, b] of pairs) {
      const d = dmp.diff_main(a.text, b.text);
      dmp.diff_cleanupSemantic(d);
    }
  };
  const [tOurs, tDmp]: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds + 5; i++) {
    const order = i % 2 === 0 ? ([ours, theirs] as const) : ([theirs, ours] as const);
    for (const fn of order) {
      const t0 = performance.now();
      fn();
      const t = performance.now() - t0;
      if (i >= 5) (fn === ours ? tOurs : tDmp).push(t);
    }
  }
  const [o, d] = [median(tOurs), median(tDmp)];
  return { ours: o, dmp: d, ratio: o / d, pairs: pairs.length };
}

/** The bench's lines. */
export function diffVsDmpLines(): string[] {
  const r = diffVsDmp();
  return [
    `word diff, ${r.pairs} gold pairs (per measure)      ${r.ours.toFixed(1).padStart(8)} ms  diff-match-patch ${r.dmp.toFixed(1)} ms  ratio ${r.ratio.toFixed(2)}×  budget ≤ 1.0×  ${r.ratio <= 1 ? 'PASS' : 'OVER'}`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) for (const l of diffVsDmpLines()) console.log(l);
