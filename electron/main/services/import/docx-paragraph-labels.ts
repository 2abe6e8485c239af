/**
 * Writes Word's automatic numbers into document.xml as text: each numbered
 * paragraph (by a w:numPr of its own or of its style) gets its label as a
 * first run (`一、`, `（二）`, `第三条`, then the tab or space Word prints after
 * it) and loses its w:numPr, so a reader that ignores numbering sees the number.
 * The markup is spliced, never re-serialised; tags that do not nest throw.
 */
import type { ListCounter, ListLabel } from './docx-list-counter';
import type { StyleSheet } from './docx-list-model';
import { attributesOf, escapeXml, wordPrefix, xmlTags } from './docx-xml';

/** document.xml with the numbers written in, and how many paragraphs got one. */
export interface LabelledDocument {
  readonly xml: string;
  readonly labelled: number;
}

/** What a paragraph's own w:pPr says, gathered while scanning it. */
interface OpenParagraph {
  readonly depth: number;
  insertAt: number;
  inPPr: boolean;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  numPrStart?: number;
  numPr?: { readonly start: number; readonly end: number };
  settled: boolean;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The list a style gives its paragraphs, through w:basedOn; each property from the nearest style that sets it. */
function styleNumbering(styles: StyleSheet, styleId: string | undefined) {
  const chain: string[] = [];
  let numId: string | undefined;
  let ilvl: number | undefined;
  for (let id = styleId; id !== undefined && !chain.includes(id); id = styles.styles.get(id)?.basedOn) {
    chain.push(id);
    numId ??= styles.styles.get(id)?.numId;
    ilvl ??= styles.styles.get(id)?.ilvl;
  }
  return { chain, numId, ilvl };
}

/** Numbers every numbered paragraph of document.xml in reading order. */
export function labelParagraphs(xml: string, counter: ListCounter, styles: StyleSheet): LabelledDocument {
  const prefix = wordPrefix(xml);
  const q = (local: string) => (prefix ? `${prefix}:${local}` : local);
  const [P, PPR, NUMPR] = [q('p'), q('pPr'), q('numPr')];
  const edits: Edit[] = [];
  const open: string[] = [];
  const paragraphs: OpenParagraph[] = [];

  function labelOf(p: Pick<OpenParagraph, 'styleId' | 'numId' | 'ilvl'>): ListLabel | undefined {
    const style = styleNumbering(styles, p.styleId ?? styles.defaultParagraphStyle);
    const numId = p.numId ?? style.numId;
    if (numId === undefined || numId === '0') return undefined; // w:numId 0 takes numbering off
    const fromStyle = style.chain.map((id) => counter.levelOfStyle(numId, id)).find((l) => l !== undefined);
    return counter.next(numId, p.ilvl ?? style.ilvl ?? fromStyle ?? 0);
  }

  function run(label: ListLabel | undefined): string | undefined {
    if (label?.kind !== 'number' || label.text === '') return undefined;
    const text = escapeXml(label.text + (label.suffix === 'space' ? ' ' : ''));
    return `<${q('r')}><${q('t')} xml:space="preserve">${text}</${q('t')}>${label.suffix === 'tab' ? `<${q('tab')}/>` : ''}</${q('r')}>`;
  }

  function settle(p: OpenParagraph): void {
    if (p.settled) return;
    p.settled = true;
    const text = run(labelOf(p));
    if (text === undefined) return;
    if (p.numPr) edits.push({ ...p.numPr, text: '' });
    edits.push({ start: p.insertAt, end: p.insertAt, text });
  }

  for (const tag of xmlTags(xml)) {
    const p = paragraphs[paragraphs.length - 1];
    if (tag.kind === 'close') {
      if (open.pop() !== tag.name) throw new Error(`unexpected </${tag.name}> at ${tag.start}`);
      const depth = open.length;
      if (!p) continue;
      if (tag.name === PPR && depth === p.depth + 1) {
        p.inPPr = false;
        p.insertAt = tag.end;
        settle(p);
      }
      if (tag.name === NUMPR && p.inPPr && depth === p.depth + 2 && p.numPrStart !== undefined)
        p.numPr = { start: p.numPrStart, end: tag.end };
      if (tag.name === P && depth === p.depth) settle(paragraphs.pop() as OpenParagraph);
      continue;
    }
    const depth = open.length;
    if (tag.kind === 'open') open.push(tag.name);
    if (tag.name === P && tag.kind === 'empty') {
      const text = run(labelOf({}));
      if (text !== undefined)
        edits.push({ start: tag.start, end: tag.end, text: `${xml.slice(tag.start, tag.end).replace(/\s*\/>$/, '>')}${text}</${P}>` });
    } else if (tag.name === P) {
      paragraphs.push({ depth, insertAt: tag.end, inPPr: false, settled: false });
    } else if (p && !p.settled && depth === p.depth + 1) {
      if (tag.name === PPR && tag.kind === 'open') p.inPPr = true;
      else {
        if (tag.name === PPR) p.insertAt = tag.end;
        settle(p);
      }
    } else if (p?.inPPr && depth === p.depth + 2) {
      const val = () => attributesOf(tag.attributes).get(q('val'));
      if (tag.name === q('pStyle')) p.styleId = val();
      if (tag.name === NUMPR && tag.kind === 'open') p.numPrStart = tag.start;
      if (tag.name === NUMPR && tag.kind === 'empty') p.numPr = { start: tag.start, end: tag.end };
    } else if (p?.inPPr && p.numPrStart !== undefined && !p.numPr && depth === p.depth + 3) {
      const val = attributesOf(tag.attributes).get(q('val'));
      if (tag.name === q('numId')) p.numId = val;
      const level = Number.parseInt(val ?? '', 10);
      if (tag.name === q('ilvl') && Number.isFinite(level)) p.ilvl = level;
    }
  }
  if (open.length > 0) throw new Error(`unclosed <${open[open.length - 1]}>`);

  return { xml: applyEdits(xml, edits), labelled: edits.filter((e) => e.text !== '').length };
}

/** The text with each edit's range replaced by its text (edits do not overlap). */
function applyEdits(xml: string, edits: readonly Edit[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    pieces.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  pieces.push(xml.slice(at));
  return pieces.join('');
}
