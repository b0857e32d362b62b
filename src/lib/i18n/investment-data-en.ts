import type { InvestmentDataMessages } from './investment-data-messages.ts';

export const investmentDataEn: InvestmentDataMessages = {
  legendNoSource: 'No investment data',
  noSource: (countries, units, several) =>
    `${countries} ${several ? 'have' : 'has'} no investment source in these data: ${several ? 'their' : 'its'} ${units} municipios are shown as “No investment data” (hatched), not as without coverage, and are left out of the underserved list, the concentration figures and the per-capita columns (empty, not 0).`,
  ageTitle: 'How old and how complete the data are',
  ageNoAmountNoYear: (country, rows) => `${country}: none of its ${rows} rows states an amount or a year: they show where activities are, not how much or since when.`,
  ageYears: (country, first, last, lastEnd) =>
    `${country}: projects started ${first}–${last}; nothing in these data started after ${last} (planned ends run to ${lastEnd}).`,
  ageAmounts: (country, withAmount, rows) => `${country}: ${withAmount} of ${rows} rows state an amount.`,
  coveredOnly: (countries) => `Only municipios of countries with investment data (${countries}) are compared.`,
  loe: 'Line of effort (migration management)',
  allLoe: 'All lines of effort',
  loeHelp: 'Lines of effort of the Collaborative Migration Management Strategy, from the sector; most development sectors serve the root causes and no line.',
  commitmentsTitle: 'Private-sector commitments (Call to Action)',
  commitmentsKey: (sa, s, ra) => `${sa} = ${s.toLowerCase()} named together; ${ra} = only the region named.`,
  commitmentsIntro: 'Pledges announced in White House fact sheets, 2021–2024, by where the sheet places them. Only pledges first announced in each sheet are added up.',
  commitmentsCaveat:
    'These are announced commitments, not disbursements: investment, purchasing, loans and capital to be raised, over 2 to 10 years. They are never municipal, a regional or several-country pledge cannot be split, and they are not in the coverage money above.',
  colDate: 'Date',
  colSeveral: 'Several countries',
  colRegional: 'Regional',
  colSeveralAbbr: 'Sev.',
  colRegionalAbbr: 'Reg.',
  colTotal: 'Total',
  headlineCheck: (running, headline) => `Running sum ${running}; the White House said “more than ${headline}”.`,
  withoutAmount: (n) => `${n} pledges without an amount.`,
  withPrior: 'Add earlier pledges first listed in February 2023',
  priorNote: (amount) => `Not added: ${amount} of earlier pledges the February 2023 sheet lists as progress.`,
  commitmentsUnit: 'USD million',
  millionUsd: (v) => `USD ${v} million`,
  commitmentsLoading: 'Reading the commitments…',
};
