import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../../shared/api/contract';
import { joinedPieces, readerPieces, type Piece } from '../../../../renderer/src/reader/reader-pieces';

const text = '标题\n1.第一条。\n2.第二条。\n5.跳号的一条。\n附言';
const span = (s: string) => ({ start: text.indexOf(s), endExclusive: text.indexOf(s) + s.length });
const doc = (warnings: readonly { readonly of: string; readonly message: string }[]): DocumentDetail =>
  ({
    text,
    outline: [],
    units: [
      { id: 'u1', label: '1', span: span('1.第一条。') },
      { id: 'u2', label: '2', span: span('2.第二条。\n5.跳号的一条。') },
    ],
    warnings: warnings.map((w) => ({ code: 'out-of-sequence', message: w.message, span: span(w.of) })),
  }) as unknown as DocumentDetail;

const flat = (pieces: readonly Piece[]) => pieces.map((p) => p.parts.map((part) => part.text).join('')).join('');
const marked = (pieces: readonly Piece[]) =>
  pieces.flatMap((p) => p.parts.filter((part) => part.warning !== undefined).map((part) => [p.kind, part.text, part.warningIndex]));

describe('reader pieces', () => {
  it('keeps every character of the text, in order', () => {
    expect(flat(readerPieces(doc([{ of: '5.跳号的一条。', message: '编号不连续' }])))).toBe(text);
  });

  it('marks a warning that lies inside a unit without losing the unit around it', () => {
    const pieces = readerPieces(doc([{ of: '5.跳号的一条。', message: '编号不连续' }]));
    expect(marked(pieces)).toEqual([['unit', '5.跳号的一条。', 0]]);
    const unit = pieces.find((p) => p.kind === 'unit' && p.unitId === 'u2');
    expect(unit?.parts.map((p) => p.text)).toEqual(['2.第二条。\n', '5.跳号的一条。']);
  });

  it('marks a warning that spans a unit and the plain text after it, anchoring only its first part', () => {
    const pieces = readerPieces(doc([{ of: '一条。\n附言', message: '文字不属于任何措施' }]));
    expect(marked(pieces)).toEqual([
      ['unit', '一条。', 0],
      ['text', '\n附言', undefined],
    ]);
  });
});

describe('reader pieces of a copied web page', () => {
  const page = '投稿:someone 来源:市政府办\n## 一、总体要求\n1.**加强领导**。成立区住\n\n房和城乡建设局专班。\n2.强化督导。';
  const at = (s: string) => ({ start: page.indexOf(s), endExclusive: page.indexOf(s) + s.length });
  const detail = {
    text: page,
    outline: [
      { kind: 'section', label: '一、', title: '总体要求', span: at('一、总体要求'), headingSpan: at('一、总体要求'), children: [] },
    ],
    units: [
      { id: 'u1', label: '1', span: at('1.**加强领导**。成立区住\n\n房和城乡建设局专班。') },
      { id: 'u2', label: '2', span: at('2.强化督导。') },
    ],
    warnings: [],
    furniture: [
      { kind: 'page', text: '投稿:someone 来源:市政府办', span: at('投稿:someone 来源:市政府办') },
      { kind: 'markdown', text: '## ', span: at('## ') },
      { kind: 'markdown', text: '**', span: { start: page.indexOf('**'), endExclusive: page.indexOf('**') + 2 } },
      { kind: 'markdown', text: '**', span: { start: page.lastIndexOf('**'), endExclusive: page.lastIndexOf('**') + 2 } },
    ],
  } as unknown as DocumentDetail;

  it('puts web-page lines in a piece of their own, never in the body text', () => {
    const pieces = readerPieces(detail);
    expect(pieces[0]).toMatchObject({ kind: 'furniture' });
    expect(
      pieces
        .filter((p) => p.kind !== 'furniture')
        .map((p) => p.parts.map((x) => x.text).join(''))
        .join(''),
    ).not.toContain('投稿');
  });

  it('shows the text without markdown marks', () => {
    expect(flat(readerPieces(detail))).not.toMatch(/#|\*\*/);
  });

  it('joins a measure broken mid-word and keeps the break before the next measure', () => {
    const joined = joinedPieces(readerPieces(detail));
    const unit = joined.find((p) => p.kind === 'unit' && p.unitId === 'u1')!;
    expect(unit.parts.map((p) => p.text).join('')).toBe('1.加强领导。成立区住房和城乡建设局专班。');
    expect(flat(joined)).toContain('专班。\n2.强化督导。');
  });
});
