/**
 * Posting lists as bytes: ascending unit numbers written as gaps in LEB128
 * varints (7 bits a byte, high bit = more follows). The units of a term are
 * dense in a policy corpus, so most gaps take one byte instead of four.
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
