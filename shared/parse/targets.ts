/**
 * Targets: the quantities a unit commits to (`力争认定省级创新平台30家以上`
 * → metric 省级创新平台, 30, 家, 以上), with ranges (2-3名, 3至5项) and
 * deadlines (6月底前). Read on the matching form of the text, so broken lines
 * and `3.5 亿元` spacing do not matter; spans index the original text.
 */
import type { Span, Target } from '../model/document';
import { foldForMatch, type FoldedText } from '../text/normalize';
import { targetUnits, unitAlternation } from '../text/measure-units';

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const RANGE = String.raw`(?:(?:-{1,2}|~|至|到)(\d+(?:\.\d+)?))?`;
const QUALIFIER_AFTER = '(以上|以下|左右|以内|上下)?';
const target = new RegExp(`(?<![\\d.A-Za-z])${NUMBER}${RANGE}(${unitAlternation(targetUnits)})${QUALIFIER_AFTER}`, 'g');
const deadlines = /(\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|以前|之前)|年底前|年内|年底)/g;
const qualifierBefore = /(不低于|不少于|不小于|不超过|不高于|超过|达到|突破|达)$/;
const timeWords = /(到|至|在)?\d{4}年(底|末)?(前)?|\d{1,2}月(底|末|中旬|上旬|下旬)?(前|以前|之前)?|上半年|下半年|年底前|年内|全年/g;
const leadWords =
  /^(力争|落实|确保|争取|全年|累计|新增|新培育|培育|认定|实现|完成|发放|建成|新建|打造|引进|开工|推动|全市|全区|年内|其中|总计|总数|共|再|累计|力促|促进|支持|新认定|新引进|新开工|实施|开展|组织|举办|建设|将|依托|加快推进|推进|有序推动|扎实推进|帮助)/;
const trailWords = /(分别|达到|达|超过|不低于|不少于|不小于|不高于|不超过|突破|为|增长|提高到|提升到|增加|控制在|至|到|在|的|约|近|共)$/;
const boundary = /[,。;:!?()[\]/]/;
/** what may stand between quantities printed one after another */
const quantityGap = /^(?:、|,|和|及)$/;
const respectively = /分别(?:达到|达|为|提高到|提升到|增长|增加|控制在|不低于|不少于|超过|突破)?$/;
/** a short aside in brackets inside a name: 技能人才(取证), 智能工厂(车间), 招录〔聘〕 */
const aside = /[(〔][^()〔〕\d]{1,6}[)〕]/g;
const asideAtEnd = new RegExp(`${aside.source}$`);

/** True when a text holds a digit, ASCII or full-width (the matching form folds only these to digits, and every target's quantity starts with one); read by code, no copy made. */
function holdsDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** The targets of a unit whose text starts at `offset` in the source. */
export function readTargets(text: string, offset: number): Target[] {
  if (!holdsDigit(text)) return [];
  const folded = foldForMatch(text);
  const out: Target[] = [];
  /** where each target's quantity sits in the folded text */
  const found: { at: number; end: number }[] = [];
  let previousEnd = -10;
  for (const m of folded.text.matchAll(target)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const unit = m[3];
    if (
      (unit === '人' || unit === '次' || unit === '天' || unit === '亿') &&
      !m[4] &&
      !/达|超|突破/.test(folded.text.slice(Math.max(0, at - 3), at))
    )
      continue;
    const made = makeTarget(text, folded, offset, at, end, m, Math.max(0, previousEnd));
    const previous = out[out.length - 1];
    const shared = made.metric === '' && previous && at - previousEnd <= 2;
    out.push(shared ? { ...made, metric: previous.metric } : made);
    found.push({ at, end });
    previousEnd = end;
  }
  for (const run of quantityRuns(folded.text, found)) {
    const names = enumeratedNames(text, folded, found[run[0]].at, run.length);
    // each quantity then stands alone: its text is `70%以上`, not the clause of the last name before it
    names?.forEach((metric, k) => {
      const span = originalSpan(text, folded, offset, found[run[k]].at, found[run[k]].end);
      out[run[k]] = { ...out[run[k]], metric, text: text.slice(span.start - offset, span.endExclusive - offset), span };
    });
  }
  return out;
}

/** Runs of two or more quantities printed one after another (`70%以上、40%以上、50%以上`), as indices. */
function quantityRuns(folded: string, found: readonly { at: number; end: number }[]): number[][] {
  const runs: number[][] = [];
  found.forEach((f, i) => {
    const run = runs[runs.length - 1];
    if (i > 0 && run?.[run.length - 1] === i - 1 && quantityGap.test(folded.slice(found[i - 1].end, f.at))) run.push(i);
    else runs.push([i]);
  });
  return runs.filter((r) => r.length > 1);
}

/**
 * `开工率、投产率、达效率分别达到` before n quantities: the n things listed
 * before 分别, in order; undefined when the text does not read that way.
 * Folding turns 、 into `,`, so the list's separators are read from the original text.
 */
function enumeratedNames(text: string, folded: FoldedText, before: number, n: number): string[] | undefined {
  const head = folded.text.slice(0, before);
  const lead = respectively.exec(head);
  if (!lead) return undefined;
  const isListComma = (i: number): boolean => text[folded.offsets[i]] === '、';
  const cuts = [lead.index];
  let start = lead.index;
  for (; start > 0; start--) {
    if (isListComma(start - 1)) cuts.unshift(start - 1);
    else if (boundary.test(head[start - 1])) break;
  }
  const pieces = cuts.map((cut, k) => head.slice(k === 0 ? start : cuts[k - 1] + 1, cut));
  // the last two may be joined by 和/及 instead of 、 (开工率、投产率和达效率)
  if (pieces.length === n - 1) pieces.push(...pieces.pop()!.split(/和|及/));
  // only the first piece carries the clause's verb (争取…); the rest are names as listed
  const names = pieces.map((piece, k) => (k === 0 ? countedThing(piece) : piece.replace(aside, '').replace(/["《》]/g, ''))).slice(-n);
  return names.length === n && names.every((name) => name.length >= 2) ? sharedTail(names) : undefined;
}

/**
 * `城市、农村普通人群知晓率` / `失业保险和工伤保险参保人数`: short names of one
 * length before a longer last one share its tail (城市普通人群知晓率, 农村普通人群知晓率).
 */
function sharedTail(names: readonly string[]): string[] {
  const heads = names.slice(0, -1);
  const last = names[names.length - 1];
  const width = heads[0].length;
  if (width > 4 || heads.some((h) => h.length !== width) || last.length < width + 2) return [...names];
  const tail = last.slice(width);
  return [...heads.map((h) => h + tail), last];
}

function makeTarget(text: string, folded: FoldedText, offset: number, at: number, end: number, m: RegExpMatchArray, floor: number): Target {
  const before = phraseBefore(folded.text, at, floor);
  const pre = qualifierBefore.exec(before.raw);
  const after = phraseAfter(folded.text, end);
  const useBefore = before.metric.length >= 4 || (before.metric.length >= 2 && after.length < 2);
  const metric = useBefore ? before.metric : after || before.metric;
  const from = useBefore ? before.start : at;
  const span = originalSpan(text, folded, offset, from, end);
  const dl = deadlineNear(folded, text, at);
  return {
    text: text.slice(span.start - offset, span.endExclusive - offset),
    metric,
    value: Number(m[1]),
    ...(m[2] !== undefined ? { valueMax: Number(m[2]) } : {}),
    unit: m[3],
    qualifier: m[4] ?? (pre ? pre[1] : ''),
    ...(dl ? { deadline: dl } : {}),
    span,
  };
}

/** The clause before a number, and the counted thing in it with verbs and qualifiers stripped. */
function phraseBefore(folded: string, at: number, floor: number): { raw: string; metric: string; start: number } {
  let start = at;
  while (start > floor && at - start < 24) {
    const skipped = asideAtEnd.exec(folded.slice(Math.max(floor, start - 8), start));
    if (skipped) start -= skipped[0].length;
    else if (boundary.test(folded[start - 1])) break;
    else start--;
  }
  const raw = folded.slice(start, at);
  const metric = countedThing(raw);
  const strippedLead = raw.indexOf(metric.slice(0, 1));
  return { raw, metric, start: strippedLead >= 0 && metric ? start + strippedLead : start };
}

/** The counted thing in a phrase: asides, quotes, time words, verbs and qualifiers stripped. */
function countedThing(raw: string): string {
  let metric = raw
    .replace(aside, '')
    .replace(/["《》]/g, '')
    .replace(timeWords, '');
  for (let k = 0; k < 4; k++) metric = metric.replace(leadWords, '').replace(trailWords, '');
  return metric;
}

/** The words after a quantity, for `落实18条专精特新产业链` style phrasing. */
function phraseAfter(folded: string, end: number): string {
  let stop = end;
  while (stop < folded.length && stop - end < 16 && !boundary.test(folded[stop])) stop++;
  return folded
    .slice(end, stop)
    .replace(/["《》]/g, '')
    .replace(timeWords, '');
}

function originalSpan(text: string, folded: FoldedText, offset: number, from: number, end: number): Span {
  const start = folded.offsets[from] ?? 0;
  const last = folded.offsets[end - 1] ?? text.length - 1;
  return { start: offset + start, endExclusive: offset + last + 1 };
}

/** The deadline printed nearest the quantity in its sentence, as printed. */
function deadlineNear(folded: FoldedText, text: string, at: number): string | undefined {
  const window = 160;
  let s = at;
  while (s > 0 && at - s < window && folded.text[s - 1] !== '。') s--;
  let e = at;
  while (e < folded.text.length && e - at < window && folded.text[e] !== '。') e++;
  const sentence = folded.text.slice(s, e);
  let best: { index: number; length: number } | null = null;
  for (const m of sentence.matchAll(deadlines)) {
    const index = s + (m.index ?? 0);
    if (!best || Math.abs(index - at) < Math.abs(best.index - at)) best = { index, length: m[0].length };
  }
  if (!best) return undefined;
  const a = folded.offsets[best.index];
  const b = folded.offsets[best.index + best.length - 1];
  return text.slice(a, b + 1).replace(/\s+/g, '');
}
