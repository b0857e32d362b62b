/**
 * Texts of the evidence table: indicator × country, the level each figure is
 * measured at, its year and source; shown under "About the data", in the index builder and in
 * every export's Method sheet.
 */
export interface EvidenceMessages {
  title: string;
  intro: string;
  summaryCaption: string;
  tableCaption: string;
  pillar: string;
  indicator: string;
  source: string;
  /** Header of the column of lines of effort of the Collaborative Migration Management Strategy. */
  loe: string;
  /** Title of the collapsible evidence table in the index builder. */
  builderSummary: string;
  year: string;
  levels: { municipio: string; department: string; none: string };
  /** A pillar's count in one country: "5 municipio + 1 department", or "none". */
  count: (municipio: number, department: number) => string;
}
