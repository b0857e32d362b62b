/**
 * The targets of every join in the app: the units on the map, and El Salvador's 262 pre-2024
 * municipios (distritos) from `boundaries/sv-pre2024.topo.json`, read for their properties only.
 */
import { joinTargets } from '../data/join/join-targets.ts';
import type { JoinTarget } from '../data/join/join-types.ts';
import type { SvPre2024UnitProps, UnitProps } from '../data/schema.ts';
import { fetchDataJson } from '../data/dataset-files.ts';

interface PropsTopology {
  objects: { units?: { geometries?: { properties?: SvPre2024UnitProps }[] } };
}

export async function workspaceJoinTargets(units: readonly UnitProps[], baseUrl: string): Promise<JoinTarget[]> {
  const topo = await fetchDataJson<PropsTopology>(`${baseUrl}boundaries/sv-pre2024.topo.json`);
  const distritos = (topo.objects.units?.geometries ?? []).flatMap((g) => (g.properties ? [g.properties] : []));
  return joinTargets([...units], distritos);
}
