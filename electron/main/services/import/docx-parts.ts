/**
 * Where a .docx keeps its main document, numbering and styles, read from its
 * relationships as mammoth reads them (usually word/document.xml,
 * word/numbering.xml, word/styles.xml; other writers may name them otherwise).
 */
import { attributesOf, xmlTags } from './docx-xml';

/** Paths inside the zip; numbering and styles may be absent. */
export interface DocxParts {
  readonly document: string;
  readonly numbering?: string;
  readonly styles?: string;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

function relationships(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  const out: Relationship[] = [];
  for (const tag of xmlTags(xml)) {
    const a = attributesOf(tag.attributes);
    if (tag.kind !== 'close' && /(^|:)Relationship$/.test(tag.name) && a.get('TargetMode') !== 'External') {
      out.push({ type: a.get('Type') ?? '', target: a.get('Target') ?? '' });
    }
  }
  return out;
}

/** A relationship target resolved against the folder of the part that names it. */
function resolvePath(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const s of target.split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

const ofType = (rels: readonly Relationship[], type: string) => rels.find((r) => r.type.endsWith(`/${type}`))?.target;

/** The parts numbering needs; `read` gives a zip entry's text or undefined when missing. */
export async function findDocxParts(read: (path: string) => Promise<string | undefined>): Promise<DocxParts> {
  const mainTarget = ofType(relationships(await read('_rels/.rels')), 'officeDocument');
  const document = mainTarget ? resolvePath('', mainTarget) : 'word/document.xml';
  const slash = document.lastIndexOf('/');
  const folder = document.slice(0, slash + 1);
  const rels = relationships(await read(`${folder}_rels/${document.slice(slash + 1)}.rels`));
  const related = (type: string) => {
    const target = ofType(rels, type);
    return target === undefined ? undefined : resolvePath(folder, target);
  };
  return { document, numbering: related('numbering'), styles: related('styles') };
}
