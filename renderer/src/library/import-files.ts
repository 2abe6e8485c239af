/** Reads browser File objects into the API's payloads (base64). */
import type { FilePayload } from '../../../shared/api/contract';

/** Base64 of bytes, in chunks so large files do not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The files as payloads for `importFiles`. */
export async function toPayloads(files: readonly File[]): Promise<FilePayload[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) })));
}
