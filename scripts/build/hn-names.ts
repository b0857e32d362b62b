/**
 * Honduran municipio names. The HN boundary file (A2SIT) misspells some names ("El Provenir",
 * "Conceppción Del Sur", "Nueva Aremnia"), capitalises particles ("Minas De Oro") and names 1012
 * "San Juan De Flores", the name of 0820 in Francisco Morazán, where INE's list has "San Juan"
 * (Intibucá). Names therefore come from INE's code list as carried by the population projection
 * file (`municipio_ine`), by INE code. Each boundary name must still agree with INE's name for its
 * code (equal ignoring case and accents, or listed below with the reason it differs), so that a
 * shifted code in either file stops the build instead of renaming a municipio.
 */
import { join } from 'node:path';
import { normName } from '../../src/lib/data/join/norm-name.ts';
import { col, readCsv } from './csv.ts';

/** The INE list, under `data/raw/`. */
export const HN_NAMES_FILE = join('additions', 'hnd_ine_population_projection_2020_2025_298.csv');

/** Boundary names that differ from INE's beyond case and accents, reviewed one by one. */
export const HN_NAME_DIFFERENCES: Readonly<Record<string, { boundary: string; why: string }>> = {
  '0320': { boundary: 'Lajas', why: 'short form of Las Lajas' },
  '0422': { boundary: 'Trinidad', why: 'short form of Trinidad de Copán' },
  '0805': { boundary: 'El Provenir', why: 'misspelt' },
  '0812': { boundary: 'Nueva Aremnia', why: 'misspelt' },
  '0905': { boundary: 'Villeda Morales', why: 'short form of Ramón Villeda Morales' },
  '1012': { boundary: 'San Juan De Flores', why: "0820's name; INE's 1012 in Intibucá is San Juan" },
  '1017': { boundary: 'San Francisco Opalaca', why: 'short form of San Francisco de Opalaca' },
  '1218': { boundary: 'Santiago Puringla', why: 'short form of Santiago de Puringla' },
  '1306': { boundary: 'Gualcinse', why: 'misspelt' },
  '1606': { boundary: 'San José de Colinas', why: 'short form of San José de las Colinas' },
  '1608': { boundary: 'Conceppción Del Sur', why: 'misspelt' },
  '1615': { boundary: 'Nueva Celilac', why: 'INE writes Nuevo Celilac' },
  '1803': { boundary: 'El Negrita', why: 'misspelt' },
};

/** INE code → INE's municipio name (NFC, as published). */
export function readHnIneNames(rawDir: string): Map<string, string> {
  const rows = readCsv(join(rawDir, HN_NAMES_FILE));
  const names = new Map(rows.map((r) => [col(r, 'muni_code_ine'), col(r, 'municipio_ine').normalize('NFC').trim()]));
  if (names.size !== 298) throw new Error(`HN names: ${names.size} codes in ${HN_NAMES_FILE}, expected 298`);
  return names;
}

/**
 * INE's name for `code`, after checking that the boundary file's `boundaryName` agrees with it
 * (equal after {@link normName}, or a reviewed {@link HN_NAME_DIFFERENCES} entry).
 */
export function hnUnitName(code: string, boundaryName: string, ine: ReadonlyMap<string, string>): string {
  const name = ine.get(code);
  if (!name) throw new Error(`HN ${code}: not in INE's list (${HN_NAMES_FILE})`);
  const listed = HN_NAME_DIFFERENCES[code];
  if (listed) {
    if (listed.boundary !== boundaryName) throw new Error(`HN ${code}: boundary name "${boundaryName}", the reviewed difference says "${listed.boundary}"`);
    return name;
  }
  if (normName(name) !== normName(boundaryName)) throw new Error(`HN ${code}: boundary name "${boundaryName}" disagrees with INE's "${name}"`);
  return name;
}
