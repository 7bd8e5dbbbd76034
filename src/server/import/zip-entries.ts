import { inflateRawSync } from 'node:zlib';

/**
 * A look inside an .xlsx (a zip archive) before exceljs reads it, from its central directory:
 * what it unpacks to (a small file can unpack to gigabytes, and the reader holds it all in
 * memory), and the text of single entries (the sheets' merged ranges). Undefined when the
 * directory cannot be read or uses zip64 (sizes past 4 GB): the caller refuses such a file.
 */

const endSignature = 0x06054b50;
const entrySignature = 0x02014b50;

type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
};

export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end === undefined) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== entrySignature) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const entry = {
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return undefined;
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's content as text; undefined when it cannot be read. */
export function entryText(bytes: Uint8Array, entry: ZipEntry): string | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const local = entry.localOffset;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return Buffer.from(data).toString('utf8');
    if (entry.method !== 8) return undefined;
    return inflateRawSync(data, { maxOutputLength: entry.size + 1 }).toString('utf8');
  } catch {
    return undefined;
  }
}

function findEnd(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (view.getUint32(at, true) === endSignature) return at;
  }
  return undefined;
}
