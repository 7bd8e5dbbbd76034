/**
 * Draws the Teams app icons into appPackage/: `npx tsx scripts/draw-icons.ts`.
 * The pictures are defined in scripts/icon-art.ts; tests check the committed files against it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { drawColorIcon, drawOutlineIcon, type Bitmap } from './icon-art.js';

function encodePng(bitmap: Bitmap): Buffer {
  const png = new PNG({ width: bitmap.width, height: bitmap.height, colorType: 6 });
  png.data = Buffer.from(bitmap.data);
  return PNG.sync.write(png, { colorType: 6 });
}

const appPackage = fileURLToPath(new URL('../appPackage/', import.meta.url));
for (const [name, bitmap] of [
  ['color.png', drawColorIcon()],
  ['outline.png', drawOutlineIcon()],
] as const) {
  const bytes = encodePng(bitmap);
  writeFileSync(`${appPackage}${name}`, bytes);
  process.stdout.write(
    `appPackage/${name}: ${bitmap.width}×${bitmap.height}, ${bytes.length} bytes\n`,
  );
}
