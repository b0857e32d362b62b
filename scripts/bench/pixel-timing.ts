/**
 * When did the screen show it: from recorded compositor frames (see screen-frames.ts), the first
 * frame whose map area shows the final picture, read from pixels only, so it holds for any
 * renderer (deck.gl, maplibre's fill layer, a plain page). The map area is sampled on a grid; a
 * sample point counts once its colour is within a tolerance of the picture the page settled on.
 * - first map: the points whose settled colour is a choropleth colour (saturated, unlike the greys
 *   of the background, outlines, hatch and panels); the first frame where nearly all of them show
 *   their settled colour.
 * - a change (a recolouring): the points whose colour differs between the picture before the input
 *   and the picture after; the first frame after the input where nearly all show the new colour.
 */
import { decodeFrame, type DecodedFrame, type ScreenFrame } from './screen-frames.ts';

/** A rectangle in the page's CSS pixels (the map canvas). */
export interface CssRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Largest channel difference that still counts as the same colour (frames are scaled, antialiased). */
const TOLERANCE = 24;
/** Share of the sample points that must show their final colour. */
const SHARE = 0.95;
/** CSS pixels left out at the map's edges and its corners (controls, attribution). */
const INSET = 12;
const CORNER = 80;
/** Grid step in frame pixels. */
const STEP = 3;

/** Frame-pixel offsets (×4, into RGBA data) of the grid over the map rectangle of `f`. */
function grid(f: DecodedFrame, rect: CssRect): number[] {
  const out: number[] = [];
  const x0 = Math.ceil((rect.x + INSET) * f.scale), x1 = Math.floor((rect.x + rect.width - INSET) * f.scale);
  const y0 = Math.ceil((rect.y + INSET + f.offsetTop) * f.scale), y1 = Math.floor((rect.y + rect.height - INSET + f.offsetTop) * f.scale);
  const cx = (rect.x + rect.width - CORNER) * f.scale, cy = (rect.y + rect.height - CORNER + f.offsetTop) * f.scale;
  for (let y = Math.max(0, y0); y < Math.min(f.height, y1); y += STEP) {
    for (let x = Math.max(0, x0); x < Math.min(f.width, x1); x += STEP) {
      if (x > cx && y > cy) continue; // the zoom buttons
      out.push((y * f.width + x) * 4);
    }
  }
  return out;
}

const diff = (a: Buffer, b: Buffer, i: number): number =>
  Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]));

const saturated = (d: Buffer, i: number): boolean => Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) >= 40;

/** Time (ms since the epoch) of the first frame at or after `from` where ≥ SHARE of `points` match `target`. */
function firstMatching(frames: readonly ScreenFrame[], from: number, target: DecodedFrame, points: number[]): number | null {
  if (points.length === 0) return null;
  for (const raw of frames) {
    if (raw.t < from) continue;
    const f = decodeFrame(raw);
    if (f.width !== target.width || f.height !== target.height) continue;
    let same = 0;
    for (const i of points) if (diff(f.data, target.data, i) <= TOLERANCE) same++;
    if (same >= SHARE * points.length) return raw.t;
  }
  return null;
}

/** Time the screen must hold still to count as settled (a loaded machine shows a change late). */
const STILL_MS = 600;

/**
 * The picture the screen settles on after `since` (ms since the epoch, when the page said it had
 * settled): the latest recorded frame once the map area has not changed (≤ 0.5 % of the sample
 * points) over {@link STILL_MS} of frames after `since`. On a loaded machine the screen shows a
 * change hundreds of milliseconds after the page made it, so the first frame after `since` may
 * still be the old picture. Gives up after `timeoutMs` with the latest frame.
 */
export async function stillFrame(frames: readonly ScreenFrame[], since: number, rect: CssRect, timeoutMs = 20_000): Promise<ScreenFrame> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const after = frames.filter((f) => f.t > since);
    const last = after.at(-1);
    if (last) {
      const earlier = after.filter((f) => f.t <= last.t - STILL_MS).at(-1);
      if (earlier) {
        const a = decodeFrame(earlier), b = decodeFrame(last);
        const points = grid(b, rect);
        let changed = 0;
        for (const i of points) if (diff(a.data, b.data, i) > TOLERANCE) changed++;
        if (changed <= 0.005 * points.length) return last;
      }
      if (Date.now() > end) return last;
    } else if (Date.now() > end) {
      throw new Error(`no frame on screen within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Milliseconds from `start` (the navigation's `performance.timeOrigin`) to the first frame showing
 * the map as it is in `settled` (a frame taken once the page said it had settled); null if none.
 */
export function firstMapFromFrames(frames: readonly ScreenFrame[], start: number, settled: ScreenFrame, rect: CssRect): { ms: number | null; points: number } {
  const target = decodeFrame(settled);
  const points = grid(target, rect).filter((i) => saturated(target.data, i));
  const t = firstMatching(frames, start, target, points);
  return { ms: t === null ? null : t - start, points: points.length };
}

/**
 * Milliseconds from `input` (the input event's time) to the first frame showing the colours of
 * `after`, counted over the points whose colour differs between `before` and `after`.
 */
export function changeFromFrames(frames: readonly ScreenFrame[], input: number, before: ScreenFrame, after: ScreenFrame, rect: CssRect): { ms: number | null; points: number } {
  const a = decodeFrame(before), b = decodeFrame(after);
  const points = grid(b, rect).filter((i) => diff(a.data, b.data, i) > TOLERANCE);
  const t = firstMatching(frames, input, b, points);
  return { ms: t === null ? null : t - input, points: points.length };
}
