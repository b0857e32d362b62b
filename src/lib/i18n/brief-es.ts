import type { BriefMessages } from './brief-messages.ts';
import { formatNumber } from './format-number.ts';

const n = (x: number, one: string, many: string): string => `${formatNumber(x, 'es', 0)} ${x === 1 ? one : many}`;

/** Spanish texts of the municipio brief. */
export const briefEs: BriefMessages = {
  previewTitle: (n) => (n === 1 ? 'Ficha municipal' : `Cuadernillo de ${n} fichas municipales`),
  paper: 'Papel',
  print: 'Imprimir o guardar como PDF',
  close: 'Cerrar',
  preparing: 'Ubicando las inversiones…',
  kicker: 'Ficha municipal',
  place: (department, country) => `Departamento de ${department} · ${country}`,
  insetLabel: (name, country) => `Ubicación de ${name} en ${country}`,
  scoreTitle: 'Índice de focalización',
  score: (score, spec, year) => `Puntaje ${score} (índice «${spec}»${year ? `, ${year}` : ''})`,
  rank: (rank, of, country) => `Puesto ${rank} de ${of} en ${country}`,
  noScore: 'Sin puntaje: se mide aquí muy poco del peso del índice (datos insuficientes, no cero).',
  interval: (p05, p95, scope, draws, seed) =>
    `El 90 % de las simulaciones de incertidumbre lo ubican entre los puestos ${p05} y ${p95} ${scope === 'country' ? 'dentro de su país' : 'en la región'} (${draws} simulaciones, semilla ${seed}).`,
  noInterval: 'Intervalo de puestos no calculado: ejecute «¿Qué tan sólida es la clasificación?» en la vista Índice de focalización y vuelva a imprimir.',
  groupsTitle: 'Pilares frente al país',
  groupsNote: (country, zeroToHundred) =>
    `${zeroToHundred ? `Puntajes 0–100 dentro de ${country}` : 'Puntajes en la escala del índice (véase su normalización)'}; la marca es la mediana de los municipios de ${country}.`,
  weight: 'peso',
  municipio: 'este municipio',
  countryMedian: 'mediana del país',
  upTitle: 'Lo que sube el puntaje',
  downTitle: 'Lo que lo baja',
  needShare: (pct, country) => `más necesidad que el ${pct} de los municipios de ${country}`,
  departmentFigure: 'dato departamental',
  noDrivers: 'Ningún indicador tiene valor aquí.',
  restsTitle: 'En qué se basa el puntaje',
  rests: (m, d, x) => `${m} del peso medido por municipio, ${d} con datos departamentales repetidos en sus municipios, ${x} faltante.`,
  investTitle: 'Inversiones ubicadas aquí',
  invest: (activities, donors, amount, years) =>
    `${n(activities, 'actividad', 'actividades')} de ${n(donors, 'donante', 'donantes')}${amount ? `, US$ ${amount}` : ''}${years ? `, ${years}` : ''}.`,
  investNone: 'Ninguna actividad de los datos de inversión está ubicada en este municipio.',
  investNoAmount: 'montos no indicados',
  investNotSourced: (country) => `No hay datos de inversión por municipio para ${country}: se desconoce, no es cero.`,
  investFiltered: 'Solo se cuentan las actividades que muestra el filtro de la vista Inversiones.',
  investUnavailable: 'No se pudieron ubicar las inversiones.',
  hotspotTitle: 'Clase de punto caliente',
  hotspot: (cls, variable, statistic, alpha, permutations, seed) => `${cls} — ${variable}, ${statistic}, significancia ${alpha}, ${permutations} permutaciones, semilla ${seed}.`,
  hotspotNotRun: 'No se ha ejecutado un análisis de puntos calientes: ejecútelo en la vista Puntos calientes y vuelva a imprimir.',
  sourcesTitle: 'Fuentes',
  made: (date) => `Elaborado con focal el ${date}, con datos públicos y el índice propio del planificador.`,
  withinCountry: 'Los puntajes se normalizan dentro del país: compárelos solo dentro del país.',
};
