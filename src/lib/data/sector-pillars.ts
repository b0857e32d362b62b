/**
 * Sector → pillar of the U.S. Strategy for Addressing the Root Causes of Migration in Central
 * America (National Security Council, July 2021): I economic insecurity and inequality; II
 * corruption, democratic governance and rule of law; III human rights, labour rights and a free
 * press; IV violence, extortion and organised crime; V sexual, gender-based and domestic violence;
 * `other` where a sector serves no one pillar.
 *
 * Every sector of public/data/investments.csv is listed (AidData's sector names as the Honduras
 * AIMS release spells them, and the USAID/Guatemala office sectors of the data build). A row with
 * several sectors ("A; B") has the pillars of each. Keys are compared after {@link sectorKey}
 * (lower case, non-breaking spaces as spaces, spaces collapsed): the AidData names carry
 * non-breaking spaces and missing spaces ("purposeunspecified") that are kept as published.
 *
 * Reading used (a judgement, stated so it can be argued with):
 * - Pillar I covers the economy and livelihoods (agriculture, fishing, forestry, industry, mining,
 *   tourism, trade, finance, business support), economic infrastructure (energy, communications,
 *   "storage", which in the CRS/AidData tree is transport and storage) and the basic services and
 *   human capital whose lack makes up "economic insecurity and inequality" (education, health,
 *   water and sanitation, reproductive health).
 * - Pillar II: government and civil society, support to NGOs, and USAID's democracy, human rights
 *   and governance office (its Guatemalan activities are mostly justice and local governance).
 * - Nothing in these sources is classed as security, human rights or gender-based violence
 *   specifically (pillars III–V): the CRS sector "Conflict, peace and security" and its kin would be,
 *   and are listed for files that use them.
 * - `other`: multisector aid, sectors not specified, administrative costs, debt relief, and
 *   emergency relief (relief the Strategy sets apart from addressing root causes).
 */
import type { InvestmentPillar } from '../analysis/coverage-types.ts';

/** A sector name as compared: lower case, NBSP as space, runs of spaces as one, trimmed. */
export function sectorKey(sector: string): string {
  return sector.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

const MAP: Readonly<Record<string, InvestmentPillar>> = {
  // AidData Honduras AIMS (CRS-based sector names)
  'action relating to debt': 'other',
  'administrative costs': 'other',
  'agriculture, purpose unspecified': 'I',
  'banking and financial services,purpose unspecified': 'I',
  'business support services and institutions': 'I',
  'communications, purposeunspecified': 'I',
  'education, level unspecified,purpose unspecified': 'I',
  'emergency assistance and reconstruction, combinations ofpurposes': 'other',
  'energy generation and supply,purpose unspecified': 'I',
  'fishing, purpose unspecified': 'I',
  'forestry, purpose unspecified': 'I',
  'government and civil society,purpose unspecified': 'II',
  'health, general, purposeunspecified': 'I',
  'industry, purpose unspecified': 'I',
  'mineral resources and mining,purpose unspecified': 'I',
  'multisector aid': 'other',
  'multisector aid for social services': 'other',
  'population policies/ programmes and reproductive health, purposeunspecified': 'I',
  'sectors not specified': 'other',
  storage: 'I',
  'support to non-governmental organizations, purposeunspecified': 'II',
  'tourism policy and administrative management': 'I',
  'trade policy and regulations,purpose unspecified': 'I',
  'water supply and sanitation,purpose unspecified': 'I',
  // USAID/Guatemala technical offices (scripts/build/investments-usaid.ts)
  'democracy, human rights and governance': 'II',
  'economic growth': 'I',
  'health and education': 'I',
  'health (hiv/aids, pepfar)': 'I',
  // Not in the default data; CRS sectors a user's file may carry
  'conflict, peace and security': 'IV',
  'human rights': 'III',
  "women's equality organisations and institutions": 'V',
  'ending violence against women and girls': 'V',
};

/** The pillar of a sector, or null when the sector is not in the table. */
export function knownSectorPillar(sector: string): InvestmentPillar | null {
  const k = sectorKey(sector);
  return Object.hasOwn(MAP, k) ? MAP[k] : null;
}

/** The pillar of a sector; a sector not in the table is `other`. */
export function sectorPillar(sector: string): InvestmentPillar {
  return knownSectorPillar(sector) ?? 'other';
}
