import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../../shared/api/contract';
import { readerPieces, type Piece } from '../../../../renderer/src/reader/reader-pieces';

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
const marked = (pieces: readonly Piece[]) => pieces.flatMap((p) => p.parts.filter((part) => part.warning !== undefined).map((part) => [p.kind, part.text, part.warningIndex]));

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
