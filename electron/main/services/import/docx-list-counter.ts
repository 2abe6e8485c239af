/**
 * Word's list counters, paragraph by paragraph. Counts live on the list
 * definition (w:abstractNum), so list instances (w:num) that share one carry
 * on each other's count; an instance with a w:startOverride restarts that
 * level the first time it uses it. Using a level restarts the levels below it
 * (unless their w:lvlRestart says otherwise).
 */
import type { AbstractList, ListDefinitions, ListInstance, ListLevel, ListSuffix, StyleSheet } from './docx-list-model';
import { fillLevelText, type LevelValue } from './docx-number-format';

/** What Word prints before a numbered paragraph: a number and the gap after it, or a bullet (no text for us). */
export type ListLabel = { readonly kind: 'number'; readonly text: string; readonly suffix: ListSuffix } | { readonly kind: 'bullet' };

/** Counts the numbered paragraphs of one document in reading order. */
export interface ListCounter {
  /** The level a paragraph of style `styleId` takes in list `numId` when nothing names one (w:lvl/w:pStyle). */
  levelOfStyle(numId: string, styleId: string): number | undefined;
  /** Counts a paragraph of list `numId` at level `ilvl`; undefined when that list or level does not exist. */
  next(numId: string, ilvl: number): ListLabel | undefined;
}

interface Resolved {
  readonly instance: ListInstance;
  readonly abstract: AbstractList;
}

interface Counts {
  readonly values: (number | undefined)[];
  /** `numId:ilvl` pairs already counted, so a w:startOverride applies once */
  readonly used: Set<string>;
}

const LEVELS = 9;

/** A counter over the document's lists; w:numStyleLink is followed through the style sheet. */
export function createListCounter(lists: ListDefinitions, styles: StyleSheet): ListCounter {
  const counts = new Map<string, Counts>();

  function resolve(numId: string): Resolved | undefined {
    const instance = lists.instances.get(numId);
    let abstract = instance && lists.abstracts.get(instance.abstractId);
    for (let hops = 0; abstract?.numStyleLink !== undefined && hops < 4; hops++) {
      const linkedNum = styles.styles.get(abstract.numStyleLink)?.numId;
      const linked = linkedNum === undefined ? undefined : lists.instances.get(linkedNum);
      abstract = linked && lists.abstracts.get(linked.abstractId);
    }
    return instance && abstract && { instance, abstract };
  }

  const levelOf = ({ instance, abstract }: Resolved, k: number): ListLevel | undefined =>
    instance.overrides.get(k)?.level ?? abstract.levels[k];
  const startOf = (r: Resolved, k: number): number => r.instance.overrides.get(k)?.start ?? levelOf(r, k)?.start ?? 0;

  /** Level k restarts when level `used` advances unless its w:lvlRestart ties it to a higher level only, or to none. */
  function restarts(level: ListLevel | undefined, used: number, k: number): boolean {
    const after = level?.restartAfter;
    if (after === undefined || after - 1 >= k) return true;
    return after !== 0 && used < after;
  }

  return {
    levelOfStyle(numId, styleId) {
      const r = resolve(numId);
      const index = r?.abstract.levels.findIndex((l) => l?.styleId === styleId) ?? -1;
      return index === -1 ? undefined : index;
    },
    next(numId, ilvl) {
      const r = resolve(numId);
      const level = r && ilvl >= 0 && ilvl < LEVELS ? levelOf(r, ilvl) : undefined;
      if (!r || !level) return undefined;
      const state = counts.get(r.abstract.id) ?? { values: [], used: new Set<string>() };
      counts.set(r.abstract.id, state);
      const key = `${numId}:${ilvl}`;
      const override = state.used.has(key) ? undefined : r.instance.overrides.get(ilvl)?.start;
      state.used.add(key);
      const current = state.values[ilvl];
      state.values[ilvl] = override ?? (current === undefined ? startOf(r, ilvl) : current + 1);
      for (let k = ilvl + 1; k < LEVELS; k++) if (restarts(levelOf(r, k), ilvl, k)) state.values[k] = undefined;
      if (level.numFmt === 'bullet') return { kind: 'bullet' };
      // a level not yet used shows its start value (`%1.%2` begun at its second level reads 1.1)
      const values: (LevelValue | undefined)[] = Array.from({ length: LEVELS }, (_, k) => {
        const def = levelOf(r, k);
        return def && { value: state.values[k] ?? startOf(r, k), numFmt: def.numFmt };
      });
      return { kind: 'number', text: fillLevelText(level.lvlText, values, level.legal), suffix: level.suffix };
    },
  };
}
