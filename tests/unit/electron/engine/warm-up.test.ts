import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../../shared/engine/index/corpus-index';
import { parseDocument } from '../../../../shared/parse/index';
import { indexWarmUpRounds, warmUpIndex, warmUpIndexInBackground, warmUpIndexRound } from '../../../../electron/main/engine/warm-up';

const seedsDir = join(process.cwd(), 'seeds');
const corpus = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, parsed: parseDocument(readFileSync(join(seedsDir, f), 'utf8'), { fileName: f }) }));

describe('index warm-up', () => {
  it('checks documents of the index as new drafts, leaving each out of its own check', () => {
    const index = buildCorpusIndex(corpus);
    expect(warmUpIndexRound(index, 0)).toBeGreaterThan(0);
    // the check scored other documents' units (their features are now cached)
    expect(index.cachedFeatures).toBeGreaterThan(0);
    // an index of one document: checked without itself, its check finds nothing to score
    const lone = buildCorpusIndex(corpus.slice(0, 1));
    warmUpIndexRound(lone, 0, 1);
    expect(lone.cachedFeatures).toBe(0);
  });

  it('leaves no features behind: they are of documents the user did not check', async () => {
    const index = buildCorpusIndex(corpus);
    expect(warmUpIndex(index).ms).toBeGreaterThan(0);
    expect(index.cachedFeatures).toBe(0);
    await warmUpIndexInBackground(index, () => true);
    expect(index.cachedFeatures).toBe(0);
  });

  it('runs in the background a round per turn, none before the caller goes on, and stops when it is no longer wanted', async () => {
    const index = buildCorpusIndex(corpus);
    let asked = 0;
    const all = warmUpIndexInBackground(index, () => ++asked > 0);
    expect(asked).toBe(0);
    expect((await all).rounds).toBe(indexWarmUpRounds);
    let left = 2;
    const stopped = await warmUpIndexInBackground(index, () => left-- > 0);
    expect(stopped.rounds).toBe(2);
  });
});
