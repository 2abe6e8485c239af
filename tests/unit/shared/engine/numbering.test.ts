import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import { diffNumberedTexts, numberingLength } from '../../../../shared/engine/diff/numbering';
import { parseDocument } from '../../../../shared/parse/index';
import type { DiffOptions } from '../../../../shared/model/comparison';

const options: DiffOptions = { ignorePunctuationWidth: true, ignoreWhitespace: true, ignoreLevelWords: false };

describe('numbering in word diffs', () => {
  it('reads a renumbered measure with the same words as unchanged, showing the other number', () => {
    const { ops } = diffNumberedTexts(
      { text: '13.强化工业运行调度。定期召开会议。', label: '13' },
      { text: '12.强化工业运行调度。定期召开会议。', label: '12' },
      options,
    );
    expect(ops).toEqual([{ op: 'equal', text: '12.强化工业运行调度。定期召开会议。' }]);
  });

  it('still marks the words that changed after the number', () => {
    const { ops } = diffNumberedTexts(
      { text: '（三）加快建设项目。', label: '(三)' },
      { text: '（四）加快推进项目。', label: '(四)' },
      options,
    );
    expect(ops[0]).toEqual({ op: 'equal', text: '（四）加快' });
    expect(
      ops
        .filter((o) => o.op === 'delete')
        .map((o) => o.text)
        .join(''),
    ).toBe('建设');
    expect(
      ops
        .filter((o) => o.op === 'insert')
        .map((o) => o.text)
        .join(''),
    ).toBe('推进');
  });

  it('knows 第X条, 一、 and (一) numbering, and none on a paragraph without a label', () => {
    expect(numberingLength({ text: '第十二条 本办法自印发之日起施行。', label: '第十二条' })).toBe(5);
    expect(numberingLength({ text: '一、总体要求', label: '一' })).toBe(2);
    expect(numberingLength({ text: '(一)总体要求。', label: '(一)' })).toBe(3);
    expect(numberingLength({ text: '3.5万亩高标准农田建成。', label: '' })).toBe(0);
  });

  it('diffs the whole texts when only one side is numbered', () => {
    const { ops } = diffNumberedTexts({ text: '推进城市更新。', label: '' }, { text: '5.推进城市更新。', label: '5' }, options);
    expect(ops).toEqual([
      { op: 'insert', text: '5.' },
      { op: 'equal', text: '推进城市更新。' },
    ]);
  });

  it('counts a measure copied under another number as the same in a comparison', () => {
    const city = parseDocument(
      '某市若干措施\n\n一、科技创新\n\n1.加快创新平台建设。支持重点实验室建设。\n\n2.强化企业主体地位。培育科技型企业。\n',
      { fileName: 'city.txt' },
    );
    const district = parseDocument('某区若干措施\n\n一、科技创新\n\n1.强化企业主体地位。培育科技型企业。\n', { fileName: 'district.txt' });
    const group = compareDocuments([city, district]).groups.find((g) => g.members.length === 2);
    expect(group?.members.map((m) => m.label)).toEqual(['2', '1']);
    expect(group?.diffs[0].ops).toEqual([{ op: 'equal', text: '1.强化企业主体地位。培育科技型企业。' }]);
  });
});
