/**
 * The map as a print-ready PNG: the map image (already rendered at print resolution, see
 * FocalMap.snapshot) composed on a 2D canvas with a title band above it (the indicator or index
 * name and its unit) and a band below it: the legend on the left (one swatch per class, the
 * no-data swatch and any other hatched class hatched as on the map, headings for per-country blocks, an optional outline key for the top-N units, notes) and,
 * beside it, "North up", the date, the sources and "focal" (nothing covers the map). Every text is drawn as text from the
 * app's own strings (names from files are never parsed as markup).
 */

import { encodePngOffThread, prestartPngWorker } from './encode-png-off-thread.ts';

export interface MapPngLegendRow {
  /** CSS colour of the swatch. */
  colour: string;
  label: string;
  count?: number;
  /** CSS colour of a hatch over the swatch (a class hatched on the map too). */
  hatch?: string;
  /** A heading (a country's name over its classes): bold text, no swatch. */
  heading?: boolean;
}

export interface MapPngInput {
  /** The map at print resolution (its width is the PNG's width). */
  map: HTMLCanvasElement;
  /** Device pixels per CSS pixel of `map`: every size below (fonts, margins) is multiplied by it. */
  scale: number;
  title: string;
  subtitle: string;
  legend: {
    rows: MapPngLegendRow[];
    /** The no-data row after the classes (absent when `rows` already say why a unit has no value). */
    noData?: { label: string; count: number; fill: string; hatch: string };
    /** An outlined set of units (the top N), drawn as a line swatch. */
    outline?: { label: string; colour: string; halo: string };
    /** Short notes under the legend (department-level data, classification). */
    notes: string[];
  };
  /** "North up", the date line and the sources, in the interface language. */
  northUp: string;
  date: string;
  sources: string;
  /** Bottom-right mark, e.g. "focal 0.1.0". */
  brand: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const INK = '#1e2228';
const MUTED = '#555b66';
const HEADER = 64;
const MARGIN = 16;

/** Lines of `text` that fit `width` (greedy by words; a single long word gets its own line). */
export function wrapText(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Layout of the page: title band, the map image, and a band below it `footer` device pixels high. */
export function mapPngLayout(mapWidth: number, mapHeight: number, scale: number, footer: number): { width: number; height: number; mapTop: number; footerTop: number } {
  const header = Math.round(HEADER * scale);
  return { width: mapWidth, height: header + mapHeight + Math.round(footer), mapTop: header, footerTop: header + mapHeight };
}

function hatch(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, fill: string, line: string, s: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = fill;
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = line;
  ctx.lineWidth = s;
  for (let d = -h; d < w + h; d += 5 * s) {
    ctx.beginPath();
    ctx.moveTo(x + d, y + h);
    ctx.lineTo(x + d + h, y);
    ctx.stroke();
  }
  ctx.restore();
}

/** Draws the page on a new canvas (returned, so that a caller can test it). */
export function mapPngCanvas(x: MapPngInput): HTMLCanvasElement {
  const s = x.scale;
  const m = MARGIN * s;
  const ctx0 = document.createElement('canvas').getContext('2d')!;
  // Legend box size.
  const lg = x.legend;
  const rowH = 20 * s;
  const sw = { w: 28 * s, h: 14 * s };
  ctx0.font = `${13 * s}px ${FONT}`;
  const labels = [...lg.rows.map((r) => r.label), lg.noData?.label ?? '', lg.outline?.label ?? ''];
  const countW = Math.max(...[...lg.rows.map((r) => r.count ?? 0), lg.noData?.count ?? 0].map((c) => ctx0.measureText(String(c)).width));
  const textW = Math.max(...labels.map((l) => ctx0.measureText(l).width));
  const boxW = Math.min(x.map.width * 0.4, Math.max(sw.w + 8 * s + textW + 16 * s + countW, 220 * s) + 20 * s);
  const nRows = lg.rows.length + (lg.noData ? 1 : 0) + (lg.outline ? 1 : 0);
  const boxH = 10 * s + nRows * rowH + 8 * s;
  // Text column beside the legend: notes, north-up and date, sources.
  const textX = m + boxW + 2 * m;
  const textWidth = x.map.width - textX - m;
  ctx0.font = `${12 * s}px ${FONT}`;
  const noteLines = lg.notes.flatMap((n) => wrapText(ctx0, n, textWidth));
  const sourceLines = wrapText(ctx0, x.sources, textWidth);
  const lineH = 16 * s;
  const textH = (noteLines.length + 1 + sourceLines.length) * lineH + 8 * s + 28 * s;
  const layout = mapPngLayout(x.map.width, x.map.height, s, Math.max(boxH, textH) + 2 * m);

  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  // CPU-backed: the PNG encoder reads every pixel, a slow readback from a GPU canvas (SwiftShader).
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(x.map, 0, layout.mapTop);
  ctx.strokeStyle = '#d0d4da';
  ctx.lineWidth = s;
  ctx.strokeRect(0.5 * s, layout.mapTop + 0.5 * s, x.map.width - s, x.map.height - s);

  // Title band.
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK;
  ctx.font = `600 ${22 * s}px ${FONT}`;
  ctx.fillText(x.title, m, 30 * s, x.map.width - 2 * m);
  ctx.fillStyle = MUTED;
  ctx.font = `${14 * s}px ${FONT}`;
  ctx.fillText(x.subtitle, m, 52 * s, x.map.width - 2 * m);

  // Legend, below the map on the left.
  const bx = m;
  const by = layout.footerTop + m;
  ctx.strokeStyle = '#c4c9d0';
  ctx.strokeRect(bx, by, boxW, boxH);
  ctx.textBaseline = 'middle';
  let y = by + 10 * s;
  const row = (draw: (sx: number, sy: number) => void, label: string, count: number | undefined) => {
    draw(bx + 10 * s, y + (rowH - sw.h) / 2);
    ctx.fillStyle = INK;
    ctx.font = `${13 * s}px ${FONT}`;
    ctx.fillText(label, bx + 10 * s + sw.w + 8 * s, y + rowH / 2);
    if (count !== undefined) {
      ctx.fillStyle = MUTED;
      ctx.textAlign = 'right';
      ctx.fillText(String(count), bx + boxW - 10 * s, y + rowH / 2);
      ctx.textAlign = 'left';
    }
    y += rowH;
  };
  for (const r of lg.rows) {
    if (r.heading) {
      ctx.fillStyle = INK;
      ctx.font = `600 ${13 * s}px ${FONT}`;
      ctx.fillText(r.label, bx + 10 * s, y + rowH / 2, boxW - 20 * s);
      y += rowH;
      continue;
    }
    const line = r.hatch;
    row(
      (sx, sy) => {
        if (line) hatch(ctx, sx, sy, sw.w, sw.h, r.colour, line, s);
        else {
          ctx.fillStyle = r.colour;
          ctx.fillRect(sx, sy, sw.w, sw.h);
        }
        ctx.strokeStyle = 'rgba(0,0,0,0.15)';
        ctx.strokeRect(sx, sy, sw.w, sw.h);
      },
      r.label,
      r.count,
    );
  }
  const noData = lg.noData;
  if (noData) row((sx, sy) => hatch(ctx, sx, sy, sw.w, sw.h, noData.fill, noData.hatch, s), noData.label, noData.count);
  const outline = lg.outline;
  if (outline) {
    row(
      (sx, sy) => {
        ctx.lineWidth = 5 * s;
        ctx.strokeStyle = outline.halo;
        ctx.strokeRect(sx + 2 * s, sy + 2 * s, sw.w - 4 * s, sw.h - 4 * s);
        ctx.lineWidth = 2 * s;
        ctx.strokeStyle = outline.colour;
        ctx.strokeRect(sx + 2 * s, sy + 2 * s, sw.w - 4 * s, sw.h - 4 * s);
        ctx.lineWidth = s;
      },
      outline.label,
      undefined,
    );
  }

  // Beside the legend: notes, north-up and date, sources; "focal" bottom right.
  ctx.textBaseline = 'alphabetic';
  let ty = by + 12 * s;
  ctx.font = `${12 * s}px ${FONT}`;
  ctx.fillStyle = MUTED;
  for (const l of noteLines) {
    ctx.fillText(l, textX, ty);
    ty += lineH;
  }
  ty += 8 * s;
  ctx.fillStyle = INK;
  ctx.fillText(`${x.northUp} · ${x.date}`, textX, ty);
  ctx.fillStyle = MUTED;
  for (const l of sourceLines) {
    ty += lineH;
    ctx.fillText(l, textX, ty);
  }
  ctx.fillStyle = INK;
  ctx.font = `600 ${16 * s}px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.fillText(x.brand, x.map.width - m, layout.height - m);
  ctx.textAlign = 'left';
  return canvas;
}

/** The page as PNG bytes. */
export async function mapPng(x: MapPngInput): Promise<Blob> {
  // User Timing measures (focal:png-*) let the benchmark say where an export's time goes.
  const t0 = performance.now();
  // The encoding's worker starts while the page is composed (its script fetched and run by then).
  prestartPngWorker();
  const canvas = mapPngCanvas(x);
  const t1 = performance.now();
  performance.measure('focal:png-compose', { start: t0, end: t1 });
  const pixels = canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, canvas.width, canvas.height);
  const blob = await encodePngOffThread(pixels);
  performance.measure('focal:png-encode', { start: t1 });
  return blob;
}
