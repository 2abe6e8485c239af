/**
 * A hand-made comparison of three small notices: a renumbered measure with a
 * changed amount, a measure only the pivot has, and a merge in the third document.
 */
import type { ComparisonView, DocumentDetail, Note } from '../../../../shared/api/contract';
import { defaultDiffOptions, documentDetail } from '../../../../shared/api/views';
import type { AlignedGroup } from '../../../../shared/model/comparison';
import { parseDocument } from '../../../../shared/parse/index';

const texts = [
  '关于印发甲市稳增长措施的通知\n甲政〔2024〕1号\n\n一、扩大有效投资\n1.加快项目建设。全年完成投资40亿元。(市发改委负责)\n2.支持设备更新。\n二、促进消费\n3.发放消费券。\n',
  '关于印发乙市稳增长措施的通知\n乙政〔2024〕7号\n\n一、扩大有效投资\n1.加快项目建设。全年完成投资35亿元。(市发改委负责)\n二、促进消费\n2.发放消费券<第二批>。\n',
  '关于印发丙区稳增长措施的通知\n\n一、扩大有效投资\n1.加快项目建设。全区完成投资3亿元。\n二、促进消费\n2.发放消费券。\n3.开展促销活动。\n',
];

const detail = (text: string, id: string): DocumentDetail => {
  const parsed = parseDocument(text, { fileName: `${id}.txt` });
  const summary = {
    id,
    origin: 'seed' as const,
    fileName: `${id}.txt`,
    meta: parsed.meta,
    unitCount: parsed.units.length,
    warningCount: 0,
  };
  return documentDetail(summary, text, parsed);
};

const member = (doc: number, unitId: string, label: string) => ({
  doc,
  unitId,
  label,
  ordinal: Number(label),
  score: 0.9,
  tier: doc === 0 ? null : ('same-clause' as const),
});

const groups: readonly AlignedGroup[] = [
  {
    members: [member(0, 's1.m1', '1'), member(1, 's1.m1', '1'), member(2, 's1.m1', '1')],
    score: 0.9,
    tier: 'same-clause',
    merged: false,
    diffs: [
      {
        doc: 1,
        unitId: 's1.m1',
        coarse: false,
        ops: [
          { op: 'equal', text: '1.加快项目建设。全年完成投资' },
          { op: 'delete', text: '40' },
          { op: 'insert', text: '35' },
          { op: 'equal', text: '亿元。(市发改委负责)' },
        ],
      },
      {
        doc: 2,
        unitId: 's1.m1',
        coarse: false,
        ops: [
          { op: 'equal', text: '1.加快项目建设。' },
          { op: 'delete', text: '全年' },
          { op: 'insert', text: '全区' },
          { op: 'equal', text: '完成投资' },
          { op: 'delete', text: '40亿元。(市发改委负责)' },
          { op: 'insert', text: '3亿元。' },
        ],
      },
    ],
    targets: [],
  },
  { members: [{ ...member(0, 's1.m2', '2'), tier: null }], score: 1, tier: null, merged: false, diffs: [], targets: [] },
  {
    members: [member(0, 's2.m3', '3'), member(1, 's2.m2', '2'), member(2, 's2.m2', '2'), member(2, 's2.m3', '3')],
    score: 0.7,
    tier: 'same-matter',
    merged: true,
    diffs: [
      {
        doc: 1,
        unitId: 's2.m2',
        coarse: false,
        ops: [
          { op: 'delete', text: '3' },
          { op: 'insert', text: '2' },
          { op: 'equal', text: '.发放消费券' },
          { op: 'insert', text: '<第二批>' },
          { op: 'equal', text: '。' },
        ],
      },
    ],
    targets: [],
  },
];

/** Three documents, pivot 0, in three groups under two sections of the pivot. */
export function fixtureView(): ComparisonView {
  const documents = texts.map((t, i) => detail(t, `doc-${i}`));
  return {
    ids: documents.map((d) => d.summary.id),
    documents,
    options: defaultDiffOptions,
    comparison: { documents: documents.map((d) => d.summary.meta), pivot: 0, groups },
  };
}

/** A note on the pivot's first measure and one on the second document's merged-group measure. */
export const fixtureNotes: readonly Note[] = [
  { docId: 'doc-0', unitId: 's1.m1', text: '投资目标下调,请说明依据', updatedAt: '2024-08-01T00:00:00.000Z' },
  { docId: 'doc-1', unitId: 's2.m2', text: '第二批消费券', updatedAt: '2024-08-01T00:00:00.000Z' },
  { docId: 'doc-9', unitId: 's1.m2', text: '别的文档的批注', updatedAt: '2024-08-01T00:00:00.000Z' },
];
