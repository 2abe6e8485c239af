import { describe, expect, it } from 'vitest';
import { buildTextIndex, searchCorpus } from '../../../../../shared/engine/index';
import { restoreTextIndex, saveTextIndex } from '../../../../../shared/engine/index/saved-index';
import { parseDocument } from '../../../../../shared/parse/index';
import { seed, seedFiles, type SeedName } from '../../../../fixtures/align/seeds';
import { seedText } from '../../../../fixtures/parse/seeds';

const names = Object.keys(seedFiles) as SeedName[];
const corpus = names.map((name) => ({ id: seedFiles[name].replace(/\.txt$/, ''), parsed: seed(name), text: seedText(name) }));
const options = { segmentDocs: 2, maxSegments: 24 };
const queries = ['市发改委', '40亿元', '双过半', '设被更新', '矿'];

describe('the saved search index', () => {
  it('restores from its bytes an index that answers exactly as the one saved, indexing nothing', () => {
    const built = buildTextIndex(corpus, options);
    const restored = restoreTextIndex(saveTextIndex(built), corpus, options);
    expect(restored).toMatchObject({ reused: corpus.length, indexed: 0 });
    for (const q of queries) expect(searchCorpus(restored.index, q, { limit: 2000 })).toEqual(searchCorpus(built, q, { limit: 2000 }));
  });

  it('indexes only the documents after the first one that changed or was added', () => {
    const saved = saveTextIndex(buildTextIndex(corpus.slice(0, 4), options));
    const grown = restoreTextIndex(saved, corpus, options);
    expect(grown).toMatchObject({ reused: 4, indexed: 1 });
    const changed = corpus.map((d, i) => {
      if (i !== 3) return d;
      const text = d.text.replace(/。/, '。另行补充一句。');
      return { ...d, text, parsed: parseDocument(text, { fileName: `${d.id}.txt` }) };
    });
    // segments of two documents: the change in the fourth reuses the first segment only
    expect(restoreTextIndex(saveTextIndex(buildTextIndex(corpus, options)), changed, options)).toMatchObject({ reused: 2, indexed: 3 });
    for (const q of queries)
      expect(searchCorpus(grown.index, q, { limit: 2000 })).toEqual(searchCorpus(buildTextIndex(corpus), q, { limit: 2000 }));
  });

  it('treats bytes that are not a saved index as none: everything is indexed, nothing thrown', () => {
    const good = saveTextIndex(buildTextIndex(corpus, options));
    for (const bad of [new Uint8Array(0), new Uint8Array([1, 0, 0, 0, 200, 0, 0, 0, 7]), good.subarray(0, good.length >> 1)]) {
      expect(restoreTextIndex(bad, corpus, options)).toMatchObject({ reused: 0, indexed: corpus.length });
    }
  });

  it('keeps the index of a document changed only outside what it indexes (web-page chrome after the closing)', () => {
    const saved = saveTextIndex(buildTextIndex(corpus, options));
    const chrome = corpus.map((d) => ({ ...d, text: `${d.text}\n分享到:微信 微博` }));
    expect(restoreTextIndex(saved, chrome, options)).toMatchObject({ reused: corpus.length, indexed: 0 });
  });

  it('indexes again a document whose text is the same but is read into other fields (a newer parser)', () => {
    const saved = saveTextIndex(buildTextIndex(corpus, options));
    // the same text and as many units, the boundary between the first two read elsewhere: the saved places no longer fit
    const reread = corpus.map((d, i) => {
      if (i !== 0) return d;
      const [a, b, ...rest] = d.parsed.units;
      return {
        ...d,
        parsed: { ...d.parsed, units: [{ ...a, text: a.text + b.text.slice(0, 2) }, { ...b, text: b.text.slice(2) }, ...rest] },
      };
    });
    expect(restoreTextIndex(saved, reread, options)).toMatchObject({ reused: 0, indexed: corpus.length });
  });
});
