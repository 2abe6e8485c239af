/**
 * When a pair reads as rewritten rather than edited: so little of the other
 * text is unchanged that a word diff would be noise, or the pair was made for
 * its matter, not its wording (a similarity below the 同事项 floor: two cities'
 * measures on one matter, whose common characters are the genre's 的 and 企业).
 * The compare view and the 对照表 both show such a pair as plain text, with a
 * remark, by this one rule.
 */
import type { DiffOp } from '../../model/comparison';
import { defaultTierThresholds } from '../align/tiers';

/** Below this share of unchanged characters (of the other text) a pair reads as rewritten. */
export const rewriteShare = 0.35;

/** Share of the other text's characters that the diff keeps unchanged; 1 for an empty text. */
export function sharedShare(ops: readonly DiffOp[]): number {
  let same = 0;
  let all = 0;
  for (const op of ops) {
    if (op.op === 'equal') same += op.text.length;
    if (op.op !== 'delete') all += op.text.length;
  }
  return all === 0 ? 1 : same / all;
}

/** True when the diff's ops read as a rewrite, not as edits; `score`: the pair's similarity, when known. */
export function isRewritten(ops: readonly DiffOp[], score = 1): boolean {
  return score < defaultTierThresholds.sameMatter || sharedShare(ops) < rewriteShare;
}
