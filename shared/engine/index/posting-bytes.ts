/**
 * Numbers as bytes: LEB128 varints (7 bits a byte, high bit = more follows),
 * for the index build's stream of each unit's term ids; and the posting lists
 * themselves as Golomb–Rice-coded gaps between ascending unit numbers (below).
 */

/** Bytes the varint of `value` (≥ 0, < 2^35) takes. */
export function varintLength(value: number): number {
  let n = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    n++;
  }
  return n;
}

/** Writes the varint of `value` at `at`; returns the offset after it. */
export function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    bytes[at++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 0x80);
  }
  bytes[at++] = value;
  return at;
}

/** A growing byte buffer of varints, read back in order with `ByteReader`. */
export class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  /** Appends the varint of `value`. */
  push(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length = writeVarint(this.bytes, this.length, value);
  }
}

/** Reads varints from `bytes` in order. */
export class ByteReader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}

  /** The next varint. */
  next(): number {
    const bytes = this.bytes;
    let b = bytes[this.at++];
    let value = b & 0x7f;
    let scale = 0x80;
    while (b & 0x80) {
      b = bytes[this.at++];
      value += (b & 0x7f) * scale;
      scale *= 0x80;
    }
    return value;
  }
}

/**
 * Posting lists in Golomb–Rice code: each gap g ≥ 1 of a term's ascending unit numbers is written as
 * q = (g − 1) >> k zero bits, a one bit, and the low k bits of g − 1 (most significant bit first). The parameter
 * k follows from the term's density alone (`riceParameter`), so nothing but the bits is stored: a term in one
 * unit of 20 takes ~6 bits a gap where a varint takes 8, a rare one ~13 where a varint takes 16.
 */

/** The Rice parameter of a term found in `df` of `units` units: log2 of its mean gap × ln 2, from 0 to 24. */
export function riceParameter(units: number, df: number): number {
  const meanGap = units / Math.max(1, df);
  return Math.max(0, Math.min(24, Math.floor(Math.log2(meanGap * Math.LN2))));
}

/** Bits the gap `gap` (1 ≤ gap < 2^31) takes with parameter `k`. */
export function riceLength(gap: number, k: number): number {
  return ((gap - 1) >>> k) + 1 + k;
}

/** Writes `gap` (1 ≤ gap < 2^31) at bit `at` of `bytes` (zero-filled there) with parameter `k`; returns the bit after it. */
export function writeRice(bytes: Uint8Array, at: number, gap: number, k: number): number {
  const value = gap - 1;
  const end = at + (value >>> k) + 1 + k;
  // the q zero bits are already there: the one bit, then the low k bits, most significant first
  const one = end - k - 1;
  let byte = Math.floor(one / 8);
  let shift = 7 - (one - byte * 8);
  bytes[byte] |= 1 << shift;
  for (let i = k - 1; i >= 0; i--) {
    if (--shift < 0) {
      shift = 7;
      byte++;
    }
    if ((value >>> i) & 1) bytes[byte] |= 1 << shift;
  }
  return end;
}

/**
 * Reads the Rice-coded gaps of one posting list, from byte `start`, through a 32-bit window. `candidates`
 * (corpus-index.ts) runs the same steps inline, for speed.
 */
export class RiceReader {
  private window = 0;
  private bits = 0;
  private at: number;
  constructor(
    readonly bytes: Uint8Array,
    start: number,
    readonly k: number,
  ) {
    this.at = start;
  }

  /** The next gap (≥ 1). */
  next(): number {
    let q = 0;
    for (;;) {
      while (this.bits <= 24) {
        this.window |= (this.bytes[this.at++] ?? 0) << (24 - this.bits);
        this.bits += 8;
      }
      if (this.window !== 0) break;
      q += this.bits;
      this.bits = 0;
    }
    const zeros = Math.clz32(this.window);
    q += zeros;
    this.window = zeros === 31 ? 0 : this.window << (zeros + 1);
    this.bits -= zeros + 1;
    while (this.bits <= 24) {
      this.window |= (this.bytes[this.at++] ?? 0) << (24 - this.bits);
      this.bits += 8;
    }
    const k = this.k;
    const low = k === 0 ? 0 : this.window >>> (32 - k);
    this.window = k === 0 ? this.window : this.window << k;
    this.bits -= k;
    return q * 2 ** k + low + 1;
  }
}
