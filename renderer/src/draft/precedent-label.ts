/** How a precedent unit is named in lists: its number when it has one, else its lead title. */
import type { Precedent } from '../../../shared/model/comparison';

/** `第3条`, `(七)`, or for an unnumbered plan paragraph its title (or `段落`). */
export function precedentLabel(p: Pick<Precedent, 'label' | 'title'>): string {
  if (/^\d+$/.test(p.label)) return `第${p.label}条`;
  if (p.label) return p.label;
  return p.title ? `「${p.title.slice(0, 12)}」` : '段落';
}
