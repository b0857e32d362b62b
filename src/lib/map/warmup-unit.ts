import type { UnitFeature } from '../geo/unit-features.ts';

/**
 * A single, tiny, transparent polygon far outside the region. Giving it to the fill layer as soon
 * as the map exists makes deck.gl compile the layer's shaders (in parallel, where the browser
 * allows) while the boundary files are still being read; the real units then reuse the program.
 */
export const WARMUP_UNITS: UnitFeature[] = [
  {
    type: 'Feature',
    id: 'warmup',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0.0001, 0],
          [0, 0.0001],
          [0, 0],
        ],
      ],
    },
    properties: { unit_id: '', country: 'GT', code: '', name: '', dept_code: '', dept_name: '', ine_code: '', index: 0 },
  },
];

/** The warm-up unit's colour: fully transparent. */
export const WARMUP_FILL = new Uint8ClampedArray(4);
