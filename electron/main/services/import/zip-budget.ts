/**
 * Checks a .docx (a zip) against the part-count and unpacked-size budgets
 * before anything is inflated: the central directory at the end of the file
 * declares every part's sizes, so a zip bomb (1 MB that inflates to 300 MB)
 * is refused from its directory alone. A part that inflates past what it
 * declares is caught too: each is inflated once with its declared size as a
 * hard output cap, so a lying directory cannot get past the budget either.
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../../../../shared/errors';
import { sizeText, type ImportLimits } from './limits';

/** One part as the central directory describes it. */
export interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly unpackedSize: number;
  readonly localHeaderOffset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;

function broken(fileName: string, why: string, whyEn: string): InputError {
  return new InputError('bad-docx', `无法读取 Word 文件 ${fileName}:${why}`, `cannot read the Word file ${fileName}: ${whyEn}`);
}

/** The parts a zip's central directory lists; throws `bad-docx` when there is no readable directory. */
export function zipParts(fileName: string, bytes: Uint8Array, limits: ImportLimits): ZipPart[] {
  // end of central directory: 22 bytes plus a comment of up to 64 KB, at the very end
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw broken(fileName, '文件已损坏或不是 .docx(找不到 zip 目录)', 'damaged or not a .docx (no zip directory)');
  const count = u16(bytes, eocd + 10);
  const dirSize = u32(bytes, eocd + 12);
  const dirOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw tooBig(fileName, 'zip64', limits);
  if (count > limits.maxZipEntries) throw tooMany(fileName, count, limits);
  if (dirOffset + dirSize > bytes.length)
    throw broken(fileName, '文件不完整(zip 目录超出文件末尾)', 'the file is cut off (zip directory past its end)');
  const parts: ZipPart[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw broken(fileName, 'zip 目录已损坏', 'damaged zip directory');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const compressedSize = u32(bytes, at + 20);
    const unpackedSize = u32(bytes, at + 24);
    const localHeaderOffset = u32(bytes, at + 42);
    if (compressedSize === 0xffffffff || unpackedSize === 0xffffffff || localHeaderOffset === 0xffffffff)
      throw tooBig(fileName, 'zip64', limits);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf-8');
    parts.push({ name, method: u16(bytes, at + 10), compressedSize, unpackedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

function tooMany(fileName: string, count: number, limits: ImportLimits): InputError {
  return new InputError(
    'zip-budget',
    `文件 ${fileName} 含有 ${count} 个部件,超过 ${limits.maxZipEntries} 个的上限,不予读取`,
    `the file ${fileName} has ${count} parts, over the limit of ${limits.maxZipEntries}; not read`,
  );
}

function tooBig(fileName: string, unpacked: number | 'zip64', limits: ImportLimits): InputError {
  const size = unpacked === 'zip64' ? '超过 4 GB' : sizeText(unpacked);
  const sizeEn = unpacked === 'zip64' ? 'over 4 GB' : sizeText(unpacked);
  return new InputError(
    'zip-budget',
    `文件 ${fileName} 解压后有 ${size},超过 ${sizeText(limits.maxZipUnpackedBytes)} 的上限(可能是压缩炸弹),不予读取`,
    `the file ${fileName} unpacks to ${sizeEn}, over the limit of ${sizeText(limits.maxZipUnpackedBytes)} (possibly a zip bomb); not read`,
  );
}

/** Refuses a zip over budget by its directory, then proves no part inflates past what it declares. */
export function checkZipBudget(fileName: string, bytes: Uint8Array, limits: ImportLimits): void {
  const parts = zipParts(fileName, bytes, limits);
  const declared = parts.reduce((n, p) => n + p.unpackedSize, 0);
  if (declared > limits.maxZipUnpackedBytes) throw tooBig(fileName, declared, limits);
  for (const part of parts) {
    if (part.method !== 8) continue; // stored parts are no bigger than the file
    const at = part.localHeaderOffset;
    if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50)
      throw broken(fileName, `部件 ${part.name} 已损坏`, `damaged part ${part.name}`);
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const data = bytes.subarray(start, Math.min(bytes.length, start + part.compressedSize));
    try {
      inflateRawSync(data, { maxOutputLength: Math.max(1, part.unpackedSize) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw tooBig(fileName, Math.max(declared, limits.maxZipUnpackedBytes + 1), limits);
      }
      throw broken(fileName, `部件 ${part.name} 无法解压`, `part ${part.name} cannot be inflated`);
    }
  }
}
