/**
 * Every palette of the app stays readable with a colour-vision deficiency. Colours are simulated
 * for full protanopia, deuteranopia and tritanopia (Machado et al. 2009) and compared with
 * CIEDE2000. The rule, per kind of scheme:
 * - ordered schemes (map classes): neighbouring classes at ΔE00 ≥ 5, a difference seen at a glance
 *   (ColorBrewer's own colour-blind-safe 7-class YlOrRd comes to 5.3 for deuteranopes);
 * - categories a reader must match to a legend (hotspot clusters, bivariate cells, index groups):
 *   every pair at ΔE00 ≥ 8 (clusters ≥ 10);
 * - text: WCAG 2 AA contrast, 4.5:1 for body text and 3:1 for the focus ring (WCAG 1.4.11).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sequentialPalette } from '../../src/lib/map/palettes.ts';
import { CLUSTER_RGB, significanceRgb } from '../../src/lib/map/hotspot-colours.ts';
import { BIVARIATE, COVERAGE_PALETTE, NO_COVERAGE_BY_NEED, NO_COVERAGE_COLOUR, bivariateColour } from '../../src/lib/map/coverage-colours.ts';
import { categoricalColour } from '../../src/lib/map/categorical-palette.ts';
import { textColourOn } from '../../src/lib/map/text-colour-on.ts';
import { divergingPalette } from '../../src/lib/map/diverging-palette.ts';
import { CHANGE_STATUSES, CHANGE_STATUS_COLOURS, changeStatusHatched } from '../../src/lib/map/change-colours.ts';
import { contrastRatio, deltaE2000, hexRgb, seenDifference, simulate, type Deficiency, type Rgb } from './colour-vision.ts';

const KINDS: (Deficiency | undefined)[] = [undefined, 'protanopia', 'deuteranopia', 'tritanopia'];

/** The smallest difference over the kinds of vision, with where it occurs. */
function worst(a: Rgb, b: Rgb): { d: number; kind: string } {
  let d = Infinity;
  let kind = '';
  for (const k of KINDS) {
    const x = seenDifference(a, b, k);
    if (x < d) [d, kind] = [x, k ?? 'normal'];
  }
  return { d, kind };
}

/** Pairs closer than `min` (described), empty when the scheme passes. */
function tooClose(pairs: [string, Rgb, string, Rgb][], min: number): string[] {
  return pairs.flatMap(([na, a, nb, b]) => {
    const w = worst(a, b);
    return w.d < min ? [`${na} vs ${nb}: ΔE00 ${w.d.toFixed(1)} (${w.kind})`] : [];
  });
}

const adjacent = (name: string, colours: Rgb[]): [string, Rgb, string, Rgb][] =>
  colours.slice(1).map((c, i) => [`${name}[${i}]`, colours[i], `${name}[${i + 1}]`, c]);
const everyPair = (named: [string, Rgb][]): [string, Rgb, string, Rgb][] =>
  named.flatMap(([na, a], i) => named.slice(i + 1).map(([nb, b]): [string, Rgb, string, Rgb] => [na, a, nb, b]));

describe('the colour science behind the checks', () => {
  it('CIEDE2000 gives the published values of Sharma, Wu & Dalal (2005), Table 1', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  it('the Machado simulation leaves greys grey and merges red and green for deuteranopes', () => {
    for (const k of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const g = simulate([128, 128, 128], k);
      for (const c of g) expect(Math.abs(c - 128)).toBeLessThan(1.5);
    }
    // Pure red and a green of about its lightness: far apart normally, close for a deuteranope.
    const red: Rgb = [200, 60, 40];
    const green: Rgb = [110, 120, 40];
    expect(seenDifference(red, green)).toBeGreaterThan(25);
    expect(seenDifference(red, green, 'deuteranopia')).toBeLessThan(8);
  });

  it('WCAG contrast: black on white is 21:1, #767676 on white 4.54:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 6);
    expect(contrastRatio(hexRgb('#767676'), [255, 255, 255])).toBeCloseTo(4.54, 2);
  });
});

describe('map palettes stay apart with colour-vision deficiencies', () => {
  it('YlOrRd (the indicator and index maps): neighbouring classes at ΔE00 ≥ 5 for 1 to 7 classes', () => {
    const bad: string[] = [];
    for (let k = 2; k <= 7; k++) bad.push(...tooClose(adjacent(`YlOrRd${k}`, sequentialPalette(k)), 5));
    expect(bad).toEqual([]);
  });

  it('RdBu (the change maps): neighbouring classes at ΔE00 ≥ 5 for 3, 5 and 7 classes', () => {
    const bad: string[] = [];
    for (const k of [3, 5, 7]) bad.push(...tooClose(adjacent(`RdBu${k}`, divergingPalette(k, true)), 5));
    expect(bad).toEqual([]);
  });

  it('change-map statuses: every pair at ΔE00 ≥ 8; the unhatched one (zero base) ≥ 8 from every RdBu class, the hatched greys ≥ 5', () => {
    const named = CHANGE_STATUSES.map((s): [string, Rgb] => [`status ${s}`, hexRgb(CHANGE_STATUS_COLOURS[s])]);
    expect(tooClose(everyPair(named), 8)).toEqual([]);
    const classes = [3, 5, 7].flatMap((k) => divergingPalette(k, true).map((c, i): [string, Rgb] => [`RdBu${k}[${i}]`, c]));
    const pairs = (hatched: boolean) =>
      named.filter((_, j) => changeStatusHatched(CHANGE_STATUSES[j]) === hatched).flatMap(([n, c]) => classes.map(([m, d]): [string, Rgb, string, Rgb] => [n, c, m, d]));
    expect(tooClose(pairs(false), 8)).toEqual([]);
    expect(tooClose(pairs(true), 5)).toEqual([]);
  });

  it('coverage (ColorBrewer Blues): neighbouring classes at ΔE00 ≥ 5, "no coverage" orange ≥ 10 from every class', () => {
    const blues = COVERAGE_PALETTE.map(hexRgb);
    expect(tooClose(adjacent('Blues', blues), 5)).toEqual([]);
    const none = hexRgb(NO_COVERAGE_COLOUR);
    expect(tooClose(blues.map((b, i): [string, Rgb, string, Rgb] => [`Blues[${i}]`, b, 'no coverage', none]), 10)).toEqual([]);
  });

  it('bivariate need × coverage: every pair of the 12 cells at ΔE00 ≥ 8', () => {
    const cells: [string, Rgb][] = [];
    for (let need = 0; need < 3; need++) {
      cells.push([`need ${need} no coverage`, hexRgb(NO_COVERAGE_BY_NEED[need])]);
      for (let cov = 0; cov < 3; cov++) cells.push([`need ${need} coverage ${cov}`, hexRgb(BIVARIATE[need][cov])]);
    }
    expect(tooClose(everyPair(cells), 8)).toEqual([]);
  });

  it('the former Stevens blue–pink grid fails the same rule (the check can fail)', () => {
    const stevens = ['#e8e8e8', '#ace4e4', '#5ac8c8', '#dfb0d6', '#a5add3', '#5698b9', '#be64ac', '#8c62aa', '#3b4994'];
    expect(tooClose(everyPair(stevens.map((h): [string, Rgb] => [h, hexRgb(h)])), 8).length).toBeGreaterThan(0);
  });

  it('hotspot clusters: every pair of HH, LL, LH, HL, not significant and island at ΔE00 ≥ 10', () => {
    const keys = ['HH', 'LL', 'LH', 'HL', 'ns', 'island'] as const;
    expect(tooClose(everyPair(keys.map((k): [string, Rgb] => [k, CLUSTER_RGB[k]])), 10)).toEqual([]);
    const gi = ['hot', 'cold', 'ns', 'island'] as const;
    expect(tooClose(everyPair(gi.map((k): [string, Rgb] => [k, CLUSTER_RGB[k]])), 10)).toEqual([]);
    const geary = ['HH', 'LL', 'other_positive', 'negative', 'ns', 'island'] as const;
    expect(tooClose(everyPair(geary.map((k): [string, Rgb] => [k, CLUSTER_RGB[k]])), 10)).toEqual([]);
  });

  it('significance greens: neighbouring p-value classes at ΔE00 ≥ 5, each ≥ 10 from "not significant"', () => {
    const greens = [0.1, 0.05, 0.01, 0.001, 0.0001].map(significanceRgb);
    expect(tooClose(adjacent('greens', greens), 5)).toEqual([]);
    expect(tooClose(greens.map((g, i): [string, Rgb, string, Rgb] => [`greens[${i}]`, g, 'ns', CLUSTER_RGB.ns]), 10)).toEqual([]);
  });

  it('index groups (Okabe–Ito): the six groups of the default index at ΔE00 ≥ 8 from each other', () => {
    const groups = Array.from({ length: 6 }, (_, i): [string, Rgb] => [categoricalColour(i), hexRgb(categoricalColour(i))]);
    expect(tooClose(everyPair(groups), 8)).toEqual([]);
  });
});

describe('text contrast (WCAG 2 AA)', () => {
  const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
  const v = (name: string): Rgb => {
    const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
    if (!m) throw new Error(`--${name} is not a #rrggbb colour in app.css`);
    return hexRgb(m[1]);
  };

  it('body and muted text reach 4.5:1 on every panel background', () => {
    for (const fg of ['text', 'muted']) {
      for (const bg of ['surface', 'panel', 'panel-alt', 'hover']) {
        expect(contrastRatio(v(fg), v(bg)), `--${fg} on --${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(contrastRatio(v('header-text'), v('header'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(v('error'), v('error-bg'))).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring reaches 3:1 against the backgrounds it is drawn on', () => {
    for (const bg of ['surface', 'panel', 'panel-alt']) expect(contrastRatio(v('focus'), v(bg)), `--focus on --${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('counts printed on bivariate legend cells reach 4.5:1', () => {
    for (let c = 0; c < 12; c++) {
      const bg = bivariateColour(c);
      expect(contrastRatio(hexRgb(textColourOn(bg)), hexRgb(bg)), bg).toBeGreaterThanOrEqual(4.5);
    }
  });
});
