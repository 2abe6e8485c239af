/** The assignment thresholds, as they were named before the alignment took one options object (see options.ts). */
import { defaultAlignOptions } from './options';

/** Thresholds of the assignment (on the calibrated 0..1 scale): the defaults of `AlignOptions`. */
export const alignThresholds = {
  match: defaultAlignOptions.match,
  mutual: defaultAlignOptions.mutual,
  mutualMargin: defaultAlignOptions.mutualMargin,
  mergePart: defaultAlignOptions.mergePart,
  mergeGain: defaultAlignOptions.mergeGain,
  orderBonus: defaultAlignOptions.orderBonus,
} as const;
