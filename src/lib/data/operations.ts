/**
 * The four headless operations of focal, in one place: the one entry shared by the UI (state
 * runners), the workers, the CLI and the tests, so that each computes exactly what the others do.
 * This module only re-exports; each operation stays in the file that owns it.
 *
 * - {@link rankUnits}: the targeting index and priority list (docs/METHODS.md, the index).
 * - {@link hotspots}: local Moran's I and Getis–Ord Gi* with conditional permutation
 *   (docs/METHODS.md, hotspots; Anselin 1995, Getis & Ord 1992).
 * - {@link coverageByUnit}: investment coverage per unit from raw rows and a filter by names (the
 *   CLI and the tests); {@link computeCoverage} is the engine it runs, which the app calls on rows
 *   placed once in a worker (docs/METHODS.md, coverage).
 * - {@link joinUnits}: a planner's rows joined to the units by code or by name, with its report.
 */
export { rankUnits, type RankUnitsOptions } from './rank-units.ts';
export { hotspots, type HotspotOptions, type HotspotResult } from '../analysis/hotspots.ts';
export { coverageByUnit, type CoverageByUnit, type CoverageByUnitOptions, type CoverageFilterByName } from './coverage-by-unit.ts';
export { computeCoverage } from '../analysis/coverage.ts';
export { joinUnits, type JoinOptions } from './join/join-units.ts';
