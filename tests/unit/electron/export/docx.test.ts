import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../../electron/main/services/export/index';
import { fixtureNotes, fixtureView } from './fixture-view';
import { docxHtml, plain, rowCells, tableRows } from './read-back';

describe('the .docx 对照表', () => {
  it('names each document with its title and 文号 in the header', async () => {
    const html = await docxHtml(await buildDocx(fixtureView(), [], { includeNotes: false }));
    const header = html.slice(0, html.indexOf('<table>'));
    expect(header).toContain('甲市稳增长措施');
    expect(header).toContain('甲政〔2024〕1号');
    expect(header).toContain('乙市稳增长措施');
    expect(header).toContain('丙区稳增长措施');
  });

  it('has one row per group plus a spanning row for each pivot section, after the header row', async () => {
    const rows = tableRows(await docxHtml(await buildDocx(fixtureView(), [], { includeNotes: false })));
    expect(rows).toHaveLength(1 + 2 + 3);
    expect(rows[1]).toMatch(/colspan="5"/);
    expect(plain(rows[1])).toBe('一、扩大有效投资');
    expect(plain(rows[4])).toBe('二、促进消费');
    expect(rowCells(rows[2])).toHaveLength(5);
    expect(plain(rowCells(rows[2])[0])).toBe('1修改同条');
  });

  it('strikes out what the pivot had and underlines in bold what the other document added', async () => {
    const rows = tableRows(await docxHtml(await buildDocx(fixtureView(), [], { includeNotes: false })));
    const [, pivot, second, third] = rowCells(rows[2]);
    expect(pivot).not.toMatch(/<s>|<ins>/);
    expect(plain(pivot)).toContain('全年完成投资40亿元');
    expect(second).toContain('<s>40</s>');
    expect(second).toMatch(/<ins><strong>35<\/strong><\/ins>|<strong><ins>35<\/ins><\/strong>/);
    expect(third).toContain('<s>全年</s>');
  });

  it('says 无对应条款 where a document has no counterpart and lists both units of a merge', async () => {
    const rows = tableRows(await docxHtml(await buildDocx(fixtureView(), [], { includeNotes: false })));
    const lone = rowCells(rows[3]);
    expect(plain(lone[2])).toBe('无对应条款');
    expect(plain(lone[3])).toBe('无对应条款');
    expect(plain(lone[4])).toBe('删除条款');
    const merged = rowCells(rows[5])[3];
    expect(plain(merged)).toContain('2.发放消费券。');
    expect(plain(merged)).toContain('3.开展促销活动。');
    expect(plain(rowCells(rows[5])[2])).toContain('<第二批>');
  });

  it('fills the 说明 column from notes on any member of the group and ignores other documents', async () => {
    const rows = tableRows(await docxHtml(await buildDocx(fixtureView(), fixtureNotes, { includeNotes: true })));
    expect(plain(rowCells(rows[0])[4])).toBe('说明');
    expect(plain(rowCells(rows[2])[4])).toContain('投资目标下调,请说明依据');
    expect(plain(rowCells(rows[3])[4])).toBe('删除条款');
    expect(plain(rowCells(rows[5])[4])).toContain('第二批消费券');
    expect(rows[1]).toMatch(/colspan="5"/);
  });

  it('is A4 landscape with a repeated header row, page numbers and Chinese office fonts', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(fixtureView(), [], { includeNotes: false }));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('w:eastAsia="黑体"');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /footer\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(footers.join('')).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]* —<\/w:t>/);
  });
});
