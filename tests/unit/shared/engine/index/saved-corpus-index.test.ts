import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../../shared/engine/index';
import { buildCorpusIndex, corpusIndexTunables } from '../../../../../shared/engine/index/corpus-index';
import { restoreCorpusIndex, saveCorpusIndex } from '../../../../../shared/engine/index/saved-corpus-index';
import { seed, seedFiles, type SeedName } from '../../../../fixtures/align/seeds';

const names = (Object.keys(seedFiles) as SeedName[]).filter((n) => n !== 'district');
const corpus = names.map((name) => ({ id: seedFiles[name].replace(/\.txt$/, ''), parsed: seed(name) }));
const draft = seed('district');

describe('saved check index', () => {
  const built = buildCorpusIndex(corpus);
  const bytes = saveCorpusIndex(built);

  it('restores an index that checks a draft exactly as the one it was saved from', () => {
    const restored = restoreCorpusIndex(bytes, corpus);
    expect(restored).not.toBeNull();
    expect(checkDraft(restored!, draft, { top: 3 })).toEqual(checkDraft(built, draft, { top: 3 }));
  });

  it('restores from bytes that do not start on a 4-byte boundary (a slice of a file buffer)', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const restored = restoreCorpusIndex(shifted.subarray(1), corpus);
    expect(checkDraft(restored!, draft, { top: 1 })).toEqual(checkDraft(built, draft, { top: 1 }));
  });

  it('refuses the bytes for documents whose text changed, or that came or went', () => {
    const [first, ...rest] = corpus;
    const units = first.parsed.units.map((u, i) => (i === 3 ? { ...u, text: u.text + '另行通知。' } : u));
    expect(restoreCorpusIndex(bytes, [{ ...first, parsed: { ...first.parsed, units } }, ...rest])).toBeNull();
    expect(restoreCorpusIndex(bytes, rest)).toBeNull();
    expect(restoreCorpusIndex(bytes, [...rest, first])).toBeNull();
  });

  it('refuses damaged bytes and bytes built with other tunables', () => {
    expect(restoreCorpusIndex(bytes.subarray(0, bytes.length - 8), corpus)).toBeNull();
    expect(restoreCorpusIndex(new Uint8Array(16), corpus)).toBeNull();
    const damaged = bytes.slice();
    damaged[0] ^= 0xff;
    expect(restoreCorpusIndex(damaged, corpus)).toBeNull();
    expect(restoreCorpusIndex(bytes, corpus, { ...corpusIndexTunables, commonShare: 0.2 })).toBeNull();
  });

  it('refuses a file of the first format (varint postings), which the next start rebuilds', () => {
    const first = bytes.slice();
    first.set([0x50, 0x43, 0x49, 0x31]); // "PCI1"
    expect(restoreCorpusIndex(first, corpus)).toBeNull();
  });
});
