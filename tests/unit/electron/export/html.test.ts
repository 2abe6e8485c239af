import { describe, expect, it } from 'vitest';
import { buildHtml } from '../../../../electron/main/services/export/index';
import { fixtureNotes, fixtureView } from './fixture-view';
import { plain, rowCells } from './read-back';

const bodyRows = (html: string): string[] => [...html.matchAll(/<tr class="(?:group|heading)"[^>]*>(.*?)<\/tr>/gs)].map((m) => m[1]);

describe('the standalone HTML 对照表', () => {
  it('loads nothing from outside the file', () => {
    const html = buildHtml(fixtureView(), fixtureNotes, { includeNotes: true });
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(html).toContain('@page { size: A4 landscape');
  });

  it('has the same rows as the .docx: section headings spanning and one row per group', () => {
    const rows = bodyRows(buildHtml(fixtureView(), [], { includeNotes: false }));
    expect(rows).toHaveLength(2 + 3);
    // 序号, three documents, 说明
    expect(rows[0]).toContain('colspan="5"');
    expect(plain(rows[0])).toBe('一、扩大有效投资');
  });

  it('marks deletions with <del> and insertions with <ins>, escaping the document text', () => {
    const html = buildHtml(fixtureView(), [], { includeNotes: false });
    const rows = bodyRows(html);
    expect(rowCells(rows[1])[2]).toContain('<del>40</del><ins>35</ins>');
    expect(rowCells(rows[4])[2]).toContain('<ins>&lt;第二批&gt;</ins>');
    expect(html).toMatch(/del \{ color: #c00000; text-decoration: line-through; \}/);
  });

  it('puts the titles, 文号 and the notes where a reader looks for them', () => {
    const html = buildHtml(fixtureView(), fixtureNotes, { includeNotes: true });
    expect(html).toContain('甲政〔2024〕1号');
    expect(html).toContain('<th>说明</th>');
    expect(plain(rowCells(bodyRows(html)[1])[4])).toContain('投资目标下调,请说明依据');
    expect(html).not.toContain('别的文档的批注');
  });
});
