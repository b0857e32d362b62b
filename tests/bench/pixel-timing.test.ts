import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { ScreenFrame } from '../../scripts/bench/screen-frames.ts';
import { changeFromFrames, firstMapFromFrames, stillFrame } from '../../scripts/bench/pixel-timing.ts';

// Frames of a 400 × 300 CSS-pixel page scaled to half (200 × 150), the map at (40, 20) 320 × 260.
const RECT = { x: 40, y: 20, width: 320, height: 260 };
const BG: [number, number, number] = [233, 238, 242];
type Paint = (x: number, y: number) => [number, number, number];

function frame(t: number, paint: Paint): ScreenFrame {
  const png = new PNG({ width: 200, height: 150 });
  for (let y = 0; y < 150; y++) {
    for (let x = 0; x < 200; x++) {
      const [r, g, b] = paint(x, y);
      const i = (y * 200 + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return { t, png: PNG.sync.write(png).toString('base64'), deviceWidth: 400, offsetTop: 0 };
}

const blank: Paint = () => [255, 255, 255];
const background: Paint = () => BG;
/** Polygons: vertical bands of two saturated colours over the whole map. */
const colours = (a: [number, number, number], b: [number, number, number]): Paint => (x) => ((x >> 3) % 2 ? a : b);
const mapA = colours([215, 25, 28], [253, 174, 97]);
const mapB = colours([43, 131, 186], [171, 221, 164]);
/** Only the outlines of the final map are drawn: thin dark lines on the background. */
const outlines: Paint = (x) => (x % 8 === 0 ? [38, 43, 51] : BG);
/** The left half coloured, the right half not yet. */
const half = (p: Paint): Paint => (x, y) => (x < 100 ? p(x, y) : BG);

describe('first coloured map from frames', () => {
  it('is the first frame showing the settled colours, not the background, outlines or a half-drawn map', () => {
    const frames = [frame(1_010, blank), frame(1_100, background), frame(1_200, outlines), frame(1_300, half(mapA)), frame(1_400, mapA), frame(1_500, mapA)];
    const r = firstMapFromFrames(frames, 1_000, frames.at(-1)!, RECT);
    expect(r.ms).toBe(400);
    expect(r.points).toBeGreaterThan(500);
  });

  it('ignores frames from before the navigation started', () => {
    const frames = [frame(900, mapA), frame(1_100, background), frame(1_250, mapA)];
    expect(firstMapFromFrames(frames, 1_000, frames.at(-1)!, RECT).ms).toBe(250);
  });

  it('is null when no frame shows the settled map', () => {
    const frames = [frame(1_100, background), frame(1_200, half(mapA))];
    expect(firstMapFromFrames(frames, 1_000, frame(1_300, mapA), RECT).ms).toBeNull();
  });

  it('reads only the map rectangle: colours outside it do not count', () => {
    const outside: Paint = (x, y) => (x < 20 || y < 10 ? [0, 200, 0] : BG);
    const frames = [frame(1_100, outside), frame(1_200, (x, y) => (x < 20 || y < 10 ? [0, 200, 0] : mapA(x, y)))];
    expect(firstMapFromFrames(frames, 1_000, frames.at(-1)!, RECT).ms).toBe(200);
  });
});

describe('a recolouring from frames', () => {
  it('runs from the input to the first frame showing the new colours over the points that change', () => {
    const before = frame(1_900, mapA);
    const frames = [before, frame(2_010, mapA), frame(2_040, half(mapB)), frame(2_090, mapB), frame(2_200, mapB)];
    const r = changeFromFrames(frames, 2_000, before, frames.at(-1)!, RECT);
    expect(r.ms).toBe(90);
  });

  it('is null when the screen never shows the new colours', () => {
    const before = frame(1_900, mapA);
    const frames = [before, frame(2_010, mapA), frame(2_040, half(mapB))];
    expect(changeFromFrames(frames, 2_000, before, frame(2_500, mapB), RECT).ms).toBeNull();
  });
});

describe('the settled picture', () => {
  it('waits for the screen to hold still after the page settled, as a loaded machine shows changes late', async () => {
    const frames = [frame(1_000, mapA), frame(1_100, mapA), frame(1_300, half(mapB)), frame(1_500, mapB), frame(2_200, mapB)];
    const f = await stillFrame(frames, 1_050, RECT, 1_000);
    expect(f.t).toBe(2_200);
  });
});
