/**
 * A fast, non-cryptographic 64-bit hash of strings fed in turn, for cache
 * keys (what a saved index or a kept parse was made from): two 32-bit lanes,
 * FNV-1a and a multiply-xorshift, and each string closed by a separator, so
 * `feed('ab').feed('c')` and `feed('a').feed('bc')` differ.
 */

/** A hash being fed. */
export interface ContentHash {
  feed(text: string): ContentHash;
  /** the two lanes as unsigned 32-bit numbers */
  lanes(): readonly [number, number];
}

/** A new hash. */
export function contentHash(): ContentHash {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const hash: ContentHash = {
    feed(text) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
      }
      h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
      return hash;
    },
    lanes: () => [h1 >>> 0, h2 >>> 0],
  };
  return hash;
}
