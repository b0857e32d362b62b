import { describe, expect, it } from 'vitest';
import { investmentPointLayers, pointRadius, POINT_MAX_RADIUS } from '../../src/lib/map/investment-points.ts';

describe('investment points', () => {
  it('area is proportional to the amount: a quarter of the largest has half its radius; tiny amounts stay visible', () => {
    expect(pointRadius(400, 400)).toBe(POINT_MAX_RADIUS);
    expect(pointRadius(100, 400)).toBe(POINT_MAX_RADIUS / 2);
    expect(pointRadius(1e-9, 400)).toBe(2);
  });
  it('no layer without points', () => {
    expect(investmentPointLayers([])).toEqual([]);
    expect(investmentPointLayers([{ lon: -87, lat: 14, amount: 5 }])).toHaveLength(1);
  });
});
