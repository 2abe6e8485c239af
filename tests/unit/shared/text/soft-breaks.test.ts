import { describe, expect, it } from 'vitest';
import { joinSoftBreaks, joinSoftBreaksInOps } from '../../../../shared/text/soft-breaks';

describe('soft line breaks', () => {
  it('joins a sentence cut by a page break or a PDF line end', () => {
    expect(joinSoftBreaks('区住\n\n房和城乡建设局按职责分工负责)')).toBe('区住房和城乡建设局按职责分工负责)');
    expect(joinSoftBreaks('力争全年新增\n  省级平台5家')).toBe('力争全年新增省级平台5家');
    expect(joinSoftBreaks('储能 200MW\n400MWh')).toBe('储能 200MW 400MWh');
  });

  it('keeps one break after a sentence end and before a numbered line', () => {
    expect(joinSoftBreaks('加快建设。\n\n\n推动改革')).toBe('加快建设。\n推动改革');
    expect(joinSoftBreaks('重点任务\n(1)扩大投资\n2.稳定就业\n三、保障民生\n①优化服务')).toBe(
      '重点任务\n(1)扩大投资\n2.稳定就业\n三、保障民生\n①优化服务',
    );
    expect(joinSoftBreaks('主要包括:\n扩大投资')).toBe('主要包括:\n扩大投资');
  });

  it('judges a break at the start of a diff op by the op shown before it', () => {
    const ops = joinSoftBreaksInOps([
      { op: 'equal', text: '(区发展改革委、区住' },
      { op: 'insert', text: '\n\n房和城乡建设' },
      { op: 'equal', text: '局按职责分工负责)' },
      { op: 'delete', text: '。\n' },
      { op: 'insert', text: '\n下一句' },
    ]);
    expect(ops.map((o) => o.text)).toEqual(['(区发展改革委、区住', '房和城乡建设', '局按职责分工负责)', '。\n', '\n下一句']);
    expect(ops.map((o) => o.op)).toEqual(['equal', 'insert', 'equal', 'delete', 'insert']);
  });
});
