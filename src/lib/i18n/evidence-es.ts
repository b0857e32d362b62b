import type { EvidenceMessages } from './evidence-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'es', 0);

export const evidenceEs: EvidenceMessages = {
  title: 'En qué se basan los datos',
  intro:
    'Para cada indicador y país: el nivel al que se miden las cifras, su año de referencia y su fuente. "Ninguno": el país no publica esa cifra, así que sus municipios no se puntúan con ella (no es un dato faltante). Una cifra departamental se asigna a todos los municipios del departamento; no es una medición municipal.',
  summaryCaption: 'Indicadores por pilar y país, según el nivel',
  tableCaption: 'Indicadores por país: nivel, año y fuente',
  pillar: 'Pilar',
  indicator: 'Indicador',
  source: 'Fuente',
  loe: 'Líneas de acción (EGCM)',
  builderSummary: 'En qué se basa cada indicador, por país',
  year: 'Año',
  levels: { municipio: 'municipal', department: 'departamental', none: 'ninguno' },
  count: (m, d) => (m + d === 0 ? 'ninguno' : [m ? `${int(m)} municipal${m === 1 ? '' : 'es'}` : '', d ? `${int(d)} departamental${d === 1 ? '' : 'es'}` : ''].filter(Boolean).join(' + ')),
};
