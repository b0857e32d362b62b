/**
 * Texts of the skew treatment choices (COINr's `log_CT_plus`, and a treatment
 * per indicator): the labels of the two new methods (the first three are `builder.treatments`), the
 * sentence that explains them, and the per-indicator select of the builder's indicator list.
 */
export interface SkewTreatmentMessages {
  /** Labels of the methods using COINr's log_CT_plus. */
  methods: { coinr_plus: string; log_plus: string };
  /** One sentence added to the treatment's help: what log_CT_plus does and when it matters. */
  plusHelp: string;
  /** Accessible name of an indicator's treatment select. */
  indicatorSelect: (indicator: string) => string;
  /** The select's first option: no treatment of its own, the index's (its label given). */
  asIndex: (method: string) => string;
}
