/** A geocoded investment row kept by the filter: where it is and how much it states (USD). */
export interface InvestmentPoint {
  lon: number;
  lat: number;
  amount: number;
}
