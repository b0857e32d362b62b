import type { SeverityMessages } from './severity-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'en', 0);
/** A cut-off as typed (up to one decimal). */
const cut = (x: number): string => formatNumber(x, 'en', 1, false);
const isDefault = (c: number[]) => c.join() === '20,40,60,80';

/** English texts of the severity classes. */
export const severityEn: SeverityMessages = {
  sevTitle: 'Severity classes 1–5',
  sevRules: { fixed: 'Fixed cut-offs', breaks: 'Natural breaks (Jenks) within each country' },
  sevCutsLabel: 'Cut-offs, in % of the score’s range',
  sevCutFrom: (c) => `Class ${int(c)} from`,
  sevCutsInvalid: 'Four ascending numbers between 0 and 100.',
  sevCutsReset: 'Reset to 20, 40, 60, 80',
  sevStateFixed: (lo, hi, c1, c2, c3, c4, within) =>
    `Fixed cut-offs on the ${int(lo)}–${int(hi)} score: 1 below ${cut(c1)}, 2 from ${cut(c1)}, 3 from ${cut(c2)}, 4 from ${cut(c3)}, 5 from ${cut(c4)} (${
      isDefault([c1, c2, c3, c4]) ? 'the same fifths of the score’s range' : 'in percent of the score’s range'
    }); 5 = most severe. ${
      within
        ? 'Scores are normalised within each country, so a class says where a municipio stands in its own country.'
        : 'Scores are normalised across the region, so a class means the same score in every country.'
    }`,
  sevStateBreaks: 'Natural breaks (Fisher–Jenks) of the scores within each country, five classes from that country’s scores alone; 5 = most severe.',
  sevZscore: 'z-scores have no fixed range, so fixed cut-offs cannot apply: natural breaks within each country are used.',
  sevColumn: 'Severity',
  sevColumnSub: 'class 1–5',
  sevColumnShort: 'Sev.',
  sevColumnShortSub: '1–5',
  sevColumnHelp: 'Severity class 1–5 of the score (5 = most severe), by the rule chosen in the index builder.',
  sevClassOf: (c) => `Severity ${int(c)} of 5`,
  sevNone: 'No class: no score',
  sevScale: 'Severity classes 1–5',
  sevLegendRow: (c) => `Class ${int(c)}${c === 5 ? ' · most severe' : c === 1 ? ' · least severe' : ''}`,
  sevMapNote: 'Classes are drawn within each country: a class is never compared across borders.',
  sevLabel: 'Severity',
};
