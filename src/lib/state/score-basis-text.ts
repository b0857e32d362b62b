/**
 * The sentences that say what the index scores rest on, from a {@link ScoreBasis}: the score's
 * label ("Re-scaled within country: GT migration + I–V; HN migration + IV; …"), the true count
 * ("Scored 340 of 682 municipios; 342 unscored: HN lacks I–III + V, …") and the note beside the map
 * when the strict rule leaves whole countries unscored. One source for the builder, the ranking
 * header, the profile and the map's note, so they cannot disagree.
 */
import type { ScoreBasisMessages } from '../i18n/score-basis-messages.ts';
import { pillarList, unscoredCountries, type ScoreBasis } from './score-basis.ts';

/** The word of a non-numeral root child in pillar lists: `migration` from the messages, else `label(id)`. */
export function pillarWord(m: ScoreBasisMessages, label: (id: string) => string): (id: string) => string {
  return (id) => (id === 'migration' ? m.migration : label(id));
}

/** "Re-scaled within country: GT migration + I–V; HN migration + IV; SV migration + IV" (or the strict form). */
export function scoreBasisLabel(basis: ScoreBasis, m: ScoreBasisMessages, word: (id: string) => string): string {
  const parts = basis.countries
    // "GT migration + I–V": a country code and pillar numerals read the same in every language.
    .map((c) => (c.used.length ? `${c.country} ${pillarList(c.used, word)}` : m.countryNothing(c.country)))
    .join('; ');
  return basis.rule === 'strict' ? m.labelStrict(parts) : m.labelAvailable(parts);
}

/** "Scored 340 of 682 municipios; 342 unscored: HN lacks I–III + V, SV lacks I–III + V". */
export function scoredLine(basis: ScoreBasis, m: ScoreBasisMessages, word: (id: string) => string): string {
  const units = basis.countries.reduce((s, c) => s + c.units, 0);
  const scored = basis.countries.reduce((s, c) => s + c.scored, 0);
  const out = unscoredCountries(basis);
  if (out.length === 0) return m.scored(scored, units);
  const reasons = out
    .map((c) => (c.reason === 'pillars' ? m.lacksPillars(c.country, pillarList(c.absent, word)) : m.lacksData(c.country, c.unscored)))
    .join(', ');
  return m.scored(scored, units) + m.unscored(units - scored, reasons);
}

/**
 * The note beside the map when countries are wholly unscored for lack of pillars (strict rule):
 * which countries, which pillars they lack, the most weight any of their municipios rests on
 * against the threshold. '' when none is.
 */
export function unscoredNote(basis: ScoreBasis, m: ScoreBasisMessages, word: (id: string) => string, countryName: (code: string) => string): string {
  const out = unscoredCountries(basis).filter((c) => c.reason === 'pillars');
  // Countries lacking the same pillars share one sentence; each other set of pillars has its own.
  const bySet = new Map<string, typeof out>();
  for (const c of out) {
    const key = pillarList(c.absent, word);
    bySet.set(key, [...(bySet.get(key) ?? []), c]);
  }
  return [...bySet]
    .map(([pillars, cs]) =>
      m.noteStrict(
        cs.map((c) => `${countryName(c.country)} (${c.country})`).join(', '),
        pillars,
        Math.floor(100 * Math.max(...cs.map((c) => c.bestCoverage)) + 1e-9),
        Math.round(100 * basis.minWeightShare),
      ),
    )
    .join(' ');
}
