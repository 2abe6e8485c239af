/**
 * `search <query> [--corpus <dir>] [--region R] [--year Y] [--kind K] [--section S] [--limit N] [--json]`:
 * ranked units of the corpus with highlighted snippets.
 */
import type { CliArgs } from '../args';
import { intOption } from '../args';
import { InputError } from '../../../shared/errors';
import type { SearchFilters, SearchHit } from '../../../shared/model/comparison';
import { buildCorpusIndex, searchCorpus } from '../../../shared/engine/index';
import { defaultSeedsDir, loadCorpusDir } from '../../main/services/corpus';

function marked(hit: SearchHit): string {
  let out = '';
  let at = 0;
  for (const h of hit.highlights) {
    out += hit.snippet.slice(at, h.start) + '【' + hit.snippet.slice(h.start, h.endExclusive) + '】';
    at = h.endExclusive;
  }
  return (out + hit.snippet.slice(at)).replace(/\s+/g, ' ');
}

/** Hits as text for a person at a terminal. */
export function hitsText(query: string, hits: readonly SearchHit[]): string {
  if (hits.length === 0) return `没有结果 / no hits: ${query}`;
  return hits.map((h, i) => `${i + 1}. ${h.score.toFixed(2)} ${h.doc} ${h.label} ${h.title}\n   ${marked(h)}`).join('\n');
}

/** Runs `search`. */
export async function run(args: CliArgs): Promise<number> {
  const query = args.positionals.join(' ').trim();
  if (!query) throw new InputError('missing-argument', '请给出查询词:search <query> [--corpus <dir>] [--json]', 'give a query: search <query> [--corpus <dir>] [--json]');
  const year = args.options.has('year') ? intOption(args, 'year', 0) : undefined;
  const filters: SearchFilters = {
    ...(args.options.get('region') ? { region: args.options.get('region') } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(args.options.get('kind') ? { kind: args.options.get('kind') } : {}),
    ...(args.options.get('section') ? { section: args.options.get('section') } : {}),
  };
  const corpus = await loadCorpusDir(args.options.get('corpus') ?? defaultSeedsDir());
  const index = buildCorpusIndex(corpus.map((d) => ({ id: d.id, parsed: d.parsed })));
  const hits = searchCorpus(index, query, { filters, limit: intOption(args, 'limit', 20) });
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(hits) + '\n');
  else process.stdout.write(hitsText(query, hits) + '\n');
  return 0;
}
