/**
 * Texts of the indicator diagnostics in the builder (IndicatorDiagnostics.svelte,
 * CorrelationHeatmap.svelte) and of the variance-based sensitivity in the sensitivity panel
 * (RankDrivers.svelte). Numbers arrive formatted, as text.
 */
export interface DiagnosticsMessages {
  title: string;
  intro: string;
  country: string;
  computing: string;
  /** The index of a year is not diagnosed. */
  ofYear: string;
  flagsTitle: (country: string) => string;
  noFlags: (country: string) => string;
  absent: string;
  drop: (pct: string) => string;
  lowAvailability: (pct: string) => string;
  identical: (pct: string) => string;
  skewed: (skew: string, kurtosis: string) => string;
  collinear: (names: string) => string;
  negative: (names: string) => string;
  tableTitle: string;
  tableCaption: (country: string) => string;
  indicator: string;
  availability: string;
  identicalShare: string;
  skew: string;
  treatment: string;
  corrPillar: string;
  corrIndex: string;
  applied: { none: string; winsorised: (n: string) => string; log: string; log_neg: string };
  alphaTitle: string;
  alphaHelp: string;
  alphaOne: string;
  alphaLine: (pillar: string, alpha: string, k: string) => string;
  heatmapTitle: string;
  heatmapHelp: string;
  heatmapCell: (a: string, b: string, rho: string) => string;
  /** The variance-based sensitivity (Saltelli–Jansen) in the sensitivity panel. */
  drivers: {
    title: string;
    intro: string;
    settings: (samples: string, evaluations: string, seed: string) => string;
    run: string;
    runAgain: string;
    cancel: string;
    cancelled: string;
    progressLabel: string;
    failed: (reason: string) => string;
    nothingVaried: string;
    /** Label of the base-samples choice. */
    samplesChoice: string;
    factors: { weights: string; normalisation: string; treatment: string };
    first: string;
    total: string;
    interval: string;
    meanShift: (shift: string) => string;
    driver: (factor: string, total: string) => string;
    noVariance: string;
    chartLabel: string;
    exportCsv: string;
  };
}
