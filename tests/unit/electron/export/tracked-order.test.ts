import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../shared/parse/index';
import { trackedParagraphs } from '../../../../electron/main/services/export/index';

const seed = (name: string) =>
  parseDocument(readFileSync(new URL(`../../../../seeds/${name}.txt`, import.meta.url), 'utf8'), { fileName: `${name}.txt` });

describe('the tracked document’s order', () => {
  const city = seed('zhumadian-2024-h2-economy-measures');
  const district = seed('district-2024-h2-measures-draft');

  it('opens under B’s first heading, even when A’s first measures have no counterpart', () => {
    const paragraphs = trackedParagraphs(city, district);
    expect(paragraphs[0].heading).toBe(district.units[0].path.join('\n'));
    // 驻马店's measure 1 has no counterpart in the draft: it is deleted under that heading, not above it
    expect(paragraphs[0].units.map((u) => u.doc)).toEqual([0]);
  });

  it('holds every unit of both documents once, each side in its own order', () => {
    const paragraphs = trackedParagraphs(city, district);
    for (const [doc, parsed] of [
      [0, city],
      [1, district],
    ] as const) {
      const ids = paragraphs.flatMap((p) => p.units.filter((u) => u.doc === doc).map((u) => u.unit.id));
      expect(ids).toEqual(parsed.units.map((u) => u.id));
    }
  });
});
