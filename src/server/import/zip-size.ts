/**
 * What an .xlsx (a zip archive) unpacks to, read from its central directory without unpacking:
 * a small file can unpack to gigabytes (a zip bomb), and the workbook reader holds it all in
 * memory. Undefined when the directory cannot be read or uses zip64 (sizes past 4 GB): the caller
 * refuses such a file.
 */

const endSignature = 0x06054b50;
const entrySignature = 0x02014b50;

export function unzippedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end === undefined) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== entrySignature) return undefined;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return undefined;
    total += size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return total;
}

function findEnd(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (view.getUint32(at, true) === endSignature) return at;
  }
  return undefined;
}
