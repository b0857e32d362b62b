import type { ScoreBasisMessages } from './score-basis-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'es', 0);

/** Textos en español de aquello en que se basan los puntajes del índice. */
export const scoreBasisEs: ScoreBasisMessages = {
  ruleLegend: 'Cuando un país no tiene datos de un pilar',
  ruleHelp: 'Algunos países no publican nada para algunos pilares (la tabla de abajo dice cuáles). Elija cómo se puntúan sus municipios.',
  ruleAvailable: 'Usar lo que tiene cada país',
  ruleAvailableHelp:
    'El pilar queda fuera de los pesos de ese país y los demás se reescalan dentro del país, como con un indicador que un país no publica. Los puntajes se comparan solo dentro de un país.',
  ruleStrict: 'Estricto',
  ruleStrictHelp:
    'El pilar cuenta como peso faltante. Un municipio cuyos datos cubren menos que la parte mínima del peso queda sin puntaje, de modo que un país entero puede quedar sin puntuar.',
  tableTitle: 'Pilares que usa el puntaje de cada país',
  tableCaption: 'Nivel de las cifras que usa cada pilar, por país',
  pillar: 'Pilar',
  levels: { municipio: 'municipio', department: 'departamento', mixed: 'municipio + departamento', none: 'ninguno' },
  levelsShort: { municipio: 'mun.', department: 'depto.', mixed: 'mun. + depto.', none: 'ninguno' },
  notWeighted: 'peso 0',
  migration: 'migración',
  countryNothing: (country) => `${country} nada`,
  labelAvailable: (parts) => `Reescalado dentro de cada país: ${parts}`,
  labelStrict: (parts) => `Estricto (un pilar que un país no tiene cuenta como faltante): ${parts}`,
  scored: (scored, units) => `${int(scored)} de ${int(units)} municipios con puntaje`,
  unscored: (unscored, reasons) => `; ${int(unscored)} sin puntaje: ${reasons}`,
  lacksPillars: (country, pillars) => `${country} sin ${pillars}`,
  lacksData: (country, unscored) => `${country} ${int(unscored)} con muy pocos datos`,
  noteStrict: (countries, pillars, bestPct, thresholdPct) =>
    `${countries} sin puntaje: no hay datos de los pilares ${pillars}, así que sus puntajes se basarían como mucho en el ${int(bestPct)} % del peso, por debajo del mínimo de ${int(thresholdPct)} % (regla estricta).`,
  noteFix: 'Elija «Usar lo que tiene cada país» en el constructor del índice para puntuar cada país con los pilares que tiene.',
  noteTitle: 'Sin puntaje',
  restsOn: 'Se basa en',
  restsOnSub: 'mun. · depto. · falta',
  restsOnHelp:
    'Parte del peso del índice medida por municipio (oscuro), dada por cifras departamentales (claro; iguales para todos los municipios de un departamento) y faltante (vacío). El porcentaje es la parte con datos.',
  restsOnRow: (m, d, x) => `${int(m)} % cifras municipales, ${int(d)} % cifras departamentales, ${int(x)} % faltante`,
  profileTitle: 'En qué se basa el puntaje del índice',
  profileShares: (m, d, x) => `${int(m)} % del peso medido por municipio, ${int(d)} % con cifras departamentales, ${int(x)} % faltante.`,
  profileLeftOut: (country, pillars) => `Fuera para ${country} (sin datos; los demás pilares se reescalan): ${pillars}.`,
  profileMissing: (country, pillars) => `Contado como faltante para ${country} (sin datos, regla estricta): ${pillars}.`,
  profileNoScore: 'Sin puntaje del índice: sus datos cubren menos que la parte mínima del peso.',
};
