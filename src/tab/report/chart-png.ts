import { printColours, type ChartLayout } from './chart-layout.js';

/**
 * The chart's PNG drawn pixel by pixel: the legend's swatches and the bars, without text. Used
 * where no canvas can draw the SVG (outside the browser); Word shows the SVG itself, this is only
 * the fallback for programs that cannot. Encoded with stored (uncompressed) deflate blocks, so it
 * needs no zlib: charts are small.
 */
export function paintChartPng(layout: ChartLayout): Uint8Array {
  const width = layout.width;
  const height = Math.max(1, Math.ceil(layout.height));
  const pixels = new Uint8Array(width * height * 3).fill(255);
  const fillRect = (
    x: number,
    y: number,
    w: number,
    h: number,
    colour: string,
    striped = false,
  ) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    for (let row = Math.max(0, Math.round(y)); row < Math.min(height, Math.round(y + h)); row += 1)
      for (
        let col = Math.max(0, Math.round(x));
        col < Math.min(width, Math.round(x + w));
        col += 1
      ) {
        if (striped && (row + col) % 6 >= 2) continue;
        pixels.set([r!, g!, b!], (row * width + col) * 3);
      }
  };
  for (const l of layout.legend)
    fillRect(l.x, l.y, 12, 12, printColours[l.status], l.status === 'unanswered');
  for (const bar of layout.bars)
    for (const s of bar.segments)
      fillRect(
        s.x,
        bar.barY,
        Math.max(1, s.width - 1),
        18,
        printColours[s.status],
        s.status === 'unanswered',
      );
  return encodePng(width, height, pixels);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(
    [...type].map((c) => c.charCodeAt(0)),
    4,
  );
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A zlib stream of stored blocks (at most 65 535 bytes each) and its Adler-32. */
function storedZlib(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / 65_535));
  const out = new Uint8Array(2 + raw.length + blocks * 5 + 4);
  out.set([0x78, 0x01]);
  let at = 2;
  for (let i = 0; i < blocks; i += 1) {
    const part = raw.subarray(i * 65_535, (i + 1) * 65_535);
    out.set([i === blocks - 1 ? 1 : 0, part.length & 0xff, part.length >> 8], at);
    out.set([~part.length & 0xff, (~part.length >> 8) & 0xff], at + 3);
    out.set(part, at + 5);
    at += 5 + part.length;
  }
  let a = 1;
  let b = 0;
  for (const byte of raw) {
    a = (a + byte) % 65_521;
    b = (b + a) % 65_521;
  }
  new DataView(out.buffer).setUint32(at, ((b << 16) | a) >>> 0);
  return out;
}

function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let row = 0; row < height; row += 1)
    raw.set(rgb.subarray(row * width * 3, (row + 1) * width * 3), row * (1 + width * 3) + 1);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', storedZlib(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
