import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../../shared/model/document';
import { parseDocument } from '../../../../shared/parse/index';
import { markdownMarks, withoutMarks } from '../../../../shared/parse/furniture';
import { unplacedText } from '../../../fixtures/parse/documents';
import { seedText } from '../../../fixtures/parse/seeds';

/** The invariants every parse must hold: spans slice back to text (markdown marks left out), units in order and disjoint. */
function expectSoundSpans(text: string, doc: ParsedDocument): void {
  let previousEnd = 0;
  for (const unit of doc.units) {
    expect(withoutMarks(text, unit.span.start, unit.span.endExclusive, markdownMarks(text))).toBe(unit.text);
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
  expect(unplacedText(text, doc).slice(0, 30)).toBe('');
}

const fragments = [
  '1.',
  '２．',
  '3、',
  '(一)',
  '（二）',
  '一、',
  '## 二、',
  '三、加大投入。',
  '第一章',
  '第二节',
  '第一条',
  '第二条 ',
  '第3条',
  '专栏:',
  '目录',
  '序号',
  '指标',
  '预期性',
  '(责任单位:',
  '按职责分工负责)',
  '3.5 亿元',
  '（1）',
  '①',
  '\n',
  '\r\n',
  '。',
  '#',
  '**',
];
const seeds = ['zhumadian2024', 'xuchang', 'district', 'zhumadian2021'] as const;

type Edit = { kind: 'delete' | 'duplicate' | 'insert'; at: number; fragment: number };
const edit = fc.record({
  kind: fc.constantFrom<'delete' | 'duplicate' | 'insert'>('delete', 'duplicate', 'insert'),
  at: fc.nat(),
  fragment: fc.nat(),
});

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
    const arbitrary = fc.oneof(
      fc.string(),
      fc.array(chars, { maxLength: 60 }).map((a) => a.join('')),
    );
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

const digitsCn = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 12 → 十二, 21 → 二十一, 102 → 一百零二. */
function cn(n: number): string {
  if (n >= 100) return `${digitsCn[Math.floor(n / 100)]}百${n % 100 === 0 ? '' : n % 100 < 10 ? `零${digitsCn[n % 100]}` : cn(n % 100)}`;
  if (n < 10) return digitsCn[n];
  return `${n < 20 ? '' : digitsCn[Math.floor(n / 10)]}十${digitsCn[n % 10]}`;
}

const leads = ['加大财政支持力度', '强化融资服务', '培育专精特新企业', '优化政务服务', '加强人才支撑'];
const sentences = [
  '市财政每年安排专项资金5000万元。',
  '力争新认定省级创新平台30家以上。',
  '（责任单位：市财政局、市科技局）',
  '（1）对新认定的企业奖励100万元；',
  '①优先保障项目用地；',
  '1)给予贷款贴息；',
  '（一）公开透明。',
  '对符合条件的企业，一次性奖励50万元。',
];
type Shape = 'point-sentence' | 'point-heading' | 'article' | 'article-chapters';
const block = fc.record({
  lead: fc.nat(leads.length - 1),
  body: fc.array(fc.nat(sentences.length - 1), { minLength: 1, maxLength: 4 }),
  broken: fc.boolean(),
});

/** A clean document of one shape: 一、 sentence blocks, 一、 headings over paragraphs, or 第X条 articles (with 章 every three). */
function blockDocument(shape: Shape, blocks: readonly { lead: number; body: readonly number[]; broken: boolean }[]): string {
  const out = ['某市促进经济发展若干措施', '', '为推动经济高质量发展，制定以下措施。', ''];
  blocks.forEach((b, k) => {
    // a `（一）` line under a short heading makes that heading a section over items (a mixed document), so heading shapes leave it out
    const kept = shape === 'point-heading' ? b.body.filter((i) => !sentences[i].startsWith('（一）')) : b.body;
    const body = (kept.length > 0 ? kept : [0]).map((i) => sentences[i]).join(b.broken ? '\n' : '');
    if (shape === 'point-sentence') out.push(`${cn(k + 1)}、${leads[b.lead]}。${body}`);
    else if (shape === 'point-heading') out.push(`${cn(k + 1)}、${leads[b.lead]}`, body, '');
    else {
      if (shape === 'article-chapters' && k % 3 === 0) out.push(`第${cn(k / 3 + 1)}章 ${leads[b.lead]}`, '');
      out.push(`第${cn(k + 1)}条　${body}`);
    }
  });
  out.push('', '某市人民政府', '2024年6月1日');
  return out.join('\n');
}

describe('documents numbered by 一、 blocks or 第X条 articles', () => {
  it('reads each generated block or article as one unit, in order, with sound spans and nothing dropped', () => {
    const shape = fc.constantFrom<Shape>('point-sentence', 'point-heading', 'article', 'article-chapters');
    fc.assert(
      fc.property(shape, fc.array(block, { minLength: 2, maxLength: 14 }), (s, blocks) => {
        const text = blockDocument(s, blocks);
        const doc = parseDocument(text);
        expectSoundSpans(text, doc);
        expectEverythingPlaced(text, doc);
        expect(doc.warnings).toEqual([]);
        expect(doc.units.map((u) => u.ordinal)).toEqual(blocks.map((_, k) => k + 1));
        expect(doc.units.map((u) => u.label)).toEqual(blocks.map((_, k) => (s.startsWith('point') ? cn(k + 1) : `第${cn(k + 1)}条`)));
        expect(doc.units.every((u) => u.kind === (s.startsWith('point') ? 'point' : 'article'))).toBe(true);
        if (s.startsWith('point')) expect(doc.units.map((u) => u.title)).toEqual(blocks.map((b) => leads[b.lead]));
        if (s === 'article-chapters') expect(doc.units.map((u) => u.path.length)).toEqual(blocks.map(() => 1));
        expect(doc.closing && text.slice(doc.closing.start, doc.closing.endExclusive)).toContain('2024年6月1日');
      }),
      { numRuns: 150 },
    );
  });

  it('writes Chinese numerals the way documents print them', () => {
    expect([1, 10, 12, 20, 21, 100, 102, 111].map(cn)).toEqual(['一', '十', '十二', '二十', '二十一', '一百', '一百零二', '一百十一']);
  });
});

describe('line endings', () => {
  it('reads a CRLF copy of a seed into the same units, with spans in the CRLF text', () => {
    const lf = parseDocument(seedText('district'));
    const crlfText = seedText('district').replace(/\n/g, '\r\n');
    const crlf = parseDocument(crlfText);
    expect(crlf.units.map((u) => [u.id, u.title, u.targets.length, u.responsible.length])).toEqual(
      lf.units.map((u) => [u.id, u.title, u.targets.length, u.responsible.length]),
    );
    expectSoundSpans(crlfText, crlf);
  });
});
