/**
 * The geocoded investment rows kept by the filter as points, area proportional to the amount
 * (radius ∝ √amount, the largest 18 px), dark thin outline on a faint white fill so that the units'
 * colours stay readable underneath. Not pickable (clicks go to the units).
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import { OUTLINE_LAYER } from './base-style.ts';
import type { InvestmentPoint } from '../data/investment-point.ts';

export type { InvestmentPoint };

export const POINT_MAX_RADIUS = 18;

/** Radius in pixels of a point of `amount` when the largest is `max`: area ∝ amount, at least 2 px. */
export function pointRadius(amount: number, max: number): number {
  return max > 0 ? Math.max(2, POINT_MAX_RADIUS * Math.sqrt(amount / max)) : 2;
}

export function investmentPointLayers(points: InvestmentPoint[]): ScatterplotLayer<InvestmentPoint>[] {
  if (points.length === 0) return [];
  const max = points.reduce((m, p) => Math.max(m, p.amount), 0);
  // Largest first, so that small points are drawn on top.
  const data = [...points].sort((a, b) => b.amount - a.amount);
  const props = {
    id: 'investment-points',
    beforeId: OUTLINE_LAYER.selectedHalo,
    data,
    getPosition: (p: InvestmentPoint) => [p.lon, p.lat] as [number, number],
    getRadius: (p: InvestmentPoint) => pointRadius(p.amount, max),
    radiusUnits: 'pixels' as const,
    stroked: true,
    filled: true,
    getFillColor: [255, 255, 255, 50] as [number, number, number, number],
    getLineColor: [25, 25, 25, 170] as [number, number, number, number],
    lineWidthUnits: 'pixels' as const,
    getLineWidth: 0.8,
    pickable: false,
  };
  return [new ScatterplotLayer<InvestmentPoint>(props)];
}
