/**
 * The document model: what the parser reads out of a policy document's text.
 * Pure data, readonly, no behaviour. Offsets are UTF-16 code-unit offsets into
 * the decoded source text (what `String.prototype.slice` uses), half-open.
 */

/** A half-open range `[start, endExclusive)` in the source text. */
export interface Span {
  readonly start: number;
  readonly endExclusive: number;
}

/** 行政层级: province, city (地级市), county/district (县区), or not known. */
export type Level = '省' | '市' | '县区' | 'unknown';

/** draft = 征求意见稿 / 草案, final = issued, unknown = the text does not say. */
export type DocumentStatus = 'draft' | 'final' | 'unknown';

/** The region a document belongs to; every field optional because texts rarely state all three. */
export interface Region {
  readonly province?: string;
  readonly city?: string;
  readonly district?: string;
}

/** Metadata fields that the catalog or the user may override. */
export interface MetaFields {
  readonly title: string;
  readonly issuer?: string;
  /** 文号, e.g. 驻政办〔2024〕22号 */
  readonly docNumber?: string;
  /** 成文日期, ISO yyyy-mm-dd */
  readonly writtenDate?: string;
  /** 发布日期, ISO yyyy-mm-dd */
  readonly publishedDate?: string;
  readonly region: Region;
  readonly level: Level;
  readonly year?: number;
  /** 若干措施, 实施办法, 工作方案, 规划纲要, 通知, … */
  readonly kind?: string;
  readonly status: DocumentStatus;
  /** 索引号 */
  readonly indexNumber?: string;
  /** 有效性 as printed (有效, 失效, …) */
  readonly validity?: string;
}

/** Which fields were set by someone other than the parser. */
export type MetaSource = 'text' | 'catalog' | 'user';

/** Document metadata, with the origin of every overridden field kept visible. */
export interface DocumentMeta extends MetaFields {
  readonly overridden: Readonly<Partial<Record<keyof MetaFields, MetaSource>>>;
}

/** Kinds of heading or block in the outline. */
export type OutlineKind =
  | 'part' // 第一篇
  | 'chapter' // 第一章
  | 'section' // 第一节, or 一、 in a notice
  | 'column' // 专栏 box
  | 'table' // indicator table (指标 | 基数 | 目标 | 属性)
  | 'toc'; // 目录, recognised and not parsed as body

/** One row of an indicator table, cells as printed. */
export interface IndicatorRow {
  /** 序号 as printed, absent for sub-rows such as 城镇调查失业率 */
  readonly number?: string;
  /** a category row (一、经济发展) is kept as such, not as a section */
  readonly category?: string;
  readonly indicator: string;
  /** base value (基数), when printed */
  readonly base?: string;
  /** target or planned value (目标) */
  readonly target?: string;
  /** actual value (实际完成情况), for review tables */
  readonly actual?: string;
  /** 属性: 预期性 / 约束性 */
  readonly attribute?: string;
  /** every cell of the row, in order, for anything the named fields miss */
  readonly cells: readonly string[];
  readonly span: Span;
}

/** A node of the heading tree. */
export interface OutlineNode {
  readonly kind: OutlineKind;
  /** the number as printed: 第一篇, 一、, 专栏 … */
  readonly label: string;
  /** heading text without its number and markdown marks */
  readonly title: string;
  readonly span: Span;
  /** span of the heading line itself */
  readonly headingSpan: Span;
  readonly children: readonly OutlineNode[];
  /** only for kind 'table' */
  readonly rows?: readonly IndicatorRow[];
}

/** A department responsible for a measure (责任单位). */
export interface ResponsibleUnit {
  readonly name: string;
  /** lead (牵头), support (配合) or shared (按职责分工负责 / plain list) */
  readonly role: 'lead' | 'support' | 'shared';
}

/** A quantity a measure commits to: 力争认定省级创新平台30家以上. */
export interface Target {
  /** the phrase as printed */
  readonly text: string;
  /** what is counted, e.g. 省级创新平台 */
  readonly metric: string;
  /** the number; for a range its lower bound */
  readonly value: number | null;
  /** the upper bound of a range (2-3名 → 3) */
  readonly valueMax?: number;
  /** 家, 个, 亿元, %, 万人, … ; '' when none */
  readonly unit: string;
  /** 以上, 以下, 左右, 超过, 不低于, 达到, … ; '' when none */
  readonly qualifier: string;
  /** a deadline such as 6月底前, when the target carries one */
  readonly deadline?: string;
  readonly span: Span;
}

/** How a unit was numbered, which also says what it is. */
export type UnitKind =
  | 'measure' // 1. 2. 3.
  | 'item' // (一) (二)
  | 'point' // a top-level 一、 block read as one measure (若干措施 printed without 1. or (一))
  | 'article' // 第一条 of a 办法/条例
  | 'paragraph'; // an unnumbered paragraph of a plan (规划纲要)

/** A comparable unit: a numbered measure or item, or a paragraph of a plan. */
export interface Unit {
  /** stable within a document: derived from kind, path and ordinal, not from position in an array */
  readonly id: string;
  readonly kind: UnitKind;
  /** the number as printed: `3`, `(三)`, `三` (for 三、), `第三条`; '' for a paragraph */
  readonly label: string;
  /** the number as a number (3 for `3.`, `(三)`, `三、` and `第三条`); paragraphs count within their heading */
  readonly ordinal: number;
  /** the lead title, the phrase before the first 。 when it is a short heading; '' when none */
  readonly title: string;
  /** the full text as printed (label included), original characters, without markdown marks (`**`, `#`) */
  readonly text: string;
  /** headings above the unit, outermost first */
  readonly path: readonly string[];
  readonly responsible: readonly ResponsibleUnit[];
  readonly targets: readonly Target[];
  readonly span: Span;
}

/** Something the parser could not place or was unsure of. */
export interface ParseWarning {
  readonly code: string;
  readonly message: string;
  readonly span: Span;
}

/**
 * Text that belongs to the page a document was copied from, not to the document:
 * web-page chrome lines (投稿/来源, 分享到, 【法宝引证码】) and markdown marks (#, **).
 * Never part of a unit, a title or meta; the reader shows chrome folded under 网页信息.
 */
export interface Furniture {
  readonly kind: 'page' | 'markdown';
  /** as printed, original characters */
  readonly text: string;
  readonly span: Span;
}

/** The whole result of parsing one document's text. */
export interface ParsedDocument {
  readonly meta: DocumentMeta;
  readonly outline: readonly OutlineNode[];
  readonly units: readonly Unit[];
  readonly warnings: readonly ParseWarning[];
  /** web-page chrome and markdown marks, in text order */
  readonly furniture: readonly Furniture[];
  /** 前言/通知 text before the first unit and closing text after the last, as spans */
  readonly preamble?: Span;
  readonly closing?: Span;
}
