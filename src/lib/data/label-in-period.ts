/**
 * A yearly indicator's label for the period shown. Some labels carry their reference year
 * ("Municipal management ranking (SEGEPLAN 2018)"): shown for another year, or for a change
 * between two years, that year would be wrong. The reference year (the catalog's `year`, when it
 * is one year of the entry's `years`) is replaced by the period shown, or taken out when the
 * period is said beside the label. A label without its year, or an entry without years, is
 * returned as it is.
 */
import type { Bilingual, CatalogEntry } from './schema.ts';

/** The reference year as a word of a label (not part of a longer number), or null. */
function yearWord(entry: CatalogEntry): RegExp | null {
  const y = entry.year;
  if (!entry.years?.length || !/^[0-9]{4}$/.test(y) || !entry.years.includes(Number(y))) return null;
  return new RegExp(`(?<![0-9])${y}(?![0-9])`, 'g');
}

function mapLabel(label: Bilingual, f: (text: string) => string): Bilingual {
  return { en: f(label.en), es: f(label.es) };
}

/** The label with its reference year replaced by `period` ("2013", "2016–2018", "2013 → 2018"). */
export function labelInPeriod(entry: CatalogEntry, period: string): Bilingual {
  const word = yearWord(entry);
  return word ? mapLabel(entry.label, (t) => t.replace(word, period)) : entry.label;
}

/** The label without its reference year ("Municipal management ranking (SEGEPLAN)"), for a period said beside it. */
export function labelWithoutYear(entry: CatalogEntry): Bilingual {
  const word = yearWord(entry);
  if (!word) return entry.label;
  const spaced = new RegExp(`\\s+${word.source}|${word.source}\\s+`, 'g');
  return mapLabel(entry.label, (t) => t.replace(spaced, '').replace(word, '').trim());
}
