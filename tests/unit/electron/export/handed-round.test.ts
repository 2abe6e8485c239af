/**
 * The documents as they are handed round: the 对照表 of 驻马店 2024 vs the
 * district draft (序号, status, a 说明 that writes target and responsible-unit
 * changes by itself), B with tracked revisions against A (accepting all gives B,
 * rejecting all gives A), the 意见反馈表, and every .docx well-formed XML.
 */
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonView } from '../../../../shared/api/contract';
import { comparisonView, defaultDiffOptions, documentDetail } from '../../../../shared/api/views';
import { compareDocuments } from '../../../../shared/engine/index';
import { parseDocument } from '../../../../shared/parse/index';
import type { ParsedDocument } from '../../../../shared/model/document';
import { loadDocumentFile } from '../../../../electron/main/services/corpus';
import { summarise } from '../../../../electron/main/services/library';
import {
  buildDocx,
  buildFeedbackDocx,
  buildHtml,
  buildTrackedDocx,
  exportFileName,
  feedbackRows,
  splitNote,
  tableModel,
  trackedText,
} from '../../../../electron/main/services/export/index';
import { docxHtml, plain, rowCells, tableRows } from './read-back';

const seed = (name: string) => new URL(`../../../../seeds/${name}.txt`, import.meta.url).pathname;
let a: ParsedDocument;
let b: ParsedDocument;
let view: ComparisonView;

const viewOf = (docs: readonly ParsedDocument[], pivot = 0): ComparisonView => {
  const comparison = compareDocuments(docs, { pivot, diff: defaultDiffOptions });
  const details = docs.map((d, i) =>
    documentDetail(summarise(`doc${i}`, 'imported', `doc${i}.txt`, d), d.units.map((u) => u.text).join('\n'), d),
  );
  return comparisonView(details, comparison, defaultDiffOptions);
};

beforeAll(async () => {
  a = (await loadDocumentFile(seed('zhumadian-2024-h2-economy-measures'))).parsed;
  b = (await loadDocumentFile(seed('district-2024-h2-measures-draft'))).parsed;
  view = viewOf([a, b]);
});

/** The paragraphs' texts of document.xml after accepting (or rejecting) every revision, as Word does. */
async function resolvedParagraphs(bytes: Uint8Array, choice: 'accept' | 'reject'): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  // a paragraph whose mark is deleted (accept) or inserted (reject) goes with its revisions
  const gone = choice === 'accept' ? /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:rPr><w:del\b/ : /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:rPr><w:ins\b/;
  const paragraphs = [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]).filter((p) => !gone.test(p));
  const resolve = (p: string) =>
    choice === 'accept'
      ? p.replace(/<w:del\b[\s\S]*?<\/w:del>/g, '')
      : p.replace(/<w:ins\b[\s\S]*?<\/w:ins>/g, '').replace(/w:delText/g, 'w:t');
  return paragraphs
    .map((p) => [resolve(p)])
    .map((m) => [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => (t[0] === '<w:br/>' ? '\n' : t[1])).join(''))
    .map((t) =>
      t
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
}

/** Every XML part of a .docx parses without an error. */
async function xmlProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const text = await zip.file(name)!.async('string');
    const report = (message: string) => void problems.push(`${name}: ${message}`);
    new DOMParser({ errorHandler: { warning: () => undefined, error: report, fatalError: report } }).parseFromString(text, 'text/xml');
  }
  return problems;
}

describe('the 对照表 of 驻马店 2024 and the district draft', () => {
  it('numbers its rows and gives each a status', () => {
    const rows = tableModel(view, [], { includeNotes: false }).rows.filter((r) => r.kind === 'group');
    expect(rows.map((r) => r.number)).toEqual(rows.map((_, i) => i + 1));
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ['修改', '删除', '新增']) expect(statuses).toContain(s);
    for (const r of rows) if (r.status === '删除') expect(r.cells[1]).toEqual({ kind: 'missing' });
  });

  it('states in 说明 by itself that 技术合同成交额 went from 40亿元 to 3.5亿元, and the responsible units added', async () => {
    const html = await docxHtml(await buildDocx(view, [], { includeNotes: false }));
    const rows = tableRows(html);
    expect(rowCells(rows[0]).map(plain)).toEqual([
      '序号',
      `${view.documents[0].summary.meta.title}(基准)`,
      view.documents[1].summary.meta.title,
      '说明',
    ]);
    const row = rows.find((r) => plain(r).includes('技术合同成交额由40亿元调整为3.5亿元'));
    expect(row).toBeDefined();
    const cells = rowCells(row!);
    // 序号, status, and the engine's tier of the pair
    expect(plain(cells[0])).toMatch(/^\d+修改(同条|同事项|相关)$/);
    expect(plain(cells[3])).toMatch(/责任单位增加[^,]*区/);
  });

  it("shows the engine's tier of every paired row, and never calls a pair the engine made 不算对应条款", async () => {
    const model = tableModel(view, [], { includeNotes: false });
    const tiers = model.rows
      .filter((r) => r.kind === 'group')
      .map((r) => [
        r.tier,
        view.comparison.groups.find((g) => g.members.some((m) => m.doc === 0 && m.unitId === r.pivotUnitId))?.tier ?? r.tier,
      ]);
    for (const [shown, engine] of tiers) expect(shown).toBe(engine);
    expect(new Set(tiers.map(([t]) => t))).toContain('same-matter');
    const html = await docxHtml(await buildDocx(view, [], { includeNotes: false }));
    expect(html).not.toContain('不算对应条款');
    expect(html).toContain('同事项:同一事项,措辞不同');
  });

  it('has a descriptive title, a legend, and no internal marker in any cell', async () => {
    const html = await docxHtml(await buildDocx(view, [], { includeNotes: false }));
    expect(html).toContain(`《${b.meta.title}》与驻马店市同类文件对照表`);
    expect(b.meta.title).toMatch(/征求意见稿/);
    expect(html).toContain('标记说明');
    expect(html).not.toMatch(/〔措辞|未逐词标注〕/);
  });

  it('in the review (draft as base) never puts a row the draft lacks before the first section heading', () => {
    const review = viewOf([b, a]);
    const rows = tableModel(review, [], { includeNotes: false, direction: 'base-is-new' }).rows;
    expect(rows[0].kind).toBe('heading');
    const lacking = rows.filter((r) => r.kind === 'group' && r.cells[0].kind === 'missing');
    expect(lacking.length).toBeGreaterThan(0);
    for (const r of lacking) expect(r.kind === 'group' && r.status).toBe('删除');
  });

  it('keeps only the rows that differ, or only the selected ones', () => {
    const all = tableModel(view, [], { includeNotes: false }).rows.filter((r) => r.kind === 'group');
    const changed = tableModel(view, [], { includeNotes: false, onlyChanged: true }).rows.filter((r) => r.kind === 'group');
    expect(changed.every((r) => r.status !== '相同')).toBe(true);
    expect(changed.length).toBe(all.filter((r) => r.status !== '相同').length);
    const pick = [a.units[2].id, a.units[5].id];
    const selected = tableModel(view, [], { includeNotes: false, pivotUnitIds: pick }).rows.filter((r) => r.kind === 'group');
    expect(selected.map((r) => r.pivotUnitId)).toEqual(pick);
    // only the sections of the kept rows, no empty section
    const kept = tableModel(view, [], { includeNotes: false, pivotUnitIds: pick }).rows;
    expect(a.units.every((u) => u.path.length === 1)).toBe(true);
    kept.forEach((r, i) => {
      if (r.kind === 'heading') expect(kept[i + 1]?.kind).toBe('group');
    });
    expect(kept.at(-1)?.kind).toBe('group');
    expect(kept.filter((r) => r.kind === 'heading').length).toBeLessThan(
      tableModel(view, [], { includeNotes: false }).rows.filter((r) => r.kind === 'heading').length,
    );
  });

  it('is laid out after GB/T 9704: A4 landscape, 37/35/28/26 mm, 仿宋_GB2312 with its fallback, — N — page numbers', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(view, [], { includeNotes: false }));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(body).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const footer = Object.keys(zip.files).find((n) => /footer\d*\.xml$/.test(n))!;
    expect(await zip.file(footer)!.async('string')).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*> —<\/w:t>/);
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toMatch(/w:name="仿宋_GB2312"><w:altName w:val="仿宋"/);
    expect(fonts).toMatch(/w:name="方正小标宋简体"><w:altName/);
  });
});

describe('row status', () => {
  it('says 位置调整 for a measure moved unchanged, 修改 for one changed, 相同 for the rest', () => {
    const measures = [
      '加快重大项目建设。实施重大项目清单管理,每季度开展一次集中开工活动,全年完成重点项目投资300亿元。',
      '推进设备更新改造。支持工业企业实施设备更新和技术改造项目,对设备购置投资额500万元以上的项目给予补助。',
      '促进汽车家电消费。开展汽车以旧换新促销活动,组织家电下乡和以旧换新,发放消费券刺激大宗消费。',
      '引进高层次人才。对全职引进的两院院士、国家级领军人才给予安家补贴,并提供人才公寓和子女入学保障。',
    ];
    const docOf = (order: readonly number[], edit = (t: string) => t) =>
      parseDocument(`某市若干措施\n\n一、总则\n${order.map((m, i) => `${i + 1}.${edit(measures[m])}`).join('\n')}\n`);
    const old = docOf([0, 1, 2, 3]);
    const moved = docOf([0, 2, 3, 1], (t) => t.replace('500万元', '300万元'));
    const rows = tableModel(viewOf([old, moved]), [], { includeNotes: false }).rows.filter((r) => r.kind === 'group');
    const byTitle = (t: string) =>
      rows.find((r) => r.kind === 'group' && r.cells[0].kind === 'units' && r.cells[0].paragraphs[0].some((x) => x.text.includes(t)));
    expect(byTitle('推进设备更新改造')?.status).toBe('修改');
    expect(byTitle('推进设备更新改造')?.note).toContain('位置调整');
    expect(rows.filter((r) => r.status === '位置调整')).toHaveLength(0);
    const onlyMoved = docOf([0, 2, 3, 1]);
    const statuses = tableModel(viewOf([old, onlyMoved]), [], { includeNotes: false }).rows.flatMap((r) =>
      r.kind === 'group' ? [r.status] : [],
    );
    expect(statuses.filter((s) => s === '位置调整')).toHaveLength(1);
    expect(statuses.filter((s) => s === '相同')).toHaveLength(3);
  });
});

describe('export file names', () => {
  it('never cut inside a bracket', () => {
    const title =
      '《扎实推进下半年经济稳进提质向好若干措施(征求意见稿)》与驻马店市、许昌市、平顶山市、漯河市、周口市、信阳市、南阳市、商丘市同类文件对照表';
    for (const max of [20, 30, 40, 60]) {
      const name = exportFileName(title, 'docx', max);
      const stem = name.replace(/\.docx$/, '');
      const depth = [...stem].reduce((d, c) => d + ('《('.includes(c) ? 1 : '》)'.includes(c) ? -1 : 0), 0);
      expect(depth, name).toBe(0);
      expect([...stem].length).toBeLessThanOrEqual(max);
    }
    expect(exportFileName('a/b:c', 'html')).toBe('a_b_c.html');
  });
});

describe('B with tracked revisions against A', () => {
  it('accepting every revision gives B, rejecting every revision gives A', async () => {
    const bytes = await buildTrackedDocx({ id: 'a', parsed: a }, { id: 'b', parsed: b }, [], {
      author: 'Precedent',
      date: new Date('2026-12-01T10:00:00Z'),
    });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Precedent" w:date="2026-12-01T10:00:00Z">/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Precedent" w:date="2026-12-01T10:00:00Z">/);
    const headings = new Set(b.units.flatMap((u) => u.path));
    const measures = (texts: string[]) => texts.filter((t) => !headings.has(t) && t !== b.meta.title);
    expect(measures(await resolvedParagraphs(bytes, 'accept'))).toEqual(b.units.map(trackedText));
    // the district draft has a word cut by a line end (开\n\n展): read as one line, as the 对照表 shows it
    expect(b.units.some((u) => trackedText(u) !== u.text)).toBe(true);
    // a merge (two measures of A against one of B) rejects to A's two measures in one paragraph, one line each
    const rejected = measures(await resolvedParagraphs(bytes, 'reject')).join('\n');
    for (const u of a.units) expect(rejected).toContain(trackedText(u));
    expect(rejected.length).toBe(a.units.reduce((n, u) => n + trackedText(u).length, 0) + a.units.length - 1);
  });

  it('turns a note on a measure into a Word comment on that measure', async () => {
    const note = { docId: 'b', unitId: b.units[2].id, text: '目标偏低,建议与市里一致', updatedAt: '2026-12-01T09:00:00.000Z' };
    const zip = await JSZip.loadAsync(
      await buildTrackedDocx({ id: 'a', parsed: a }, { id: 'b', parsed: b }, [note], { author: 'Precedent', date: new Date() }),
    );
    expect(await zip.file('word/comments.xml')!.async('string')).toContain('目标偏低,建议与市里一致');
    const xml = await zip.file('word/document.xml')!.async('string');
    const start = xml.indexOf('<w:commentRangeStart w:id="0"/>');
    expect(start).toBeGreaterThan(0);
    const commented = xml
      .slice(start, xml.indexOf('<w:commentRangeEnd w:id="0"/>'))
      .replace(/<w:del\b[\s\S]*?<\/w:del>/g, '')
      .replace(/<[^>]+>/g, '');
    expect(commented).toBe(trackedText(b.units[2]).replace(/\n/g, ''));
  });
});

describe('the 意见反馈表', () => {
  it('has one row per note: 第 N 条 and title, opinion, reason, the closest precedent', async () => {
    const notes = [{ docId: 'draft', unitId: b.units[2].id, text: '建议提高目标。理由:低于市级目标', updatedAt: '' }];
    const precedents = [
      {
        unitId: b.units[2].id,
        label: b.units[2].label,
        title: b.units[2].title,
        precedents: [{ doc: 'zmd', unitId: a.units[3].id, label: '4', title: a.units[3].title, score: 0.9 }],
      },
    ];
    const rows = feedbackRows(b, 'draft', notes, precedents, () => '驻马店市实施办法');
    expect(rows).toEqual([
      {
        number: 1,
        clause: `第 3 条 ${b.units[2].title}`,
        opinion: '建议提高目标',
        reason: '低于市级目标',
        precedent: `驻马店市实施办法 第 4 条 ${a.units[3].title}`,
      },
    ]);
    const html = await docxHtml(await buildFeedbackDocx(b.meta.title, rows));
    for (const field of ['提出单位', '联系人', '日期', '序号', '条款', '修改意见', '理由或依据', '先例', '建议提高目标'])
      expect(html).toContain(field);
    expect(splitNote('只有意见')).toEqual({ opinion: '只有意见', reason: '' });
  });
});

describe('control characters', () => {
  const noisy = fc.string({
    unit: fc.constantFrom('测', '试', 'a', '\u0001', '\u0008', '\u000B', '\u001F', '\uFFFE', '\uD800', '\n', '\t', '&', '<', '"', '〔'),
    maxLength: 40,
  });
  it('never make an exported .docx ill-formed, whatever is in titles, 文号 and texts', async () => {
    await fc.assert(
      fc.asyncProperty(noisy, noisy, noisy, async (title, docNumber, body) => {
        const texts = [
          `${title}\n${docNumber}\n\n一、总则\n1.第一条${body}。\n2.第二条。\n`,
          `${body}标题\n\n一、总则\n1.第一条${title}。\n`,
        ];
        const docs = texts.map((t) => parseDocument(t));
        const withMeta = docs.map((d) => ({ ...d, meta: { ...d.meta, title: `${title}\u0002标题`, docNumber: `${docNumber}\u0003` } }));
        const v = viewOf(withMeta);
        const notes = [
          { docId: 'doc0', unitId: withMeta[0].units[0]?.id ?? '', text: `批注${body}\u0001`, updatedAt: '2026-01-01T00:00:00.000Z' },
        ];
        for (const bytes of [
          await buildDocx(v, notes, { includeNotes: true }),
          await buildTrackedDocx({ id: 'doc0', parsed: withMeta[0] }, { id: 'doc1', parsed: withMeta[1] }, notes, {
            author: `Precedent${title}`,
            date: new Date(),
          }),
          await buildFeedbackDocx(
            withMeta[0].meta.title,
            feedbackRows(withMeta[0], 'doc0', notes, [], () => title),
          ),
        ]) {
          expect(await xmlProblems(bytes)).toEqual([]);
          const xml = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
          // eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
          expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
        }
        // eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
        expect(buildHtml(v, notes, { includeNotes: true })).not.toMatch(/[\u0001-\u0008\u000B\u000C\u000E-\u001F]/);
      }),
      { numRuns: 25 },
    );
  });
});
