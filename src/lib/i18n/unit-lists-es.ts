import type { UnitListsMessages } from './unit-lists-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'es', 0);
const mun = (x: number): string => `${int(x)} ${x === 1 ? 'municipio' : 'municipios'}`;

/** Spanish texts of the named lists. */
export const unitListsEs: UnitListsMessages = {
  keepTitle: 'Guardar esta selección como lista',
  nameLabel: 'Nombre de la lista',
  keep: 'Guardar lista',
  keptAs: (name, count) => `Guardada «${name}» (${mun(count)}).`,
  keepNoName: 'Dé un nombre a la lista.',
  keepFull: 'Se guardan veinte listas como máximo: quite una primero.',
  keepFailed: 'No se pudo guardar la lista.',
  mapPicked: (count) => `${mun(count)} ${count === 1 ? 'seleccionado' : 'seleccionados'}`,
  clearPicked: 'Quitar la selección (Esc)',
  pickHelp:
    'Para seleccionar varios municipios: ctrl-clic (⌘-clic en Mac) en filas de la clasificación o en municipios del mapa; mayús-clic en una fila añade las filas desde la última pulsada. Con el teclado: Espacio en una fila enfocada la selecciona o la quita, Mayús+Espacio añade las filas desde la última. Escape borra la selección.',
  pickKey: (count) => `Seleccionados: ${mun(count)}`,
  panelTitle: 'Sus listas',
  panelHelp: 'Municipios que usted seleccionó, guardados con un nombre en su espacio de trabajo y en el archivo de proyecto.',
  noLists:
    'Aún no hay listas: seleccione varios municipios en la clasificación o en el mapa, o un área del diagrama en la vista de puntos calientes, y guarde la selección.',
  listSize: (count) => mun(count),
  listNotFound: (count) => `${mun(count)} de la lista no están entre los límites actuales.`,
  madeFrom: (origin, date) => `Hecha el ${date} a partir de: ${origin}`,
  removeList: (name) => `Quitar «${name}»`,
  exportList: (name) => `Lista «${name}»`,
  compareButton: 'Comparar con la lista de prioridad',
  compareTitle: (name) => `«${name}» y la lista de prioridad`,
  compareTopN: (topN, perCountry) => `Lista de prioridad: los primeros ${int(topN)} del índice${perCountry ? ' en cada país' : ' en la región'}.`,
  compareCountry: (country, both, listed, top) => `${country}: ${int(both)} de los ${mun(listed)} de la lista están entre los primeros ${int(top)}.`,
  onlyInList: 'En la lista, no en la lista de prioridad',
  onlyInTop: 'En la lista de prioridad, no en la lista',
  nobody: 'ninguno',
  compareNoIndex: 'El índice aún no está calculado.',
  filterLabel: 'Municipios contados',
  filterAll: 'Todos los municipios',
  filterList: (name, count) => `Lista «${name}» (${int(count)})`,
  filterStated: (name, count) =>
    `La cobertura se muestra solo para los ${mun(count)} de la lista «${name}»: los demás municipios quedan en gris en el mapa y fuera de la comparación con la necesidad; las cifras de abajo comparan la lista con el resto.`,
  filterMapKey: (name, count) => `Contorno: los ${mun(count)} de «${name}»`,
  insideListTitle: (name) => `Dinero en «${name}» y en los demás municipios`,
  insideHotspotTitle: (variable) => `Dinero dentro y fuera de los conglomerados alto–alto de ${variable}`,
  insideCountry: 'País',
  insideIn: 'Dentro',
  insideOut: 'Fuera',
  insideShare: 'Parte dentro',
  insideUnits: (withMoney, units) => `${int(withMoney)} de ${mun(units)} con dinero`,
  insideUnknown: (count) => `${mun(count)} con monto desconocido (no contado como cero)`,
  insideNoData: (country, count) => `${country}: sin datos de inversión por municipio; ${mun(count)} del conjunto no se cuentan.`,
  insideYears: (from, to) => (from === to ? `Inversiones activas en ${from}.` : `Inversiones activas de ${from} a ${to}.`),
  insideSources: (sources) => `Fuentes: ${sources}.`,
  insideRule:
    'Dinero ubicado en un municipio (por su código o su punto) con los filtros de arriba; el dinero departamental o nacional no está en estas cifras salvo que se reparta por población.',
  needHotspots: 'Conglomerados alto–alto de puntos calientes',
  hotspotVariable: 'Conglomerados de',
  hotspotRunHere: (permutations, seed) => `Ejecutar el análisis de puntos calientes (${permutations} permutaciones, semilla ${seed})`,
  hotspotNone: (variable) => `Aún no hay análisis de puntos calientes de ${variable}: ejecútelo aquí con los ajustes de esa vista, o en la vista de puntos calientes.`,
  hotspotOf: (variable, statistic, permutations, seed, alpha) =>
    `Necesidad: los conglomerados alto–alto de ${variable} (${statistic}, ${permutations} permutaciones, semilla ${seed}, α = ${alpha}).`,
  hotspotStale: 'Los ajustes de la vista de puntos calientes cambiaron desde este análisis: ejecútelo de nuevo para seguirlos.',
  hotspotRunning: 'Ejecutando el análisis de puntos calientes…',
  hotspotOutlineKey: (count) => `Contorno: ${mun(count)} en conglomerados alto–alto`,
};
