/**
 * Word's automatic numbering as read from numbering.xml and styles.xml: list
 * definitions (w:abstractNum), the list instances paragraphs point at (w:num,
 * with their overrides), and the paragraph styles that carry a list.
 */

/** The gap Word prints after a number (w:suff): a tab unless told otherwise. */
export type ListSuffix = 'tab' | 'space' | 'nothing';

/** One level of a list (w:lvl): how its counter starts and how its number reads. */
export interface ListLevel {
  readonly start: number;
  readonly numFmt: string;
  readonly lvlText: string;
  readonly suffix: ListSuffix;
  /** w:lvlRestart: restart only when a level up to this one (1-based) is used; 0 never; absent: any higher level */
  readonly restartAfter?: number;
  /** w:isLgl: every level's number in Arabic numerals */
  readonly legal: boolean;
  /** w:pStyle: the paragraph style that takes this level */
  readonly styleId?: string;
}

/** A list definition (w:abstractNum): up to nine levels, or a link to a numbering style that holds them. */
export interface AbstractList {
  readonly id: string;
  readonly levels: readonly (ListLevel | undefined)[];
  /** w:numStyleLink: the levels live with the list of this numbering style */
  readonly numStyleLink?: string;
}

/** A list instance's change to one level (w:lvlOverride). */
export interface LevelOverride {
  /** w:startOverride: the level restarts here the first time this instance uses it */
  readonly start?: number;
  readonly level?: ListLevel;
}

/** A list instance (w:num), what a paragraph's w:numId names. */
export interface ListInstance {
  readonly numId: string;
  readonly abstractId: string;
  readonly overrides: ReadonlyMap<number, LevelOverride>;
}

/** Everything numbering.xml defines. */
export interface ListDefinitions {
  readonly instances: ReadonlyMap<string, ListInstance>;
  readonly abstracts: ReadonlyMap<string, AbstractList>;
}

/** A style's own numbering and parent (w:style with w:basedOn and w:pPr/w:numPr). */
export interface NumberedStyle {
  readonly basedOn?: string;
  readonly numId?: string;
  readonly ilvl?: number;
}

/** The styles that matter to numbering, by w:styleId, and the default paragraph style. */
export interface StyleSheet {
  readonly styles: ReadonlyMap<string, NumberedStyle>;
  readonly defaultParagraphStyle?: string;
}

/** Numbering where a file has none: no lists, no styles. */
export const noLists: ListDefinitions = { instances: new Map(), abstracts: new Map() };

/** Styles where a file has none. */
export const noStyles: StyleSheet = { styles: new Map() };
