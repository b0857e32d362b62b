import { describe, expect, it } from 'vitest';
import { baseStyle, startsEmpty } from '../../src/lib/map/base-style.ts';
import { UNIT_FILL_LAYER, UNITS_SOURCE } from '../../src/lib/map/unit-fill-layer.ts';

describe('baseStyle', () => {
  it('shows the background and the choropleth from the start, and hides every layer whose source starts empty', () => {
    const layers = baseStyle().layers;
    const visibility = (id: string) => {
      const l = layers.find((x) => x.id === id);
      return l && 'layout' in l ? (l.layout as { visibility?: string } | undefined)?.visibility : undefined;
    };
    expect(visibility('background')).toBeUndefined();
    expect(visibility(UNIT_FILL_LAYER)).toBeUndefined();
    const others = layers.filter((l) => 'source' in l && l.source !== UNITS_SOURCE);
    // Hover, boundary lines, hotspot outlines and selection: all drawn from a source of their own.
    // (The hatch, the emphasised department lines and the top N outline are FocalMap's own layers
    // since issue 12, masked-layer.ts, and the hotspot islands' outline since the Hotspots run's
    // frame of issue 12: deliberately fewer here.)
    expect(others.length).toBeGreaterThanOrEqual(8);
    for (const l of others) expect(visibility(l.id), l.id).toBe('none');
  });

  it('keeps the other layout properties of the hidden layers', () => {
    const country = baseStyle().layers.find((l) => l.id === 'outline-country');
    expect(country && 'layout' in country ? country.layout : undefined).toEqual({ 'line-join': 'round', visibility: 'none' });
  });

  it('starts empty every source but the units', () => {
    expect(startsEmpty(UNITS_SOURCE)).toBe(false);
    expect(startsEmpty(undefined)).toBe(false);
    for (const id of Object.keys(baseStyle().sources)) expect(startsEmpty(id)).toBe(id !== UNITS_SOURCE);
  });
});
