import type { SkewTreatmentMessages } from './skew-treatment-messages.ts';

export const skewTreatmentEs: SkewTreatmentMessages = {
  methods: { coinr_plus: 'Regla COINr, log según la asimetría (log_CT_plus)', log_plus: 'Log según la asimetría, siempre (log_CT_plus)' },
  plusHelp:
    'Las variantes «según la asimetría» usan log_CT_plus de COINr, que refleja la transformación logarítmica en un indicador con una cola larga de valores bajos, de modo que reduce su asimetría en lugar de agravarla.',
  indicatorSelect: (indicator) => `Tratamiento de la asimetría de ${indicator}`,
  asIndex: (method) => `Como el índice: ${method}`,
};
