import type { EvidenceMessages } from './evidence-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'en', 0);

export const evidenceEn: EvidenceMessages = {
  title: 'What the data rest on',
  intro:
    'For each indicator and country: the level at which the figures are measured, their reference year and their source. "None": the country publishes no such figure, so its municipios are not scored on it (this is not missing data). A department figure is given to every municipio of the department; it is not a municipal measurement.',
  summaryCaption: 'Indicators per pillar and country, by level',
  tableCaption: 'Indicators by country: level, year and source',
  pillar: 'Pillar',
  indicator: 'Indicator',
  source: 'Source',
  loe: 'Lines of effort (CMMS)',
  builderSummary: 'What each indicator rests on, by country',
  year: 'Year',
  levels: { municipio: 'municipio', department: 'department', none: 'none' },
  count: (m, d) => (m + d === 0 ? 'none' : [m ? `${int(m)} municipio` : '', d ? `${int(d)} department` : ''].filter(Boolean).join(' + ')),
};
