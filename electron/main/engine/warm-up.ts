/**
 * Warm-up: the first compare in a process is several times slower than the
 * next (V8 has not compiled the hot code, the segmenter has not loaded its
 * dictionary). At start the engine runs its work on the bundled documents (or
 * generated measures) in the background, so the user's first compare runs warm.
 */
import { parseDocument } from '../../../shared/parse/index';
import {
  buildCorpusIndex,
  buildTextIndex,
  checkDraft,
  compareDocuments,
  searchCorpus,
  type CorpusIndex,
} from '../../../shared/engine/index';

/** Rounds of the warm-up work: V8 optimises a function after it has run hot a few times. */
const rounds = 4;

const topics = [
  '推进重大项目建设',
  '支持企业技术改造',
  '扩大有效投资',
  '促进消费回升',
  '优化营商环境',
  '加强要素保障',
  '稳定外贸外资',
  '强化就业服务',
  '推动设备更新',
  '培育专精特新企业',
  '加快数字化转型',
  '保障能源供应',
  '提升科技创新能力',
  '促进房地产平稳发展',
  '做好民生兜底',
  '加强安全生产',
];
const actions = ['统筹用好专项资金', '建立重点项目清单', '落实减税降费政策', '开展精准帮扶', '完善考核评价机制', '强化督导检查'];
const units = ['亿元', '家', '%', '个', '万人'];

/** A generated measures document: numbered sections and measures with targets, responsible units and dates. */
function generatedDocument(level: '市' | '区', variant: number): string {
  const lines = [`关于印发${level}稳经济若干措施的通知`, '', `各${level}直有关单位:`, '', '一、扩大有效需求', ''];
  topics.forEach((topic, i) => {
    const value = (i + 1) * (variant + 2);
    const unit = units[i % units.length];
    lines.push(
      `${i + 1}.${topic}。全年完成投资${value}${unit}以上,力争${6 + (i % 6)}月底前新增${value + variant}${unit}。` +
        `${actions[(i + variant) % actions.length]},${actions[(i * 5 + variant) % actions.length]},确保各项任务落地见效。` +
        `${i % 2 === variant % 2 ? '统筹用好专项资金,' : ''}全${level}各有关部门按职责分工负责。(${level}发展改革委、${level}财政局负责)`,
    );
    if (i === 7) lines.push('', '二、强化政策保障', '');
  });
  return lines.join('\n');
}

/**
 * Runs parse, compare, index, check and search: on `documents` (the bundled
 * corpus, what the user compares first) when given, else on generated ones.
 * Returns how long it took (ms).
 */
export function warmUpEngine(documents: readonly { readonly text: string; readonly fileName: string }[] = []): { readonly ms: number } {
  const t0 = performance.now();
  for (let round = 0; round < rounds; round++) {
    const texts = documents.length >= 2 ? documents.slice(0, 3) : generatedTexts(round);
    const docs = texts.map(({ text, fileName }) => parseDocument(text, { fileName }));
    compareDocuments(docs);
    const index = buildCorpusIndex(docs.slice(1).map((parsed, i) => ({ id: `warm-up-${i}`, parsed })));
    checkDraft(index, docs[0], { top: 3 });
    searchCorpus(buildTextIndex(docs.map((parsed, i) => ({ id: `warm-up-${i}`, parsed, text: texts[i].text }))), '技术改造');
  }
  return { ms: performance.now() - t0 };
}

function generatedTexts(round: number): Array<{ text: string; fileName: string }> {
  return [generatedDocument('市', round), generatedDocument('区', round + 1), generatedDocument('市', round + 2)].map((text, i) => ({
    text,
    fileName: `warm-up-${i}.txt`,
  }));
}

/** Checks the index warm-up runs: the first deoptimises what the seeds' warm-up compiled (the index's documents have other shapes), the next ones re-optimise it for both; with five, the user's first check met 0–1 deoptimisations at 2,000 documents (3 with three rounds, pairDocuments among them, whose recompile takes ~280 ms). */
export const indexWarmUpRounds = 5;

/**
 * One round of the index warm-up: a document of the index, the `round`-th of `rounds` spread through it, checked as a
 * new draft is (left out of its own check, so its candidates and gap search are other documents'). Returns its ms.
 */
export function warmUpIndexRound(index: CorpusIndex, round: number, rounds = indexWarmUpRounds): number {
  const t0 = performance.now();
  const sample = index.docs[Math.floor(((round + 1) * index.docs.length) / (rounds + 1))];
  if (sample && sample.parsed.units.length > 0) checkDraft(index, sample.parsed, { top: 3, excludeDocIds: [sample.id] });
  return performance.now() - t0;
}

/**
 * Checks against a freshly built or restored `index`, of documents of its own: the first check over a large index
 * pays for compiling at that size and for the shapes of its documents (deoptimising what the seeds' warm-up had
 * compiled), several times a warm check; run at start, the user's first check does not. All rounds at once.
 */
export function warmUpIndex(index: CorpusIndex, rounds = indexWarmUpRounds): { readonly ms: number } {
  let ms = 0;
  for (let round = 0; round < rounds; round++) ms += warmUpIndexRound(index, round, rounds);
  index.forgetFeatures();
  return { ms };
}

/**
 * The index warm-up in the background: one round per turn of the event loop, starting after the current one, so a
 * request that arrives meanwhile waits one round at most; stops when `wanted()` turns false (the index was replaced,
 * or a check ran and warmed it).
 */
export async function warmUpIndexInBackground(
  index: CorpusIndex,
  wanted: () => boolean,
  rounds = indexWarmUpRounds,
): Promise<{ readonly ms: number; readonly rounds: number }> {
  let ms = 0;
  let done = 0;
  for (; done < rounds; done++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!wanted()) break;
    ms += warmUpIndexRound(index, done, rounds);
  }
  // what the rounds cached is of documents the user did not check (a check that came meanwhile keeps its own)
  if (done === rounds) index.forgetFeatures();
  return { ms, rounds: done };
}
