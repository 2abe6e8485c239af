/** Reads numbering.xml and styles.xml into the list model; malformed markup throws. */
import type { AbstractList, LevelOverride, ListDefinitions, ListInstance, ListLevel, NumberedStyle, StyleSheet } from './docx-list-model';
import { childNamed, parseXmlTree, valOf, type XmlElement } from './docx-xml';

const integer = (text: string | undefined): number | undefined => {
  const n = text === undefined ? Number.NaN : Number.parseInt(text, 10);
  return Number.isFinite(n) ? n : undefined;
};

/** w:numFmt, looking past a w14 `custom` format (mc:AlternateContent) to the plain one Word keeps as fallback. */
function numFmtOf(lvl: XmlElement): string {
  const direct = valOf(lvl, 'w:numFmt');
  if (direct !== undefined && direct !== 'custom') return direct;
  const alternate = lvl.children.find((c) => c.name.endsWith(':AlternateContent'));
  const fallback = alternate?.children.find((c) => c.name.endsWith(':Fallback'));
  return valOf(fallback, 'w:numFmt') ?? 'decimal';
}

function readLevel(lvl: XmlElement): ListLevel {
  const suffix = valOf(lvl, 'w:suff');
  const legal = childNamed(lvl, 'w:isLgl');
  return {
    // ECMA-376 §17.9.25: a level without w:start starts at 0
    start: integer(valOf(lvl, 'w:start')) ?? 0,
    numFmt: numFmtOf(lvl),
    lvlText: valOf(lvl, 'w:lvlText') ?? '',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    restartAfter: integer(valOf(lvl, 'w:lvlRestart')),
    legal: legal !== undefined && !['0', 'false', 'off'].includes(legal.attributes.get('w:val') ?? 'true'),
    styleId: valOf(lvl, 'w:pStyle'),
  };
}

function readAbstract(element: XmlElement, id: string): AbstractList {
  const levels: (ListLevel | undefined)[] = [];
  for (const lvl of element.children.filter((c) => c.name === 'w:lvl')) {
    const index = integer(lvl.attributes.get('w:ilvl')) ?? 0;
    if (index >= 0 && index < 9 && !levels[index]) levels[index] = readLevel(lvl);
  }
  return { id, levels, numStyleLink: valOf(element, 'w:numStyleLink') };
}

function readInstance(element: XmlElement, numId: string, abstractId: string): ListInstance {
  const overrides = new Map<number, LevelOverride>();
  for (const o of element.children.filter((c) => c.name === 'w:lvlOverride')) {
    const index = integer(o.attributes.get('w:ilvl'));
    const lvl = childNamed(o, 'w:lvl');
    if (index !== undefined) overrides.set(index, { start: integer(valOf(o, 'w:startOverride')), level: lvl && readLevel(lvl) });
  }
  return { numId, abstractId, overrides };
}

/** The lists numbering.xml defines. */
export function readListDefinitions(xml: string): ListDefinitions {
  const root = parseXmlTree(xml);
  const abstracts = new Map<string, AbstractList>();
  const instances = new Map<string, ListInstance>();
  for (const child of root.children) {
    const abstractId = child.attributes.get('w:abstractNumId');
    const numId = child.attributes.get('w:numId');
    if (child.name === 'w:abstractNum' && abstractId !== undefined) abstracts.set(abstractId, readAbstract(child, abstractId));
    const target = valOf(child, 'w:abstractNumId');
    if (child.name === 'w:num' && numId !== undefined && target !== undefined) instances.set(numId, readInstance(child, numId, target));
  }
  return { abstracts, instances };
}

/** The paragraph and numbering styles of styles.xml, with what they say about numbering. */
export function readStyleSheet(xml: string): StyleSheet {
  const styles = new Map<string, NumberedStyle>();
  let defaultParagraphStyle: string | undefined;
  for (const style of parseXmlTree(xml).children.filter((c) => c.name === 'w:style')) {
    const id = style.attributes.get('w:styleId');
    const type = style.attributes.get('w:type') ?? 'paragraph';
    if (id === undefined || (type !== 'paragraph' && type !== 'numbering')) continue;
    const numPr = childNamed(childNamed(style, 'w:pPr'), 'w:numPr');
    styles.set(id, { basedOn: valOf(style, 'w:basedOn'), numId: valOf(numPr, 'w:numId'), ilvl: integer(valOf(numPr, 'w:ilvl')) });
    const isDefault = style.attributes.get('w:default');
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParagraphStyle = id;
  }
  return { styles, defaultParagraphStyle };
}
