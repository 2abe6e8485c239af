/**
 * `search <query> [--corpus <dir>] [--region R] [--year Y] [--kind K] [--section S] [--office O] [--limit N] [--json]`:
 * every unit (and title, preamble, heading, closing) containing the query; approximate hits only when there is none.
 */
import type { CliArgs } from '../args';
import { intOption } from '../args';
import { InputError } from '../../../shared/errors';
import type { SearchFilters, SearchHit, SearchResult } from '../../../shared/model/comparison';
import { buildTextIndex, hitHeading, searchCorpus } from '../../../shared/engine/index';
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

const listed = (hits: readonly SearchHit[]) => hits.map((h, i) => `${i + 1}. ${h.doc} ${hitHeading(h)}\n   ${marked(h)}`).join('\n');

/** A result as text for a person at a terminal: exact hits, or 近似匹配 under its own heading. */
export function resultText(result: SearchResult): string {
  if (result.exact.length > 0) {
    const more =
      result.stopped === 'limit'
        ? `\n(共 ${result.exactTotal} 处,只列出前 ${result.exact.length} 处 / ${result.exactTotal} hits, first ${result.exact.length} shown)`
        : '';
    return listed(result.exact) + more;
  }
  const none = `没有完全匹配的结果 / no exact hits: ${result.query}`;
  if (result.fuzzy.length === 0) return none;
  const ask = result.suggestion ? `\n您是不是要找:${result.suggestion}` : '';
  return `${none}${ask}\n近似匹配 / approximate:\n${listed(result.fuzzy)}`;
}

/** Runs `search`. */
export async function run(args: CliArgs): Promise<number> {
  const query = args.positionals.join(' ').trim();
  if (!query)
    throw new InputError(
      'missing-argument',
      '请给出查询词:search <query> [--corpus <dir>] [--json]',
      'give a query: search <query> [--corpus <dir>] [--json]',
    );
  const limit = intOption(args, 'limit', 20);
  const year = args.options.has('year') ? intOption(args, 'year', 0) : undefined;
  const text = (k: string) => (args.options.get(k) ? { [k]: args.options.get(k) } : {});
  const filters: SearchFilters = {
    ...text('region'),
    ...(year !== undefined ? { year } : {}),
    ...text('kind'),
    ...text('section'),
    ...text('office'),
  };
  // the query is read (and refused) before the corpus is loaded
  searchCorpus(buildTextIndex([]), query);
  const corpus = await loadCorpusDir(args.options.get('corpus') ?? defaultSeedsDir());
  const index = buildTextIndex(corpus.map((d) => ({ id: d.id, parsed: d.parsed, text: d.text })));
  const result = searchCorpus(index, query, { filters, limit });
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(result) + '\n');
  else process.stdout.write(resultText(result) + '\n');
  return 0;
}
