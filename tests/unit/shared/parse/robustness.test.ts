import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../../shared/model/document';
import { parseDocument } from '../../../../shared/parse/index';
import { seedText } from '../../../fixtures/parse/seeds';

/** The invariants every parse must hold: spans slice back to text, units in order and disjoint. */
function expectSoundSpans(text: string, doc: ParsedDocument): void {
  let previousEnd = 0;
  for (const unit of doc.units) {
    expect(text.slice(unit.span.start, unit.span.endExclusive)).toBe(unit.text);
    expect(unit.span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(unit.span.endExclusive).toBeGreaterThan(unit.span.start);
    for (const t of unit.targets) {
      expect(t.span.start).toBeGreaterThanOrEqual(unit.span.start);
      expect(t.span.endExclusive).toBeLessThanOrEqual(unit.span.endExclusive);
      expect(text.slice(t.span.start, t.span.endExclusive)).toBe(t.text);
    }
    previousEnd = unit.span.endExclusive;
  }
  expect(new Set(doc.units.map((u) => u.id)).size).toBe(doc.units.length);
}

/** Every non-space character lies in the preamble, the closing, a unit, a heading line, a table, the 目录 or a warning. */
function expectEverythingPlaced(text: string, doc: ParsedDocument): void {
  const covered = new Uint8Array(text.length);
  const mark = (span: { start: number; endExclusive: number } | undefined): void => {
    if (span) covered.fill(1, span.start, span.endExclusive);
  };
  mark(doc.preamble);
  mark(doc.closing);
  doc.units.forEach((u) => mark(u.span));
  doc.warnings.forEach((w) => mark(w.span));
  const walk = (nodes: ParsedDocument['outline']): void =>
    nodes.forEach((n) => {
      mark(n.kind === 'table' || n.kind === 'toc' ? n.span : n.headingSpan);
      walk(n.children);
    });
  walk(doc.outline);
  let missed = -1;
  for (let i = 0; i < text.length && missed < 0; i++) if (covered[i] === 0 && !/[\s#*]/.test(text[i])) missed = i;
  expect(missed < 0 ? '' : text.slice(missed, missed + 30)).toBe('');
}

const fragments = ['1.', '２．', '3、', '(一)', '（二）', '一、', '## 二、', '第一章', '第二节', '专栏:', '目录', '序号', '指标', '预期性', '(责任单位:', '按职责分工负责)', '3.5 亿元', '\n', '\r\n', '。', '#', '**'];
const seeds = ['zhumadian2024', 'xuchang', 'district', 'zhumadian2021'] as const;

type Edit = { kind: 'delete' | 'duplicate' | 'insert'; at: number; fragment: number };
const edit = fc.record({ kind: fc.constantFrom<'delete' | 'duplicate' | 'insert'>('delete', 'duplicate', 'insert'), at: fc.nat(), fragment: fc.nat() });

function mutate(text: string, edits: readonly Edit[]): string {
  const lines = text.split('\n');
  for (const e of edits) {
    const at = e.at % (lines.length + 1);
    if (e.kind === 'delete') lines.splice(at, 1);
    else if (e.kind === 'duplicate' && lines.length > 0) lines.splice(at, 0, lines[at % lines.length]);
    else lines.splice(at, 0, fragments[e.fragment % fragments.length] + (lines[at] ?? '').slice(0, 12));
  }
  return lines.join('\n');
}

describe('parser robustness', () => {
  it('never throws on arbitrary strings and keeps spans sound', () => {
    const chars = fc.constantFrom(...fragments, 'a', '字', ' ', '　', '，', '、', '0', '9', '（', '）', '〔', '〕');
    const arbitrary = fc.oneof(fc.string(), fc.array(chars, { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(
      fc.property(arbitrary, (text) => {
        const doc = parseDocument(text);
        expectSoundSpans(text, doc);
        expectEverythingPlaced(text, doc);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on seed text with lines deleted, duplicated or prefixed with numbering fragments', () => {
    const texts = seeds.map((name) => seedText(name));
    const plan = seedText('outline').slice(0, 60_000);
    fc.assert(
      fc.property(fc.nat(texts.length), fc.array(edit, { maxLength: 12 }), (which, edits) => {
        const text = mutate(which === texts.length ? plan : texts[which], edits);
        const doc = parseDocument(text);
        expectSoundSpans(text, doc);
        expectEverythingPlaced(text, doc);
      }),
      { numRuns: 120 },
    );
  });

  it('keeps unmutated seed units in order and disjoint', () => {
    for (const name of [...seeds, 'outline'] as const) {
      const text = seedText(name);
      expectSoundSpans(text, parseDocument(text));
    }
  });

  it('places every character of every seed in a unit, a heading, a table, the preamble, the closing or a warning', () => {
    for (const name of [...seeds, 'outline'] as const) {
      const text = seedText(name);
      expectEverythingPlaced(text, parseDocument(text));
    }
  });
});

describe('line endings', () => {
  it('reads a CRLF copy of a seed into the same units, with spans in the CRLF text', () => {
    const lf = parseDocument(seedText('district'));
    const crlfText = seedText('district').replace(/\n/g, '\r\n');
    const crlf = parseDocument(crlfText);
    expect(crlf.units.map((u) => [u.id, u.title, u.targets.length, u.responsible.length])).toEqual(lf.units.map((u) => [u.id, u.title, u.targets.length, u.responsible.length]));
    expectSoundSpans(crlfText, crlf);
  });
});
