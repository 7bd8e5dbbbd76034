import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { accentColor, drawColorIcon, drawOutlineIcon } from '../../scripts/icon-art.js';
import { iconProblems } from '../../src/server/app-package/icons.js';
import { appPackageDir, readJson } from './support/project.js';

function committed(name: string): PNG {
  return PNG.sync.read(readFileSync(join(appPackageDir, name)));
}

function pixels(png: PNG): { rgb: [number, number, number]; alpha: number }[] {
  const out: { rgb: [number, number, number]; alpha: number }[] = [];
  for (let i = 0; i < png.data.length; i += 4) {
    out.push({ rgb: [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], alpha: png.data[i + 3]! });
  }
  return out;
}

function encode(width: number, height: number, fill: (x: number, y: number) => number[]) {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) png.data.set(fill(x, y), (y * width + x) * 4);
  }
  return PNG.sync.write(png);
}

describe('appPackage/color.png', () => {
  it('is 192×192, opaque, in the accent colour at the edge', () => {
    const png = committed('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(pixels(png).every((p) => p.alpha === 255)).toBe(true);
    const corner = pixels(png)[0]!
      .rgb.map((c) => c.toString(16).padStart(2, '0'))
      .join('');
    expect(`#${corner}`.toUpperCase()).toBe(accentColor);
    expect((readJson('appPackage/manifest.json') as { accentColor: string }).accentColor).toBe(
      accentColor,
    );
  });

  it('is what scripts/draw-icons.ts draws', () => {
    expect(Buffer.from(committed('color.png').data)).toEqual(Buffer.from(drawColorIcon().data));
  });
});

describe('appPackage/outline.png', () => {
  it('is 32×32, white on transparent, with a visible mark', () => {
    const png = committed('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    const all = pixels(png);
    const visible = all.filter((p) => p.alpha > 0);
    expect(visible.every((p) => p.rgb.every((c) => c === 255))).toBe(true);
    expect(all.filter((p) => p.alpha === 0).length).toBeGreaterThan(all.length / 2);
    expect(all.filter((p) => p.alpha === 255).length).toBeGreaterThan(60);
  });

  it('is what scripts/draw-icons.ts draws', () => {
    expect(Buffer.from(committed('outline.png').data)).toEqual(Buffer.from(drawOutlineIcon().data));
  });
});

describe('iconProblems', () => {
  it('accepts the committed icons', () => {
    const read = (name: string) => readFileSync(join(appPackageDir, name));
    expect(iconProblems('color', 'color.png', read('color.png'))).toEqual([]);
    expect(iconProblems('outline', 'outline.png', read('outline.png'))).toEqual([]);
  });

  it('refuses a wrong size, a coloured outline and an outline without transparency', () => {
    const small = encode(96, 96, () => [0, 0, 0, 255]);
    expect(iconProblems('color', 'color.png', small)).toEqual([
      'color.png är 96×96 pixlar, ska vara 192×192.',
    ]);
    const grey = encode(32, 32, (x) => (x < 16 ? [128, 128, 128, 255] : [255, 255, 255, 0]));
    expect(iconProblems('outline', 'outline.png', grey)).toEqual([
      'outline.png har 512 synliga pixlar som inte är vita.',
    ]);
    const solid = encode(32, 32, () => [255, 255, 255, 255]);
    expect(iconProblems('outline', 'outline.png', solid)).toEqual([
      'outline.png saknar genomskinlig bakgrund.',
    ]);
    expect(iconProblems('outline', 'outline.png', new Uint8Array([1, 2, 3]))).toEqual([
      'outline.png är ingen giltig PNG-bild.',
    ]);
  });
});
