/**
 * What the 说明 column says by itself about a row: the targets whose values
 * changed ("技术合同成交额由40亿元调整为3.5亿元"), the responsible units added
 * and dropped ("责任单位增加区财政局,删除市发改委"), 新增条款 / 删除条款 and a
 * move in the order.
 */
import type { Target, Unit } from '../../../../shared/model/document';
import type { AlignedGroup } from '../../../../shared/model/comparison';
import { officeKey } from '../../../../shared/text/departments';

/** A target's value as printed in a remark: 40亿元, 2-3名, 30家以上. */
export function targetValue(t: Target): string {
  if (t.value === null) return t.text;
  const range = t.valueMax !== undefined && t.valueMax !== t.value ? `${t.value}-${t.valueMax}` : `${t.value}`;
  return `${range}${t.unit}${t.qualifier === '以上' || t.qualifier === '以下' || t.qualifier === '左右' ? t.qualifier : ''}`;
}

/** "metric由old调整为new" for each metric whose value differs between `from` and `to`. */
export function targetRemarks(group: AlignedGroup, from: number, to: number): string[] {
  const out: string[] = [];
  for (const c of group.targets) {
    if (!c.changed) continue;
    const a = c.values[from]?.target;
    const b = c.values[to]?.target;
    if (!a || !b) continue;
    const va = targetValue(a);
    const vb = targetValue(b);
    if (va !== vb) out.push(`${c.metric}由${va}调整为${vb}`);
  }
  return out;
}

/** "责任单位增加…,删除…" between the units of `from` and of `to` (one office under its full or short name, 市 or 区, counts once). */
export function responsibleRemark(from: readonly Unit[], to: readonly Unit[]): string | null {
  const names = (units: readonly Unit[]) => [...new Set(units.flatMap((u) => u.responsible.map((r) => r.name)))];
  const a = names(from);
  const b = names(to);
  if (a.length === 0 || b.length === 0) return null;
  const key = (n: string) => officeKey(n, true);
  const keysA = new Set(a.map(key));
  const keysB = new Set(b.map(key));
  const added = b.filter((n) => !keysA.has(key(n)));
  const removed = a.filter((n) => !keysB.has(key(n)));
  const parts = [...(added.length ? [`增加${added.join('、')}`] : []), ...(removed.length ? [`删除${removed.join('、')}`] : [])];
  return parts.length ? `责任单位${parts.join(',')}` : null;
}
