/**
 * The app's two Teams icons, drawn from a few shapes: a calendar page with a checklist.
 * Pure functions of nothing: the same pixels on every run (scripts/draw-icons.ts writes them to
 * appPackage/, and tests/app-package/icons.test.ts checks the committed files against this).
 *
 * Shapes are signed distance functions (negative inside); each pixel is sampled on a 4×4 grid,
 * so edges are anti-aliased by coverage.
 */

type Rgba = readonly [number, number, number, number];

export type Bitmap = {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes per pixel, row by row. */
  readonly data: Uint8Array;
};

type Shape = (x: number, y: number) => number;

export const accentColor = '#1D5C63';

const accent: Rgba = [0x1d, 0x5c, 0x63, 255];
const white: Rgba = [255, 255, 255, 255];
const header: Rgba = [0x8c, 0xc9, 0xc3, 255];
const line: Rgba = [0xa7, 0xb8, 0xba, 255];
const check: Rgba = [0x2e, 0x8b, 0x57, 255];

function roundedRect(left: number, top: number, width: number, height: number, radius: number) {
  const cx = left + width / 2;
  const cy = top + height / 2;
  return (x: number, y: number): number => {
    const qx = Math.abs(x - cx) - width / 2 + radius;
    const qy = Math.abs(y - cy) - height / 2 + radius;
    const outside = Math.sqrt(Math.max(qx, 0) ** 2 + Math.max(qy, 0) ** 2);
    return outside + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

/** The outline of a shape, `width` wide, centred on its edge. */
function stroke(shape: Shape, width: number): Shape {
  return (x, y) => Math.abs(shape(x, y)) - width / 2;
}

/** A line from (x1, y1) to (x2, y2) with round caps, `width` wide. */
function segment(x1: number, y1: number, x2: number, y2: number, width: number): Shape {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSquared = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.min(1, Math.max(0, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
    const px = x1 + t * dx - x;
    const py = y1 + t * dy - y;
    return Math.sqrt(px * px + py * py) - width / 2;
  };
}

function union(...shapes: Shape[]): Shape {
  return (x, y) => Math.min(...shapes.map((s) => s(x, y)));
}

function clip(shape: Shape, mask: Shape): Shape {
  return (x, y) => Math.max(shape(x, y), mask(x, y));
}

const samples = 4;

/** The share of a pixel's 4×4 sample points that lie inside the shape. */
function coverage(shape: Shape, px: number, py: number): number {
  let inside = 0;
  for (let i = 0; i < samples; i += 1) {
    for (let j = 0; j < samples; j += 1) {
      if (shape(px + (i + 0.5) / samples, py + (j + 0.5) / samples) <= 0) inside += 1;
    }
  }
  return inside / (samples * samples);
}

type Layer = { readonly shape: Shape; readonly color: Rgba };

/** Paints the layers in order over a background (source-over with coverage as alpha). */
function paint(size: number, background: Rgba, layers: readonly Layer[]): Bitmap {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let [r, g, b, a] = background.map((c) => c / 255) as [number, number, number, number];
      for (const layer of layers) {
        const k = coverage(layer.shape, x, y) * (layer.color[3] / 255);
        if (k === 0) continue;
        const outA = k + a * (1 - k);
        const mix = (src: number, dst: number) => (src * k + dst * a * (1 - k)) / outA;
        r = mix(layer.color[0] / 255, r);
        g = mix(layer.color[1] / 255, g);
        b = mix(layer.color[2] / 255, b);
        a = outA;
      }
      const at = (y * size + x) * 4;
      data.set(
        [r, g, b, a].map((c) => Math.round(c * 255)),
        at,
      );
    }
  }
  return { width: size, height: size, data };
}

/** 192×192, full colour: a white calendar page with two ticked rows and one open row. */
export function drawColorIcon(): Bitmap {
  const page = roundedRect(44, 42, 104, 112, 12);
  const rows = [88, 112, 136];
  const boxes = rows.map((y) => stroke(roundedRect(60, y - 8, 16, 16, 3), 3));
  const lines = rows.map((y) => segment(88, y, 132, y, 6));
  const ticks = rows
    .slice(0, 2)
    .map((y) => union(segment(62, y, 67, y + 5, 4.5), segment(67, y + 5, 78, y - 8, 4.5)));
  return paint(192, accent, [
    { shape: page, color: white },
    {
      shape: clip(roundedRect(44, 42, 104, 26, 12), roundedRect(44, 42, 104, 26, 0)),
      color: header,
    },
    { shape: clip(page, roundedRect(44, 62, 104, 6, 0)), color: header },
    { shape: union(segment(74, 32, 74, 52, 8), segment(118, 32, 118, 52, 8)), color: white },
    { shape: union(segment(74, 34, 74, 50, 3), segment(118, 34, 118, 50, 3)), color: accent },
    ...boxes.map((shape) => ({ shape, color: accent })),
    ...lines.map((shape) => ({ shape, color: line })),
    ...ticks.map((shape) => ({ shape, color: check })),
  ]);
}

/** 32×32, white on transparent: the calendar page's outline with one tick. */
export function drawOutlineIcon(): Bitmap {
  const transparent: Rgba = [255, 255, 255, 0];
  const shape = union(
    stroke(roundedRect(5, 7, 22, 21, 3), 2),
    segment(5, 13, 27, 13, 2),
    segment(11, 4, 11, 9, 2),
    segment(21, 4, 21, 9, 2),
    segment(10.5, 20, 14, 23.5, 2.5),
    segment(14, 23.5, 21.5, 16, 2.5),
  );
  return paint(32, transparent, [{ shape, color: white }]);
}
