/**
 * Turns a spec and its tables into the engine's input: the enabled indicators as leaves over the
 * table's columns, the groups as nodes, the unit's country as its scope group.
 */
import type { GroupNode, IndexInput, IndicatorLeaf } from '../analysis/composite-types.ts';
import type { IndexSpec } from './index-spec.ts';
import type { RankTables } from './rank-types.ts';

/** Scope group per unit: the index of its country among the distinct countries sorted by code. */
export function countryScopeGroups(countries: readonly string[]): { codes: string[]; group: Int32Array } {
  const codes = [...new Set(countries)].sort();
  const at = new Map(codes.map((c, i) => [c, i]));
  return { codes, group: Int32Array.from(countries, (c) => at.get(c)!) };
}

/**
 * The {@link IndexInput} of `spec` on `tables`: one leaf per enabled indicator (its values are the
 * table column `column ?? id`; its own treatment, if any, completed by the spec-wide one), the
 * groups with an enabled indicator below them, the spec's options, and the units' countries as
 * scope groups (ids sorted, so `GT` = 0, `HN` = 1, `SV` = 2 on the default data).
 *
 * @throws Error naming every column the spec needs that the tables lack, or whose length differs
 *   from the number of units.
 */
export function indexInputFromSpec(tables: RankTables, spec: IndexSpec): IndexInput {
  const n = tables.units.length;
  const missing: string[] = [];
  const wrongLength: string[] = [];
  const leaves: IndicatorLeaf[] = [];
  for (const ind of spec.indicators) {
    if (ind.enabled === false) continue;
    const column = ind.column ?? ind.id;
    const values = tables.columns.get(column);
    if (!values) missing.push(column);
    else if (values.length !== n) wrongLength.push(`${column} (${values.length} values for ${n} units)`);
    else {
      const leaf: IndicatorLeaf = { id: ind.id, parent: ind.parent, weight: ind.weight, direction: ind.direction, values };
      // An indicator's own treatment takes the spec-wide thresholds it does not set (COINr merges
      // indiv_specs into global_specs the same way).
      if (ind.treatment) leaf.treatment = { ...spec.treatment, ...ind.treatment };
      leaves.push(leaf);
    }
  }
  if (missing.length > 0) {
    throw new Error(`indicator column${missing.length > 1 ? 's' : ''} not found in ${spec.data.values.file}: ${missing.join(', ')}`);
  }
  if (wrongLength.length > 0) throw new Error(`indicator columns do not match the units: ${wrongLength.join(', ')}`);
  // Groups with no enabled indicator below them (a pillar switched off, or one the data lack) are
  // left out, so the weights re-scale over the others; the engine refuses empty groups.
  const used = new Set<string>();
  const parentOf = new Map(spec.groups.map((g) => [g.id, g.parent]));
  for (const leaf of leaves) {
    for (let p: string | null | undefined = leaf.parent; p != null && !used.has(p); p = parentOf.get(p)) used.add(p);
  }
  const groups: GroupNode[] = spec.groups.filter((g) => used.has(g.id)).map((g) => ({ id: g.id, parent: g.parent, weight: g.weight }));
  return {
    n,
    scopeGroup: countryScopeGroups(tables.units.map((u) => u.country)).group,
    leaves,
    groups,
    options: {
      treatment: { ...spec.treatment },
      normalisation: { ...spec.normalisation, range: [spec.normalisation.range[0], spec.normalisation.range[1]] },
      aggregation: spec.aggregation,
      minWeightShare: spec.minWeightShare,
      pillarRule: spec.pillarRule,
    },
  };
}
