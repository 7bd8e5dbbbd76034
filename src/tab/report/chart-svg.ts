import type { ChartLayout } from './chart-layout.js';
import { printColours } from './chart-layout.js';

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

const font = 'font-family="Calibri, \'Segoe UI\', Arial, sans-serif" font-size="13"';

/**
 * The chart as a standalone SVG document in print colours (the Word image; its PNG fallback is
 * drawn from it in the browser). "Inget svar" is striped so it differs from the others in grey
 * print too; every segment has a white edge.
 */
export function chartSvg(layout: ChartLayout, title: string): string {
  const stripes =
    '<pattern id="unanswered" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
    `<rect width="6" height="6" fill="#ffffff"/><rect width="2" height="6" fill="${printColours.unanswered}"/></pattern>`;
  const fill = (status: keyof typeof printColours) =>
    status === 'unanswered' ? 'url(#unanswered)' : printColours[status];
  const legend = layout.legend.map(
    (l) =>
      `<rect x="${l.x}" y="${l.y}" width="12" height="12" fill="${fill(l.status)}" stroke="#616161" stroke-width="0.5"/>` +
      `<text x="${l.x + 18}" y="${l.y + 11}" ${font} fill="#242424">${escape(l.label)}</text>`,
  );
  const bars = layout.bars.map(
    (bar) =>
      `<text x="0" y="${bar.labelY}" ${font} fill="#242424">${escape(bar.label)}</text>` +
      bar.segments
        .map(
          (s) =>
            `<rect x="${s.x.toFixed(1)}" y="${bar.barY}" width="${s.width.toFixed(1)}" height="18" fill="${fill(s.status)}" stroke="#ffffff" stroke-width="1"/>`,
        )
        .join('') +
      `<text x="${bar.totalX.toFixed(1)}" y="${bar.barY + 14}" ${font} fill="#242424">${bar.total}</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">` +
    `<title>${escape(title)}</title><defs>${stripes}</defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${legend.join('')}${bars.join('')}</svg>`
  );
}
