import { describe, expect, it } from 'vitest';
import { LevelFormat, LevelSuffix } from 'docx';
import { parseDocument } from '../../../../shared/parse/index';
import type { Unit } from '../../../../shared/model/document';
import { withListNumbers } from '../../../../electron/main/services/import/docx-numbering';
import { extractText } from '../../../../electron/main/services/import/extract';
import { autoNumbered, docxBytes, editDocxPart, numberedDocxBytes, seedText, type DraftList } from './make-files';

/** What a reader compares: number, title and wording (line breaks and spaces aside). */
const comparable = (units: readonly Unit[]) =>
  units.map((u) => ({ id: u.id, label: u.label, ordinal: u.ordinal, title: u.title, text: u.text.replace(/\s+/g, '') }));

const textOf = async (bytes: Uint8Array) => (await extractText('草案.docx', bytes)).text;
const linesOf = async (bytes: Uint8Array) => (await textOf(bytes)).split('\n');

const typedDraft = [
  '关于加快建设现代化产业体系的若干措施',
  '为深入贯彻落实市委决策部署，推动产业转型升级，结合我市实际，制定以下措施。',
  '一、强化创新引领',
  '1.建设创新平台。支持企业建设研发中心，到2025年新增省级研发平台20家。',
  '2.培育创新主体。实施高新技术企业倍增计划，年内新增高新技术企业50家。',
  '二、壮大产业集群',
  '1.发展先进制造业。围绕装备制造、食品加工等产业，打造千亿级产业集群。',
  '2.提升数字经济。推进5G基站建设，年内新建基站1000个。',
  '3.培育现代服务业。支持物流、金融、文旅等服务业提质增效。',
  '三、优化营商环境',
  '1.深化“放管服”改革。推行“一网通办”，政务服务事项网上可办率达到95%以上。',
  '2.强化要素保障。统筹土地、资金、人才等要素向重点项目倾斜。',
].join('\n');

const sectionsOverMeasures: DraftList = {
  reference: 'outline',
  levels: [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
    { level: 1, format: LevelFormat.DECIMAL, text: '%2.', start: 1 },
  ],
};
const sectionLine = /^[一二三四五六七八九十]+、/;
const measureLine = /^\d+\./;

describe('importing a .docx whose numbers Word adds automatically', () => {
  it('reads 一、 sections over 1. measures, numbered by one two-level list, as the units of the same draft typed by hand', async () => {
    const typed = parseDocument(typedDraft).units;
    expect(typed.length).toBe(7);
    const paragraphs = autoNumbered(typedDraft, [
      { pattern: sectionLine, list: 'outline', level: 0 },
      { pattern: measureLine, list: 'outline', level: 1 },
    ]);
    const text = await textOf(await numberedDocxBytes([sectionsOverMeasures], paragraphs));
    expect(comparable(parseDocument(text).units)).toEqual(comparable(typed));
  });

  it('restarts the measures under each new section and continues the sections across them', async () => {
    const paragraphs = autoNumbered(typedDraft, [
      { pattern: sectionLine, list: 'outline', level: 0 },
      { pattern: measureLine, list: 'outline', level: 1 },
    ]);
    const labels = (await linesOf(await numberedDocxBytes([sectionsOverMeasures], paragraphs)))
      .map((line) => /^[^\t]*(?=\t)/.exec(line)?.[0])
      .filter((label) => label !== undefined);
    expect(labels).toEqual(['一、', '1.', '2.', '二、', '1.', '2.', '3.', '三、', '1.', '2.']);
  });

  it('reads a seed whose measures run on across sections (a list of sections, a list of measures) as the seed’s units', async () => {
    const name = 'zhumadian-2024-h2-economy-measures.txt';
    const seed = seedText(name);
    const lists: DraftList[] = [
      { reference: 'sections', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 }] },
      { reference: 'measures', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 }] },
    ];
    const paragraphs = autoNumbered(seed, [
      { pattern: sectionLine, list: 'sections', level: 0 },
      { pattern: measureLine, list: 'measures', level: 0 },
    ]);
    expect(paragraphs.filter((p) => p.list === 'measures').length).toBeGreaterThan(30);
    const text = await textOf(await numberedDocxBytes(lists, paragraphs));
    expect(comparable(parseDocument(text, { fileName: name }).units)).toEqual(comparable(parseDocument(seed, { fileName: name }).units));
  });
});

const decimalList: DraftList = { reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 }] };
const twoInstances = [
  { text: '甲项', list: 'items', instance: 0 },
  { text: '乙项', list: 'items', instance: 0 },
  { text: '说明' },
  { text: '丙项', list: 'items', instance: 1 },
  { text: '丁项', list: 'items', instance: 1 },
];

describe('list instances that share one definition', () => {
  it('continues the count in a second instance without a start override', async () => {
    const written = await numberedDocxBytes([decimalList], twoInstances);
    const bytes = await editDocxPart(written, 'word/numbering.xml', (xml) => xml.replace(/<w:lvlOverride\b[\s\S]*?<\/w:lvlOverride>/g, ''));
    expect(await linesOf(bytes)).toEqual(['1.\t甲项', '2.\t乙项', '说明', '3.\t丙项', '4.\t丁项']);
  });

  it('restarts a second instance at its w:startOverride', async () => {
    const written = await numberedDocxBytes([decimalList], twoInstances);
    expect(await linesOf(written)).toEqual(['1.\t甲项', '2.\t乙项', '说明', '1.\t丙项', '2.\t丁项']);
    const fromFive = await editDocxPart(written, 'word/numbering.xml', (xml) =>
      xml.replace(/(<w:num w:numId="3">[\s\S]*?<w:startOverride w:val=")1"/, '$15"'),
    );
    expect(await linesOf(fromFive)).toEqual(['1.\t甲项', '2.\t乙项', '说明', '5.\t丙项', '6.\t丁项']);
  });
});

describe('Chinese numbering formats', () => {
  it('prints （%1） chineseCounting items as （一） （二） and reads them as the typed items', async () => {
    const typed = [
      '一、主要任务',
      '（一）加快项目建设。年内完成投资100亿元。',
      '（二）扩大有效投资。新开工项目50个。',
      '（三）强化要素保障。',
    ].join('\n');
    const lists: DraftList[] = [
      {
        reference: 'outline',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1, suffix: LevelSuffix.NOTHING },
        ],
      },
    ];
    const paragraphs = autoNumbered(typed, [
      { pattern: sectionLine, list: 'outline', level: 0 },
      { pattern: /^（[一二三四五六七八九十]+）/, list: 'outline', level: 1 },
    ]);
    const text = await textOf(await numberedDocxBytes(lists, paragraphs));
    expect(text.split('\n').slice(1)).toEqual(typed.split('\n').slice(1));
    expect(comparable(parseDocument(text).units)).toEqual(comparable(parseDocument(typed).units));
  });

  it('prints 第%1条 articles with the space Word puts after them, past 第十条', async () => {
    const lists: DraftList[] = [
      {
        reference: 'articles',
        levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1条', start: 1, suffix: LevelSuffix.SPACE }],
      },
    ];
    const paragraphs = Array.from({ length: 12 }, (_, i) => ({ text: `条文内容${i + 1}。`, list: 'articles' }));
    const lines = await linesOf(await numberedDocxBytes(lists, paragraphs));
    expect(lines[0]).toBe('第一条 条文内容1。');
    expect(lines[9]).toBe('第十条 条文内容10。');
    expect(lines[11]).toBe('第十二条 条文内容12。');
  });

  it('prints ideographTraditional, decimalEnclosedCircle and upperLetter levels as 甲 ① A', async () => {
    const lists: DraftList[] = [
      {
        reference: 'mixed',
        levels: [
          { level: 0, format: LevelFormat.IDEOGRAPH_TRADITIONAL, text: '%1.', start: 1, suffix: LevelSuffix.NOTHING },
          { level: 1, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%2', start: 1, suffix: LevelSuffix.NOTHING },
          { level: 2, format: LevelFormat.UPPER_LETTER, text: '%3)', start: 1, suffix: LevelSuffix.NOTHING },
        ],
      },
    ];
    const at = (level: number, text: string) => ({ text, list: 'mixed', level });
    const lines = await linesOf(
      await numberedDocxBytes(lists, [at(0, '甲'), at(1, '子'), at(1, '丑'), at(2, '寅'), at(0, '乙'), at(1, '卯')]),
    );
    expect(lines).toEqual(['甲.甲', '①子', '②丑', 'A)寅', '乙.乙', '①卯']);
  });
});

describe('what gets no number', () => {
  it('gives a bullet list no label', async () => {
    const lists: DraftList[] = [{ reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '●', start: 1 }] }];
    const lines = await linesOf(
      await numberedDocxBytes(lists, [
        { text: '第一点', list: 'dots' },
        { text: '第二点', list: 'dots' },
      ]),
    );
    expect(lines).toEqual(['第一点', '第二点']);
  });

  it('hands mammoth the file as given when no paragraph is numbered', async () => {
    const plain = await docxBytes(typedDraft);
    expect(await withListNumbers(plain)).toBe(plain);
    expect(await textOf(plain)).toBe(typedDraft);
  });

  it('still imports the text of a .docx whose numbering.xml is corrupt', async () => {
    const good = await numberedDocxBytes([decimalList], twoInstances);
    const corrupt = await editDocxPart(good, 'word/numbering.xml', (xml) => xml.slice(0, xml.length / 2));
    expect(await linesOf(corrupt)).toEqual(['甲项', '乙项', '说明', '丙项', '丁项']);
  });

  it('still refuses a zip that holds no Word document, with the bilingual message', async () => {
    const good = await numberedDocxBytes([decimalList], twoInstances);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(good);
    zip.remove('word/document.xml');
    const broken = await zip.generateAsync({ type: 'uint8array' });
    await expect(extractText('坏.docx', broken)).rejects.toMatchObject({
      code: 'bad-docx',
      message: expect.stringMatching(/^无法读取 Word 文件 坏\.docx.* \/ cannot read the Word file 坏\.docx/),
    });
  });
});
