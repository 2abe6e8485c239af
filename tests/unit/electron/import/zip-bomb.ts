/**
 * A .docx zip bomb like the audit's: about 1 MB on disk whose
 * word/document.xml inflates to 300 MB of paragraphs. Built without holding
 * 300 MB: one fully flushed deflate segment of 1 MB of paragraphs is repeated
 * (each segment stands alone after a full flush), then a final empty block.
 */
import { constants, deflateRawSync } from 'node:zlib';

interface Part {
  readonly name: string;
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly unpacked: number;
}

function zip(parts: readonly Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.unpacked, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.unpacked, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(p.data));
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** `megabytes` MB of Word paragraphs, deflated; and its true unpacked size. */
function paragraphs(megabytes: number): { data: Uint8Array; unpacked: number } {
  const para = Buffer.from('<w:p><w:r><w:t>加快推进重点项目建设,力争完成投资40亿元。</w:t></w:r></w:p>');
  const chunk = Buffer.alloc(Math.floor((1024 * 1024) / para.length) * para.length);
  for (let i = 0; i < chunk.length; i += para.length) para.copy(chunk, i);
  const segment = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const data = Buffer.concat([...Array.from({ length: megabytes }, () => segment), Buffer.from([0x03, 0x00])]);
  return { data: new Uint8Array(data), unpacked: chunk.length * megabytes };
}

const contentTypes = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

/** The bomb, declaring its true size (`honest`) or claiming its document is 10 KB. */
export function docxBomb(megabytes = 300, honest = true): Uint8Array {
  const { data, unpacked } = paragraphs(megabytes);
  return zip([
    { name: '[Content_Types].xml', data: contentTypes, method: 0, unpacked: contentTypes.length },
    { name: 'word/document.xml', data, method: 8, unpacked: honest ? unpacked : 10_240 },
  ]);
}

/** A zip with more parts than any document has. */
export function manyParts(count: number): Uint8Array {
  return zip(Array.from({ length: count }, (_, i) => ({ name: `p/${i}.xml`, data: Buffer.from('<a/>'), method: 0 as const, unpacked: 4 })));
}
