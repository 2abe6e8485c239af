/**
 * Just enough XML for reading a .docx part's markup: a tag scanner that keeps
 * offsets (so document.xml can be spliced without re-serialising it), a small
 * element tree for the short parts (numbering.xml, styles.xml), and the prefix
 * a part binds to the WordprocessingML namespace (almost always `w`).
 * Malformed markup throws: callers fall back to reading the file as it is.
 */

/** One tag as it stands in the text, `end` exclusive. */
export interface XmlTag {
  readonly kind: 'open' | 'close' | 'empty';
  readonly name: string;
  readonly attributes: string;
  readonly start: number;
  readonly end: number;
}

/** An element of a parsed part: name with its WordprocessingML prefix made `w:`, attributes likewise. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
}

const tagPattern = /<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const skipped: readonly (readonly [string, string])[] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];

/** The tags of an XML text in order; throws on a tag it cannot read. */
export function* xmlTags(xml: string): Generator<XmlTag> {
  let at = xml.indexOf('<');
  while (at !== -1) {
    const skip = skipped.find(([open]) => xml.startsWith(open, at));
    if (skip) {
      const close = xml.indexOf(skip[1], at + skip[0].length);
      if (close === -1) throw new Error(`unterminated ${skip[0]} at ${at}`);
      at = xml.indexOf('<', close + skip[1].length);
      continue;
    }
    tagPattern.lastIndex = at;
    const m = tagPattern.exec(xml);
    if (!m || (m[1] && m[4])) throw new Error(`malformed tag at ${at}`);
    const kind = m[1] ? 'close' : m[4] ? 'empty' : 'open';
    yield { kind, name: m[2], attributes: m[3], start: at, end: tagPattern.lastIndex };
    at = xml.indexOf('<', tagPattern.lastIndex);
  }
}

const entities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** An attribute value or text with its character references resolved. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return entities[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text made safe to stand in an element's content. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The attributes of a tag, by name as written. */
export function attributesOf(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], decodeXml(m[2] ?? m[3]));
  return out;
}

const wordNamespaces = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];

/** The prefix a part's root binds to WordprocessingML (`w` unless declared otherwise; '' for a default namespace). */
export function wordPrefix(xml: string): string {
  const root = xmlTags(xml).next().value;
  if (!root) throw new Error('no root element');
  for (const [name, value] of attributesOf(root.attributes)) {
    if (!wordNamespaces.includes(value)) continue;
    if (name === 'xmlns') return '';
    if (name.startsWith('xmlns:')) return name.slice('xmlns:'.length);
  }
  return 'w';
}

/** A name in the part's spelling → its `w:` form (names of other namespaces unchanged). */
export function canonicalName(name: string, prefix: string): string {
  if (prefix === '') return name.includes(':') ? name : `w:${name}`;
  return name.startsWith(`${prefix}:`) ? `w:${name.slice(prefix.length + 1)}` : name;
}

/** A short part as an element tree, names made `w:`; throws when tags do not nest. */
export function parseXmlTree(xml: string): XmlElement {
  const prefix = wordPrefix(xml);
  const named = (raw: string) => canonicalName(raw, prefix);
  interface Open {
    readonly name: string;
    readonly raw: string;
    readonly attributes: Map<string, string>;
    readonly children: XmlElement[];
  }
  const stack: Open[] = [{ name: '', raw: '', attributes: new Map(), children: [] }];
  for (const tag of xmlTags(xml)) {
    const top = stack[stack.length - 1];
    if (tag.kind === 'close') {
      if (stack.length === 1 || top.raw !== tag.name) throw new Error(`unexpected </${tag.name}> at ${tag.start}`);
      stack.pop();
      stack[stack.length - 1].children.push(top);
      continue;
    }
    const attributes = new Map([...attributesOf(tag.attributes)].map(([k, v]) => [named(k), v] as const));
    const element = { name: named(tag.name), raw: tag.name, attributes, children: [] };
    if (tag.kind === 'empty') top.children.push(element);
    else stack.push(element);
  }
  const [root] = stack[0].children;
  if (stack.length !== 1 || !root) throw new Error('unclosed or empty document');
  return root;
}

/** The first child of an element with a name. */
export const childNamed = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((c) => c.name === name);

/** The `w:val` of an element's child, as the many single-value WordprocessingML properties hold it. */
export const valOf = (element: XmlElement | undefined, name: string): string | undefined =>
  childNamed(element, name)?.attributes.get('w:val');
