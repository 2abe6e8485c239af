/**
 * Indicator tables flattened one cell per line (序号 | 指标 | 基数 | 目标 |
 * 属性). Rows end at their 属性 cell (预期性/约束性); category rows such as
 * `一、经济发展` stay table rows, never sections.
 */
import type { IndicatorRow } from '../model/document';
import { isBlank, type SourceLine } from './lines';
import { readNumbering } from './numbering';

const attributeCell = /^(预期性|约束性|指导性)$/;
/** A category cell (`一、经济发展`, or `一、` with the name in the next cell): the `一、` numbering form. */
const categoryCell = {
  exec(text: string): readonly [string, string, string] | null {
    const n = readNumbering(text);
    return n && n.role === 'section' ? [text, n.numeral, text.slice(n.length)] : null;
  },
  test(text: string): boolean {
    return this.exec(text) !== null;
  },
};
const planHeadingRoles: ReadonlySet<string> = new Set(['part', 'chapter', 'plan-section']);
const headerCell = /^(序号|指标|指标名称)$/;
const valueCell = /^([【[(（]?[-+≥≤<>]?[0-9０-９.]|[-—–]+$|累计|年均|按|与|中高速)/;
const trailingHeader = /类别|来源|层级|备注/;

/** True for a table's title: short, no sentence end, names 指标. */
export function isTableTitle(content: string): boolean {
  return content.length <= 40 && !/[。；]/.test(content) && /指标/.test(content);
}

/** True for a header cell that opens a table's header row (序号, 指标, 指标名称). */
export function isHeaderCell(content: string): boolean {
  return headerCell.test(content);
}

/** True when the line starts an indicator table: a short title followed by a 序号/指标 header cell. */
export function isTableStart(lines: readonly SourceLine[], at: number): boolean {
  if (!isTableTitle(lines[at].content)) return false;
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < 3; i++) {
    if (isBlank(lines[i])) continue;
    if (headerCell.test(lines[i].content)) return true;
    seen++;
  }
  return false;
}

interface Cell {
  readonly text: string;
  readonly line: SourceLine;
}

/** A parsed table: its rows and the line after its last cell. */
export interface ParsedTable {
  readonly rows: readonly IndicatorRow[];
  readonly endLine: number;
}

/** True for a table's closing note (备注:, 注:): the table's last line. */
export function isTableNote(content: string): boolean {
  return /^(备注|注)\s*[:：]/.test(content);
}

/** True for a line that ends the table: a sentence, a long line or a heading-like line. */
export function endsTable(content: string): boolean {
  return content.length > 50 || /。/.test(content) || planHeadingRoles.has(readNumbering(content)?.role ?? '') || /^专\s*栏/.test(content);
}

/** Reads the cells of the table whose title is at `titleLine`, until the body resumes. */
function readCells(lines: readonly SourceLine[], titleLine: number): { cells: Cell[]; endLine: number } {
  const cells: Cell[] = [];
  let i = titleLine + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    if (isTableNote(line.content)) return { cells, endLine: i + 1 };
    if (endsTable(line.content)) break;
    cells.push({ text: line.content, line });
  }
  return { cells, endLine: i };
}

/** Parses an indicator table starting at its title line. */
export function parseTable(lines: readonly SourceLine[], titleLine: number): ParsedTable {
  const { cells, endLine } = readCells(lines, titleLine);
  const firstRow = cells.findIndex((c) => c.text === '1' || categoryCell.test(c.text));
  const header = firstRow < 0 ? cells : cells.slice(0, firstRow);
  const attrHeader = header.findIndex((c) => /属性/.test(c.text));
  const trailing = attrHeader < 0 ? 0 : header.slice(attrHeader + 1).filter((c) => trailingHeader.test(c.text)).length;
  const rows = firstRow < 0 ? [] : readRows(cells.slice(firstRow), trailing);
  return { rows, endLine };
}

function readRows(cells: readonly Cell[], trailing: number): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  let expected = 1;
  let category: string | undefined;
  let i = 0;
  while (i < cells.length) {
    const cat = categoryCell.exec(cells[i].text);
    if (cat && cells[i].text !== String(expected)) {
      const nameFromNext = cat[2] === '' && i + 1 < cells.length;
      category = nameFromNext ? cells[i + 1].text : cat[2];
      const last = nameFromNext ? cells[i + 1] : cells[i];
      rows.push({
        category,
        indicator: category,
        cells: nameFromNext ? [cells[i].text, last.text] : [cells[i].text],
        span: spanOf(cells[i], last),
      });
      i += nameFromNext ? 2 : 1;
      continue;
    }
    const start = i;
    const number = cells[i].text === String(expected) ? cells[i].text : undefined;
    if (number) i++;
    while (i < cells.length && !attributeCell.test(cells[i].text)) i++;
    let end = Math.min(i, cells.length - 1);
    for (let t = 0; t < trailing && end + 1 < cells.length && !isRowStart(cells[end + 1].text, expected + (number ? 1 : 0)); t++) end++;
    rows.push(makeRow(cells.slice(start, end + 1), number, category));
    if (number) expected++;
    i = end + 1;
  }
  return rows;
}

function isRowStart(text: string, expected: number): boolean {
  return text === String(expected) || categoryCell.test(text) || valueCell.test(text);
}

function spanOf(first: Cell, last: Cell): { start: number; endExclusive: number } {
  return { start: first.line.contentStart, endExclusive: last.line.contentEnd };
}

function makeRow(rowCells: readonly Cell[], number: string | undefined, category: string | undefined): IndicatorRow {
  const texts = rowCells.map((c) => c.text);
  const body = number ? texts.slice(1) : texts;
  const attrIndex = body.findIndex((t) => attributeCell.test(t));
  const main = attrIndex < 0 ? body : body.slice(0, attrIndex);
  const firstValue = main.findIndex((t, k) => k > 0 && valueCell.test(t));
  const labels = firstValue < 0 ? main.slice(0, 1) : main.slice(0, firstValue);
  const values = firstValue < 0 ? main.slice(1) : main.slice(firstValue);
  const [base, target, actual] = values.length === 1 ? [undefined, values[0], undefined] : values;
  return {
    ...(number ? { number } : {}),
    ...(category ? { category } : {}),
    indicator: labels.join(' '),
    ...(base !== undefined ? { base } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(actual !== undefined ? { actual } : {}),
    ...(attrIndex >= 0 ? { attribute: body[attrIndex] } : {}),
    cells: texts,
    span: spanOf(rowCells[0], rowCells[rowCells.length - 1]),
  };
}
