import { chartSummary, layoutChart } from './chart-layout.js';
import { paintChartPng } from './chart-png.js';
import { chartSvg } from './chart-svg.js';
import type { ReportLabels } from './report-labels.js';
import type { ReportChart } from './report-structure.js';

/** A chart as Word takes it: the SVG, a PNG fallback, its size and its description. */
export type ChartImage = {
  readonly svg: Uint8Array;
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly description: string;
};

/** Draws a PNG from an SVG document; undefined where it cannot (then the painted PNG is used). */
export type PngDrawer = (
  svg: string,
  width: number,
  height: number,
) => Promise<Uint8Array | undefined>;

export async function chartImage(
  chart: ReportChart,
  labels: ReportLabels,
  draw: PngDrawer = canvasPng,
): Promise<ChartImage> {
  const layout = layoutChart(chart, labels);
  const svg = chartSvg(layout, chart.title);
  const drawn = await draw(svg, layout.width, layout.height).catch(() => undefined);
  return {
    svg: new TextEncoder().encode(svg),
    png: drawn ?? paintChartPng(layout),
    width: layout.width,
    height: Math.ceil(layout.height),
    description: chartSummary(chart, labels),
  };
}

/** In the browser: the SVG drawn on a canvas at twice the size (sharp when printed), as PNG. */
async function canvasPng(
  svg: string,
  width: number,
  height: number,
): Promise<Uint8Array | undefined> {
  if (typeof OffscreenCanvas !== 'function' || typeof Image !== 'function') return undefined;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const scale = 2;
  const canvas = new OffscreenCanvas(width * scale, Math.ceil(height) * scale);
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}
