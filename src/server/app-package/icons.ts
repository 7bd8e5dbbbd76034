import { PNG } from 'pngjs';

/**
 * The Teams rules for the two app icons: `color` is a 192×192 PNG; `outline` is a 32×32 PNG,
 * white on a transparent background (each pixel white or fully transparent, anti-aliasing as
 * partial alpha of white).
 */
export type IconKind = 'color' | 'outline' | 'color32x32';

const sizes: Readonly<Record<IconKind, number>> = { color: 192, outline: 32, color32x32: 32 };

type IconFacts = {
  readonly width: number;
  readonly height: number;
  /** Pixels with alpha below 255. */
  readonly translucentPixels: number;
  /** Visible pixels (alpha above 0) whose colour is not pure white. */
  readonly nonWhiteVisiblePixels: number;
};

/** Reads a PNG; throws on bytes that are not a PNG. */
function iconFacts(bytes: Uint8Array): IconFacts {
  const png = PNG.sync.read(Buffer.from(bytes));
  let translucentPixels = 0;
  let nonWhiteVisiblePixels = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const alpha = png.data[i + 3]!;
    if (alpha < 255) translucentPixels += 1;
    const white = png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255;
    if (alpha > 0 && !white) nonWhiteVisiblePixels += 1;
  }
  return { width: png.width, height: png.height, translucentPixels, nonWhiteVisiblePixels };
}

/** Swedish problem descriptions; an empty list when the icon follows the rules. */
export function iconProblems(kind: IconKind, file: string, bytes: Uint8Array): string[] {
  let facts: IconFacts;
  try {
    facts = iconFacts(bytes);
  } catch {
    return [`${file} är ingen giltig PNG-bild.`];
  }
  const size = sizes[kind];
  const problems: string[] = [];
  if (facts.width !== size || facts.height !== size) {
    problems.push(`${file} är ${facts.width}×${facts.height} pixlar, ska vara ${size}×${size}.`);
  }
  if (kind === 'outline' && facts.nonWhiteVisiblePixels > 0) {
    problems.push(`${file} har ${facts.nonWhiteVisiblePixels} synliga pixlar som inte är vita.`);
  }
  if (kind === 'outline' && facts.translucentPixels === 0) {
    problems.push(`${file} saknar genomskinlig bakgrund.`);
  }
  return problems;
}
