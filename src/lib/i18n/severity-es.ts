import type { SeverityMessages } from './severity-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'es', 0);
/** Un corte tal como se escribió (hasta un decimal). */
const cut = (x: number): string => formatNumber(x, 'es', 1, false);
const isDefault = (c: number[]) => c.join() === '20,40,60,80';

/** Textos en español de las clases de severidad. */
export const severityEs: SeverityMessages = {
  sevTitle: 'Clases de severidad 1–5',
  sevRules: { fixed: 'Cortes fijos', breaks: 'Cortes naturales (Jenks) dentro de cada país' },
  sevCutsLabel: 'Cortes, en % del rango del puntaje',
  sevCutFrom: (c) => `Clase ${int(c)} desde`,
  sevCutsInvalid: 'Cuatro números crecientes entre 0 y 100.',
  sevCutsReset: 'Volver a 20, 40, 60, 80',
  sevStateFixed: (lo, hi, c1, c2, c3, c4, within) =>
    `Cortes fijos sobre el puntaje ${int(lo)}–${int(hi)}: 1 por debajo de ${cut(c1)}, 2 desde ${cut(c1)}, 3 desde ${cut(c2)}, 4 desde ${cut(c3)}, 5 desde ${cut(c4)} (${
      isDefault([c1, c2, c3, c4]) ? 'los mismos quintos del rango del puntaje' : 'en porcentaje del rango del puntaje'
    }); 5 = más severo. ${
      within
        ? 'Los puntajes se normalizan dentro de cada país, así que una clase dice dónde está un municipio dentro de su propio país.'
        : 'Los puntajes se normalizan en toda la región, así que una clase significa el mismo puntaje en cada país.'
    }`,
  sevStateBreaks: 'Cortes naturales (Fisher–Jenks) de los puntajes dentro de cada país, cinco clases a partir de los puntajes de ese país solamente; 5 = más severo.',
  sevZscore: 'Los puntajes z no tienen un rango fijo, así que no admiten cortes fijos: se usan cortes naturales dentro de cada país.',
  sevColumn: 'Severidad',
  sevColumnSub: 'clase 1–5',
  sevColumnShort: 'Sev.',
  sevColumnShortSub: '1–5',
  sevColumnHelp: 'Clase de severidad 1–5 del puntaje (5 = más severo), según la regla elegida en el constructor del índice.',
  sevClassOf: (c) => `Severidad ${int(c)} de 5`,
  sevNone: 'Sin clase: sin puntaje',
  sevScale: 'Clases de severidad 1–5',
  sevLegendRow: (c) => `Clase ${int(c)}${c === 5 ? ' · más severo' : c === 1 ? ' · menos severo' : ''}`,
  sevMapNote: 'Las clases se calculan dentro de cada país: una clase nunca se compara entre países.',
  sevLabel: 'Severidad',
};
