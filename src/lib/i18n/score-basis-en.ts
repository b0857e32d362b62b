import type { ScoreBasisMessages } from './score-basis-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'en', 0);

/** English texts of what the index scores rest on. */
export const scoreBasisEn: ScoreBasisMessages = {
  ruleLegend: 'When a country has no data for a pillar',
  ruleHelp: 'Some countries publish nothing for some pillars (the table below says which). Choose how their municipios are scored.',
  ruleAvailable: 'Use what each country has',
  ruleAvailableHelp:
    'The pillar is left out of that country’s weights and the others re-scale within the country, as for an indicator a country does not publish. Scores are compared within a country only.',
  ruleStrict: 'Strict',
  ruleStrictHelp:
    'The pillar counts as missing weight. A municipio whose data cover less than the minimum share of the weight gets no score, so a whole country may be left unscored.',
  tableTitle: 'Pillars each country’s score uses',
  tableCaption: 'Level of the figures each pillar uses, by country',
  pillar: 'Pillar',
  levels: { municipio: 'municipio', department: 'department', mixed: 'municipio + department', none: 'none' },
  levelsShort: { municipio: 'mun.', department: 'dept.', mixed: 'mun. + dept.', none: 'none' },
  notWeighted: 'weight 0',
  migration: 'migration',
  countryNothing: (country) => `${country} nothing`,
  labelAvailable: (parts) => `Re-scaled within country: ${parts}`,
  labelStrict: (parts) => `Strict (a pillar a country lacks counts as missing): ${parts}`,
  scored: (scored, units) => `Scored ${int(scored)} of ${int(units)} municipios`,
  unscored: (unscored, reasons) => `; ${int(unscored)} unscored: ${reasons}`,
  lacksPillars: (country, pillars) => `${country} lacks ${pillars}`,
  lacksData: (country, unscored) => `${country} ${int(unscored)} with too little data`,
  noteStrict: (countries, pillars, bestPct, thresholdPct) =>
    `${countries} not scored: no data for pillars ${pillars}, so their scores would rest on at most ${int(bestPct)}% of the weight, below the ${int(thresholdPct)}% minimum (strict rule).`,
  noteFix: 'Choose “Use what each country has” in the index builder to score each country on the pillars it has.',
  noteTitle: 'Not scored',
  restsOn: 'Rests on',
  restsOnSub: 'mun. · dept. · missing',
  restsOnHelp:
    'Share of the index’s weight measured per municipio (dark), given by department figures (light; the same for every municipio of a department) and missing (empty). The percentage is the share with data.',
  restsOnRow: (m, d, x) => `${int(m)}% municipio figures, ${int(d)}% department figures, ${int(x)}% missing`,
  profileTitle: 'What the index score rests on',
  profileShares: (m, d, x) => `${int(m)}% of the weight measured per municipio, ${int(d)}% by department figures, ${int(x)}% missing.`,
  profileLeftOut: (country, pillars) => `Left out for ${country} (no data; the other pillars re-scaled): ${pillars}.`,
  profileMissing: (country, pillars) => `Counted as missing for ${country} (no data, strict rule): ${pillars}.`,
  profileNoScore: 'No index score: its data cover less than the minimum share of the weight.',
};
