import type { CatalogEntry } from '../data/schema.ts';
import type { UnitFeatureProps } from '../geo/unit-features.ts';
import type { DatasetDb } from './dataset-db.ts';
import type { PillarGroup } from './pillar-groups.ts';
import { profileRows, type ProfileRow } from './profile-rows.ts';

export type ProfileStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The profile panel's content for the selected unit. */
export class Profile {
  unit = $state.raw<UnitFeatureProps | null>(null);
  status = $state<ProfileStatus>('idle');
  groups = $state.raw<PillarGroup<ProfileRow>[]>([]);
  error = $state('');
  #seq = 0;

  /** Shows `unit` and loads its rows once the engine is ready (a newer call wins). */
  async open(unit: UnitFeatureProps, catalog: readonly CatalogEntry[], db: Promise<DatasetDb>): Promise<void> {
    const seq = ++this.#seq;
    this.unit = unit;
    this.status = 'loading';
    this.groups = [];
    try {
      const ranked = await (await db).profile(unit.unit_id);
      if (seq !== this.#seq) return;
      this.groups = profileRows(catalog, unit.country, ranked);
      this.status = 'ready';
    } catch (err) {
      if (seq !== this.#seq) return;
      this.error = err instanceof Error ? err.message : String(err);
      this.status = 'error';
    }
  }

  close(): void {
    this.#seq++;
    this.unit = null;
    this.status = 'idle';
    this.groups = [];
  }
}
