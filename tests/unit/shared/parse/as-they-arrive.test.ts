/**
 * Documents as they really arrive: collapsed line breaks, web-page furniture,
 * markdown marks, traditional script and every kind of whitespace.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument, Unit } from '../../../../shared/model/document';
import { furniturePatterns, isFurnitureLine } from '../../../../shared/parse/furniture';
import { parseDocument } from '../../../../shared/parse/index';
import { unplacedText } from '../../../fixtures/parse/documents';
import { seedFiles, seedText } from '../../../fixtures/parse/seeds';

const pkulaw = readFileSync(new URL('../../../fixtures/parse/pkulaw-style-export.txt', import.meta.url), 'utf8');
const notices = ['zhumadian2024', 'xuchang', 'district', 'zhumadian2021'] as const;
const squeeze = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');

/** What a reader compares of a unit: its number, title, words, responsible units and targets. */
const reading = (u: Unit) => ({
  label: u.label,
  title: squeeze(u.title),
  text: squeeze(u.text),
  responsible: u.responsible.map((r) => `${r.role}:${r.name}`),
  targets: u.targets.map((t) => `${t.metric}|${t.value}|${t.unit}|${t.qualifier}`),
});
const readings = (doc: ParsedDocument) => doc.units.map(reading);
const allStrings = (doc: ParsedDocument): string[] => [
  ...Object.values(doc.meta).filter((v): v is string => typeof v === 'string'),
  ...doc.units.flatMap((u) => [u.title, u.text, ...u.path]),
];

/** Every line break of a text, with the spaces around it, replaced by `join`: what a browser or PDF copy makes of a page. */
const collapse = (text: string, join: string): string => text.replace(/[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+/g, join);
/** The outline's headings as printed (kind, number, squeezed title), depth first; `except` kinds left out. */
const headingsOf = (doc: ParsedDocument, except: readonly string[] = []): string[] => {
  const out: string[] = [];
  const walk = (nodes: ParsedDocument['outline']): void =>
    nodes.forEach((n) => {
      if (!except.includes(n.kind)) out.push(`${n.kind} ${n.label} ${squeeze(n.title)}`);
      walk(n.children);
    });
  walk(doc.outline);
  return out;
};
const everySeed = [...notices, 'outline'] as const;

describe('collapsed layouts', () => {
  // A copy from a browser or a PDF joins the page's lines with a space or the paragraph's indent (　　): a sentence
  // end followed by whitespace is where a paragraph ended, so even the outline's unnumbered paragraphs come back.
  const joins = [
    ['a space', ' '],
    ['an ideographic indent', '\u3000\u3000'],
  ] as const;
  it.each(everySeed.flatMap((name) => joins.map(([how, join]) => [name, how, join] as const)))(
    'reads a one-line copy of the %s seed joined with %s into the same units, titles, responsible units, targets, headings and document title',
    (name, _how, join) => {
      const text = seedText(name);
      const collapsed = collapse(text, join);
      expect(collapsed.includes('\n')).toBe(false);
      const doc = parseDocument(collapsed);
      const original = parseDocument(text);
      expect(readings(doc)).toEqual(readings(original));
      expect(headingsOf(doc)).toEqual(headingsOf(original));
      expect(doc.meta.title).toBe(original.meta.title);
      expect(doc.warnings.map((w) => w.code)).toContain('layout-rebuilt');
      expect(unplacedText(collapsed, doc).slice(0, 30)).toBe('');
    },
  );

  it('reads a one-line copy whose breaks became whitespace of mixed kinds (space, 　　, no-break space, tab) into the same units', () => {
    const kinds = [' ', '\u3000\u3000', '\u00a0', '\t', '  '];
    fc.assert(
      fc.property(fc.constantFrom(...everySeed), fc.array(fc.nat(4), { minLength: 20, maxLength: 20 }), (name, picks) => {
        const text = seedText(name);
        let k = 0;
        const collapsed = text.replace(/[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+/g, () => kinds[picks[k++ % picks.length]]);
        expect(readings(parseDocument(collapsed))).toEqual(readings(parseDocument(text)));
      }),
      { numRuns: 10 },
    );
  });

  it('puts back the cells of the outline’s indicator tables from the spaces between them', () => {
    const text = seedText('outline');
    const tables = (d: ParsedDocument): string[][] => {
      const out: string[][] = [];
      const walk = (nodes: ParsedDocument['outline']): void =>
        nodes.forEach((n) => (n.kind === 'table' && out.push((n.rows ?? []).map((r) => r.cells.join('|'))), walk(n.children)));
      walk(d.outline);
      return out;
    };
    const original = tables(parseDocument(text));
    expect(original.length).toBe(2);
    expect(original[0].length).toBeGreaterThan(10);
    expect(tables(parseDocument(collapse(text, ' ')))).toEqual(original);
  });

  // Joined with nothing at all, a paragraph break leaves no trace. The numbering is still there: measures, 一、 and
  // 篇/章/节 headings come back (a heading's words end where the next numbering or the 目录's printing of it ends),
  // but unnumbered paragraphs, 专栏 titles and table cells cannot be told apart; the warning says so.
  it.each(everySeed)(
    'keeps the headings of a copy of the %s seed joined with nothing, places every character and says paragraphs were lost',
    (name) => {
      const text = seedText(name);
      const collapsed = collapse(text, '');
      const doc = parseDocument(collapsed);
      const original = parseDocument(text);
      expect(headingsOf(doc, ['table', 'column'])).toEqual(headingsOf(original, ['table', 'column']));
      expect(unplacedText(collapsed, doc)).toBe('');
      const warning = doc.warnings.find((w) => w.code === 'layout-rebuilt');
      expect(warning?.message).toMatch(/无法区分.*could not be told apart/);
      // every measure of a notice is numbered, so nothing of it was lost with the paragraphs
      if (name !== 'outline') expect(readings(doc)).toEqual(readings(original));
    },
  );

  it('rebuilds a seed collapsed into a few long lines at random places', () => {
    fc.assert(
      fc.property(fc.constantFrom(...everySeed), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (name, cuts) => {
        const text = seedText(name);
        const flat = collapse(text, ' ');
        const spaces = [...flat.matchAll(/ /g)].map((m) => m.index ?? 0);
        const keep = new Set(cuts.map((c) => spaces[c % spaces.length]));
        const few = [...flat].map((ch, i) => (keep.has(i) ? '\n' : ch)).join('');
        expect(readings(parseDocument(few))).toEqual(readings(parseDocument(text)));
      }),
      { numRuns: 12 },
    );
  });

  it('starts a paragraph at a sentence end followed by whitespace, and at a long lead-in’s colon, not at a field label’s', () => {
    const lead = '某市推进高质量发展规划纲要 信息来源: 市政府办 目录 第一章 总体要求 第二章 主要任务 ';
    const body = [
      '第一章 总体要求 坚持稳中求进,推动高质量发展。强化创新引领。',
      '实现发展目标必须遵循的原则: ——坚持人民至上。发展为了人民。',
      '第二章 主要任务 推进产业升级,培育新兴产业。',
      '完善基础设施,提升城市品质。',
    ];
    const doc = parseDocument(lead + body.join(' '));
    expect(doc.units.map((u) => squeeze(u.text))).toEqual([
      '坚持稳中求进,推动高质量发展。强化创新引领。',
      '实现发展目标必须遵循的原则:',
      '——坚持人民至上。发展为了人民。',
      '推进产业升级,培育新兴产业。',
      '完善基础设施,提升城市品质。',
    ]);
  });

  it('splits a heading and the first measure printed on one line, without a rebuilt-layout warning', () => {
    const doc = parseDocument(
      '一、持续强化产业链群培育 1.做强产业链群。深入开展链长制。(市工信局负责)\n2.培育龙头企业。新培育10家。(市发改委负责)\n二、扩大有效投资\n3.抓好项目建设。开工项目50个以上。(市发改委负责)',
    );
    expect(doc.outline.map((n) => n.title)).toEqual(['持续强化产业链群培育', '扩大有效投资']);
    expect(doc.units.map((u) => u.label)).toEqual(['1', '2', '3']);
    expect(doc.warnings.map((w) => w.code)).not.toContain('layout-rebuilt');
  });

  it('leaves short laid-out lines alone though each carries an inline (一) after a sentence', () => {
    const text = [
      '某市促进经济发展若干措施',
      '',
      '一、加大财政支持力度。（一）公开透明。市财政每年安排专项资金5000万元。',
      '二、强化融资服务。（一）公开透明。',
      '三、优化政务服务。（一）公开透明。市财政每年安排专项资金5000万元。',
      '',
      '某市人民政府',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.warnings.map((w) => w.code)).not.toContain('layout-rebuilt');
    expect(doc.units.map((u) => u.label)).toEqual(['一', '二', '三']);
  });

  it('leaves a normally laid-out seed alone', () => {
    for (const name of notices) expect(parseDocument(seedText(name)).warnings.map((w) => w.code)).not.toContain('layout-rebuilt');
  });
});

describe('page furniture', () => {
  it.each(furniturePatterns.map((p) => [p.name, p] as const))('recognises its own example for %s', (_name, p) => {
    expect(isFurnitureLine(p.example)).toBe(true);
  });

  it('recognises chrome printed as fields, and not a document header field or a sentence', () => {
    for (const line of [
      '投稿:huoruiqi  来源:市政府办时间:2024年08月15日',
      '发布时间: 2021-03-01 09:04',
      '信息来源:市政府办',
      '【字体:大 中 小】',
      '字号：大 中 小',
      '浏览次数：3021',
      '【打印本页】 【关闭窗口】',
    ])
      expect(isFurnitureLine(line)).toBe(true);
    for (const line of [
      '文  号: 驻政办〔2024〕22号 有 效 性: 有效',
      '索 引 号: S0001-0205-2024-00952 成文日期:',
      '分享经济发展成果。',
      '1.做强产业链群。',
      '时间:2024年6月至12月,开展专项行动,覆盖全部县区,确保按时完成各项工作任务并形成总结报告。',
    ])
      expect(isFurnitureLine(line)).toBe(false);
  });

  it('lists the 驻马店 2024 page lines (投稿…) as furniture, out of meta and units', () => {
    const doc = parseDocument(seedText('zhumadian2024'), { fileName: seedFiles.zhumadian2024 });
    const page = doc.furniture.filter((f) => f.kind === 'page').map((f) => f.text);
    expect(page.some((t) => t.startsWith('投稿:'))).toBe(true);
    for (const s of allStrings(doc)) for (const f of page) expect(s.includes(f)).toBe(false);
    expect(doc.meta.docNumber).toBe('驻政办〔2024〕22号');
    expect(doc.meta.publishedDate).toBe('2024-08-15');
  });

  it('lists the outline’s 发布时间 / 信息来源 / 分享到 lines (twice) as furniture, and keeps its title', () => {
    const text = seedText('outline');
    const doc = parseDocument(text, { fileName: seedFiles.outline });
    const page = doc.furniture.filter((f) => f.kind === 'page').map((f) => f.text);
    expect(page.filter((t) => t.startsWith('发布时间')).length).toBe(2);
    expect(page.filter((t) => t.startsWith('分享到')).length).toBe(2);
    expect(page.filter((t) => t.startsWith('信息来源')).length).toBe(2);
    expect(doc.meta.title).toContain('第十四个五年规划');
    for (const f of doc.furniture) expect(text.slice(f.span.start, f.span.endExclusive)).toBe(f.text);
    for (const u of doc.units) expect(page.some((t) => u.text.includes(t) && t.length > 4)).toBe(false);
  });

  it('reads a 北大法宝-style export: 法宝引证码 and 原文链接 as furniture, its fields as meta, its measures as units', () => {
    const doc = parseDocument(pkulaw);
    const page = doc.furniture.filter((f) => f.kind === 'page').map((f) => f.text);
    expect(page.some((t) => t.startsWith('【法宝引证码】'))).toBe(true);
    expect(page.some((t) => t.startsWith('原文链接'))).toBe(true);
    expect(doc.meta).toMatchObject({ title: '云岭市促进民营经济发展若干措施', docNumber: '云政办〔2023〕15号', status: 'final' });
    expect(doc.units.map((u) => u.title)).toEqual(['深化审批制度改革', '规范涉企收费', '强化财政奖补', '拓宽融资渠道', '保障用地需求']);
    for (const s of allStrings(doc)) expect(/法宝|pkulaw|原文链接/.test(s)).toBe(false);
  });

  it('keeps markdown marks out of unit text and lists them as furniture', () => {
    const doc = parseDocument(seedText('district'));
    expect(doc.furniture.some((f) => f.kind === 'markdown' && f.text.startsWith('#'))).toBe(true);
    const marked = parseDocument(
      '## 一、总体要求\n1.**加强领导**。成立专班,\n\n**统筹推进**。(区发改委负责)\n### **二、保障措施**\n2.强化督导。(区政府办负责)',
    );
    expect(marked.units.map((u) => u.text).join('')).not.toMatch(/#|\*\*/);
    expect(marked.units[0].title).toBe('加强领导');
    for (const name of notices) for (const u of parseDocument(seedText(name)).units) expect(u.text).not.toMatch(/#|\*\*/);
  });
});

describe('traditional script', () => {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const simplified = parseDocument(seedText('xuchang'));
  const traditional = toTraditional(seedText('xuchang'));
  const doc = parseDocument(traditional);

  it('reads ≥ 95% of the 许昌 seed’s responsible units and targets from a traditional copy', () => {
    const count = (d: ParsedDocument, f: (u: Unit) => number) => d.units.reduce((n, u) => n + f(u), 0);
    expect(doc.units.length).toBe(simplified.units.length);
    expect(count(doc, (u) => u.responsible.length)).toBeGreaterThanOrEqual(0.95 * count(simplified, (u) => u.responsible.length));
    expect(count(doc, (u) => u.targets.length)).toBeGreaterThanOrEqual(0.95 * count(simplified, (u) => u.targets.length));
  });

  it('shows the original characters: unit text, titles, responsible names and target text', () => {
    for (const u of doc.units) {
      expect(u.text).toBe(traditional.slice(u.span.start, u.span.endExclusive));
      for (const t of u.targets) expect(t.text).toBe(traditional.slice(t.span.start, t.span.endExclusive));
    }
    expect(doc.units.map((u) => u.title)).toEqual(simplified.units.map((u) => toTraditional(u.title)));
    expect(doc.units.flatMap((u) => u.responsible.map((r) => r.name))).toEqual(
      simplified.units.flatMap((u) => u.responsible.map((r) => toTraditional(r.name))),
    );
    expect(doc.meta.title).toBe(toTraditional(simplified.meta.title));
  });

  it('keeps a simplified text’s own characters where the fold is not one-to-one (显著 stays 显著 though 著 folds to 着)', () => {
    const doc = parseDocument('一、总体要求\n1.成效显著。着力推进,效果显著。(市发改委负责)\n2.着眼长远。着力提升。(市科技局负责)');
    expect(doc.units.map((u) => u.title)).toEqual(['成效显著', '着眼长远']);
  });
});

describe('whitespace of every kind', () => {
  const kinds = [' ', '\u3000', '\u00a0', '\t'];
  const breaks = ['\n', '\r\n', '\r'];

  it('reads the seeds with spaces, tabs, CR, LF and CRLF mixed in into the same units', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...everySeed),
        fc.array(fc.tuple(fc.nat(3), fc.nat(2), fc.nat(3)), { minLength: 50, maxLength: 50 }),
        (name, picks) => {
          const text = seedText(name);
          let k = 0;
          const mixed = text
            .split('\n')
            .map((line) => {
              const [space, brk, pad] = picks[k++ % picks.length];
              return kinds[space].repeat(pad) + line + kinds[(space + 1) % 4].repeat(pad % 2) + breaks[brk];
            })
            .join('');
          expect(readings(parseDocument(mixed))).toEqual(readings(parseDocument(text)));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('joins a measure broken mid-word by blank lines (开 ⏎⏎ 展)', () => {
    const doc = parseDocument(
      '一、强化创新\n1.加快平台建设。全面开\n\n展科技攻关,新建平台5个以上。(市科技局负责)\n2.优化创新生态。(市财政局负责)',
    );
    expect(doc.units.map((u) => u.label)).toEqual(['1', '2']);
    expect(squeeze(doc.units[0].text)).toContain('全面开展科技攻关');
    expect(doc.units[0].targets.map((t) => t.value)).toEqual([5]);
  });
});
