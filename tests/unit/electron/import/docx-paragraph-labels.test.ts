import { describe, expect, it } from 'vitest';
import { createListCounter } from '../../../../electron/main/services/import/docx-list-counter';
import { noStyles } from '../../../../electron/main/services/import/docx-list-model';
import { readListDefinitions, readStyleSheet } from '../../../../electron/main/services/import/docx-list-read';
import { labelParagraphs } from '../../../../electron/main/services/import/docx-paragraph-labels';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, numFmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const abstractNum = (id: number, ...levels: string[]) => `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum>`;
const num = (numId: number, abstractId: number, overrides = '') =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const numbering = (...parts: string[]) => `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.join('')}</w:numbering>`;
const numPr = (numId: number, ilvl?: number) =>
  `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const para = (text: string, pPr = '') => `<w:p>${pPr && `<w:pPr>${pPr}</w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const styled = (styleId: string) => `<w:pStyle w:val="${styleId}"/>`;
const documentXml = (...paragraphs: string[]) =>
  `<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`;

/** Numbers the document and reads each paragraph's text back, tabs as \t. */
function labelled(document: string, numberingXml: string, stylesXml?: string): string[] {
  const styles = stylesXml ? readStyleSheet(stylesXml) : noStyles;
  const { xml } = labelParagraphs(document, createListCounter(readListDefinitions(numberingXml), styles), styles);
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .slice(0, -1);
}

const outline = numbering(abstractNum(1, lvl(0, 'chineseCounting', '%1、'), lvl(1, 'decimal', '%2.')), num(1, 1));

describe('labelParagraphs', () => {
  it('writes the label as a first run with Word’s tab and takes the w:numPr out', () => {
    const document = documentXml(para('总体要求', numPr(1, 0)), para('加快建设', numPr(1, 1)));
    const { xml, labelled: count } = labelParagraphs(document, createListCounter(readListDefinitions(outline), noStyles), noStyles);
    expect(count).toBe(2);
    expect(xml).not.toContain('w:numPr');
    expect(xml).toContain('<w:pPr></w:pPr><w:r><w:t xml:space="preserve">一、</w:t><w:tab/></w:r><w:r><w:t>总体要求</w:t>');
  });

  it('numbers paragraphs through their style, its w:basedOn parents and the level a w:pStyle ties to it', () => {
    const numberingXml = numbering(
      abstractNum(1, lvl(0, 'chineseCounting', '第%1章'), lvl(1, 'chineseCounting', '第%2节', '<w:pStyle w:val="Section"/>')),
      num(1, 1),
    );
    const stylesXml = `<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="ListBase"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Chapter"><w:basedOn w:val="ListBase"/></w:style>
      <w:style w:type="paragraph" w:styleId="Section"><w:basedOn w:val="ListBase"/></w:style>
    </w:styles>`;
    const document = documentXml(...['Chapter', 'Section', 'Section', 'Chapter', 'Section'].map((s) => para('正文', styled(s))));
    expect(labelled(document, numberingXml, stylesXml)).toEqual([
      '第一章\t正文',
      '第一节\t正文',
      '第二节\t正文',
      '第二章\t正文',
      '第一节\t正文',
    ]);
  });

  it('leaves unnumbered a paragraph whose w:numId 0 takes off its style’s numbering, and one numbered only in a tracked w:pPrChange', () => {
    const stylesXml = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Item"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const tracked = `<w:pPrChange w:id="1" w:author="审稿人"><w:pPr>${numPr(1, 0)}</w:pPr></w:pPrChange>`;
    const document = documentXml(
      para('甲', styled('Item')),
      para('乙', styled('Item') + numPr(0)),
      para('丙', tracked),
      para('丁', styled('Item')),
    );
    expect(labelled(document, outline, stylesXml)).toEqual(['一、\t甲', '乙', '丙', '二、\t丁']);
  });

  it('keeps counting a level whose w:lvlRestart is 0 across the items above it', () => {
    const numberingXml = numbering(
      abstractNum(1, lvl(0, 'chineseCounting', '%1、'), lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')),
      num(1, 1),
    );
    const document = documentXml(
      para('甲', numPr(1, 0)),
      para('a', numPr(1, 1)),
      para('b', numPr(1, 1)),
      para('乙', numPr(1, 0)),
      para('c', numPr(1, 1)),
    );
    expect(labelled(document, numberingXml)).toEqual(['一、\t甲', '1.\ta', '2.\tb', '二、\t乙', '3.\tc']);
  });

  it('follows a w:numStyleLink to the list its numbering style holds, sharing that list’s count', () => {
    const numberingXml = numbering(
      abstractNum(1, '<w:numStyleLink w:val="PolicyList"/>'),
      abstractNum(2, '<w:styleLink w:val="PolicyList"/>', lvl(0, 'chineseCounting', '（%1）', '<w:suff w:val="nothing"/>')),
      num(1, 1),
      num(2, 2),
    );
    const stylesXml = `<w:styles ${W}><w:style w:type="numbering" w:styleId="PolicyList"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>`;
    const document = documentXml(para('甲', numPr(2, 0)), para('乙', numPr(1, 0)), para('丙', numPr(1, 0)));
    expect(labelled(document, numberingXml, stylesXml)).toEqual(['（一）甲', '（二）乙', '（三）丙']);
  });

  it('prints higher levels in Arabic numerals for a w:isLgl level and a level not yet used at its start', () => {
    const numberingXml = numbering(
      abstractNum(1, lvl(0, 'chineseCounting', '第%1章'), lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')),
      num(1, 1),
    );
    const document = documentXml(para('先有节', numPr(1, 1)), para('章', numPr(1, 0)), para('节', numPr(1, 1)), para('节', numPr(1, 1)));
    expect(labelled(document, numberingXml)).toEqual(['1.1\t先有节', '第一章\t章', '1.1\t节', '1.2\t节']);
  });

  it('uses an instance’s own w:lvl override and the plain format behind a w14 custom one', () => {
    const custom =
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>' +
      '<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl>';
    const override = `<w:lvlOverride w:ilvl="0">${lvl(0, 'upperRoman', '%1)')}</w:lvlOverride>`;
    const numberingXml = numbering(abstractNum(1, custom), num(1, 1), abstractNum(2, lvl(0, 'decimal', '%1.')), num(2, 2, override));
    const document = documentXml(para('甲', numPr(1, 0)), para('乙', numPr(2, 0)), para('丙', numPr(2, 0)));
    expect(labelled(document, numberingXml)).toEqual(['01.\t甲', 'I)\t乙', 'II)\t丙']);
  });

  it('numbers an empty numbered paragraph and one inside a text box, each in its own paragraph', () => {
    const box = `<w:p><w:pPr>${numPr(1, 1)}</w:pPr><w:r><w:t>外</w:t></w:r><w:r><w:pict><w:txbxContent>${para('内', numPr(1, 1))}</w:txbxContent></w:pict></w:r></w:p>`;
    const document = documentXml(`<w:p><w:pPr>${numPr(1, 0)}</w:pPr></w:p>`, box);
    expect(labelled(document, outline)).toEqual(['一、\t', '1.\t外2.\t内', '']);
  });

  it('writes the run in the prefix the part binds to WordprocessingML', () => {
    const document = documentXml(para('甲', numPr(1, 0)))
      .replace(/w:/g, 'ns0:')
      .replace('xmlns:w=', 'xmlns:ns0=');
    const { xml } = labelParagraphs(document, createListCounter(readListDefinitions(outline), noStyles), noStyles);
    expect(xml).toContain('<ns0:r><ns0:t xml:space="preserve">一、</ns0:t><ns0:tab/></ns0:r>');
  });

  it('throws on markup whose tags do not nest, so the import falls back to the file as given', () => {
    const counter = createListCounter(readListDefinitions(outline), noStyles);
    expect(() => labelParagraphs(`<w:document ${W}><w:body><w:p></w:body></w:document>`, counter, noStyles)).toThrow();
    expect(() => readListDefinitions(outline.slice(0, 200))).toThrow();
  });
});
