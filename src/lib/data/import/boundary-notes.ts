/**
 * What the join report says about a layer beyond the match, as data and as sentences: the
 * shapefile of a zip that was read and those left out, the polygons repaired as the file was read
 * (by the names of the units their rows reached: other rows are not applied), and for new
 * boundaries the units that keep their current shapes (boundary-reach.ts). BoundaryNotes.svelte
 * shows it; `focal join` on a boundary file prints the same sentences. Pure.
 */
import type { Messages } from '../../i18n/messages.ts';
import type { JoinReport, JoinTarget } from '../join/join-types.ts';
import { keptShapes, type KeptShapes } from './boundary-reach.ts';
import type { GeometryFixes, RawLayer, ShapefileInZip } from './import-types.ts';

export type FixKind = keyof GeometryFixes;

export interface BoundaryNotes {
  /** A zip of several shapefiles: the one read and the others (null otherwise). */
  shapefiles: { count: number; read: ShapefileInZip; left: ShapefileInZip[] } | null;
  /** Repairs of rows that reached a unit, as the units' names. */
  fixes: { key: FixKind; names: string[] }[];
  kept: KeptShapes[];
}

const FIX_KINDS: FixKind[] = ['closed', 'dropped', 'emptied', 'repaired', 'invalid'];

/** The notes of `layer` joined as `report`; `boundaries`: the layer gives new shapes (not investment points). */
export function boundaryNotes(layer: RawLayer, report: JoinReport | null, targets: readonly JoinTarget[], boundaries: boolean): BoundaryNotes {
  const all = layer.read.shapefiles ?? [];
  const read = all.find((s) => s.name === layer.read.sheet);
  const shapefiles = read ? { count: all.length, read, left: all.filter((s) => s !== read) } : null;
  if (!boundaries || !report) return { shapefiles, fixes: [], kept: [] };
  const f = layer.geometryFixes;
  const unitOf = new Map(report.matched.map((m) => [m.row, m.unitId]));
  const nameOf = new Map(targets.map((x) => [x.unitId, x.names[0] ?? x.unitId]));
  const fixes = f
    ? FIX_KINDS.flatMap((key) => {
        const names = f[key].flatMap((row) => {
          const unit = unitOf.get(row);
          return unit ? [nameOf.get(unit) ?? unit] : [];
        });
        return names.length ? [{ key, names }] : [];
      })
    : [];
  return { shapefiles, fixes, kept: keptShapes(layer, report, targets) };
}

/** A repair's sentence; `names` as the list to show. */
export function fixSentence(t: Messages, key: FixKind, n: number, names: string): string {
  const b = t.boundaryNotes;
  return key === 'closed'
    ? b.ringsClosed(n, names)
    : key === 'dropped'
      ? b.ringsDropped(n, names)
      : key === 'emptied'
        ? b.shapesEmptied(n, names)
        : key === 'repaired'
          ? b.shapesRepaired(n, names)
          : b.shapesInvalid(n, names);
}

/** Whether a left-out shapefile could be read instead. */
export const usableLeft = (notes: BoundaryNotes): boolean => (notes.shapefiles?.left ?? []).some((s) => (s.kind === 'polygon' || s.kind === 'point') && s.features > 0);

/** The notes as plain lines (the CLI prints them; the app shows the same sentences). */
export function boundaryNoteLines(notes: BoundaryNotes, fileName: string, t: Messages): string[] {
  const b = t.boundaryNotes;
  const lines: string[] = [];
  const z = notes.shapefiles;
  if (z) {
    lines.push(b.shapefileRead(fileName, z.count, z.read.name, b.shapefileHolds(z.read.kind, z.read.features)));
    if (z.left.length) lines.push(b.shapefilesLeft(z.left.map((s) => `${s.name} (${b.shapefileHolds(s.kind, s.features)})`).join(', ')));
  }
  for (const f of notes.fixes) lines.push(fixSentence(t, f.key, f.names.length, f.names.join(', ')));
  for (const k of notes.kept) {
    lines.push(b.keptShapesIntro(t.countries[k.country], k.replaced, k.units));
    for (const d of k.depts) lines.push(`  ${d.dept} (${d.names.length}): ${d.names.join(', ')}`);
  }
  return lines;
}
