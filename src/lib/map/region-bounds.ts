import type { LngLatBounds } from '../geo/bounds.ts';

/**
 * Guatemala, Honduras and El Salvador together: the camera before the boundary files arrive, so
 * the map can initialise while they download. The data's own bounds replace it.
 */
export const REGION_BOUNDS: LngLatBounds = [-92.25, 12.95, -83.1, 17.85];
