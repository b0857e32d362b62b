import type { SkewTreatmentMessages } from './skew-treatment-messages.ts';

export const skewTreatmentEn: SkewTreatmentMessages = {
  methods: { coinr_plus: 'COINr rule, skew-aware log (log_CT_plus)', log_plus: 'Skew-aware log, always (log_CT_plus)' },
  plusHelp:
    'The skew-aware variants use COINr’s log_CT_plus, which mirrors the log transform for an indicator with a long tail of low values, so that the transform reduces its skew instead of making it worse.',
  indicatorSelect: (indicator) => `Skew treatment of ${indicator}`,
  asIndex: (method) => `As the index: ${method}`,
};
