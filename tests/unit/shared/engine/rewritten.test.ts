import { describe, expect, it } from 'vitest';
import { isRewritten, sharedShare } from '../../../../shared/engine/diff/rewritten';

describe('rewritten pairs', () => {
  it('measures what share of the other text the diff keeps, ignoring what it deletes from the base', () => {
    expect(
      sharedShare([
        { op: 'equal', text: '加快' },
        { op: 'delete', text: '推进项目建设进度' },
        { op: 'insert', text: '建设' },
      ]),
    ).toBe(0.5);
    expect(sharedShare([])).toBe(1);
  });

  it('calls a pair rewritten when less than about a third of its text is unchanged', () => {
    expect(
      isRewritten([
        { op: 'equal', text: '持续' },
        { op: 'insert', text: '优化营商环境专项行动' },
      ]),
    ).toBe(true);
    expect(
      isRewritten([
        { op: 'equal', text: '持续优化营商环境' },
        { op: 'delete', text: '三年' },
        { op: 'insert', text: '专项' },
        { op: 'equal', text: '行动' },
      ]),
    ).toBe(false);
  });

  it('calls a pair rewritten when it was paired for its matter, not its wording (similarity below 同事项), however many characters chance keeps', () => {
    const ops = [
      { op: 'equal', text: '加强企业' },
      { op: 'delete', text: '服务' },
      { op: 'insert', text: '培育' },
      { op: 'equal', text: '工作' },
    ] as const;
    expect(isRewritten(ops, 0.6)).toBe(false);
    expect(isRewritten(ops, 0.08)).toBe(true);
  });
});
