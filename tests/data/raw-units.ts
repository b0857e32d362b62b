/**
 * Test fixture: the 682 units (UnitProps) read from data/raw/boundaries by the build's own unit
 * readers (GT lakes and SV water bodies skipped, SV departments by DIGESTYC code), so the
 * builders are tested on exactly the units the orchestrator gives them.
 */
import { join } from 'node:path';
import type { UnitProps } from '../../src/lib/data/schema.ts';
import { elSalvadorUnits, guatemalaUnits, hondurasUnits } from '../../scripts/build/unit-features.ts';

export const RAW_DIR = join(import.meta.dirname, '..', '..', 'data', 'raw');

let cache: UnitProps[] | undefined;

/** The units, sorted by id. */
export function rawUnits(): UnitProps[] {
  cache ??= [...guatemalaUnits(RAW_DIR), ...hondurasUnits(RAW_DIR), ...elSalvadorUnits(RAW_DIR)]
    .map((f) => ({ ...f.properties }))
    .sort((a, b) => (a.unit_id < b.unit_id ? -1 : a.unit_id > b.unit_id ? 1 : 0));
  return cache;
}
