import { describe, expect, it } from 'vitest';
import { findDocxParts } from '../../../../electron/main/services/import/docx-parts';

const rels = (...items: string[]) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
const rel = (type: string, target: string, extra = '') =>
  `<Relationship Id="r${type}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${extra}/>`;

describe('findDocxParts', () => {
  it('follows the package and document relationships, absolute and relative targets alike', async () => {
    const files: Record<string, string> = {
      '_rels/.rels': rels(rel('officeDocument', '/word/main.xml')),
      'word/_rels/main.xml.rels': rels(
        rel('hyperlink', 'https://example.org/numbering', ' TargetMode="External"'),
        rel('numbering', 'lists/numbering.xml'),
        rel('styles', '../shared/./styles.xml'),
      ),
    };
    const parts = await findDocxParts(async (path) => files[path]);
    expect(parts).toEqual({ document: 'word/main.xml', numbering: 'word/lists/numbering.xml', styles: 'shared/styles.xml' });
  });

  it('assumes word/document.xml when the package names no main document, and no numbering when none is related', async () => {
    expect(await findDocxParts(async () => undefined)).toEqual({ document: 'word/document.xml', numbering: undefined, styles: undefined });
  });
});
