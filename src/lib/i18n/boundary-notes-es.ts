import type { BoundaryNotesMessages } from './boundary-notes-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'es', 0);
const municipios = (n: number): string => `${int(n)} ${n === 1 ? 'municipio' : 'municipios'}`;

export const boundaryNotesEs: BoundaryNotesMessages = {
  shapefileTitle: '¿Qué shapefile?',
  shapefileHelp: (file, usable) => `«${file}» contiene ${int(usable)} shapefiles que focal puede leer. Elija el que desea importar; los demás se dejan de lado y el informe de coincidencias los nombra.`,
  shapefileLabel: 'Capa (shapefile)',
  shapefileHolds: (kind, n) =>
    kind === 'polygon'
      ? `${int(n)} ${n === 1 ? 'polígono' : 'polígonos'}`
      : kind === 'point'
        ? `${int(n)} ${n === 1 ? 'punto' : 'puntos'}`
        : kind === 'line'
          ? `${int(n)} ${n === 1 ? 'línea' : 'líneas'}, que focal no puede usar`
          : kind === 'multipatch'
            ? `${int(n)} ${n === 1 ? 'superficie' : 'superficies'} 3D, que focal no puede usar`
            : kind === 'none'
              ? `${int(n)} ${n === 1 ? 'registro' : 'registros'} sin forma`
              : `${int(n)} ${n === 1 ? 'registro que no se puede leer' : 'registros que no se pueden leer'}`,
  shapefileRead: (file, count, name, holds) => `«${file}» contiene ${int(count)} shapefiles: se leyó ${name} (${holds}).`,
  shapefilesLeft: (list) => `Dejados de lado: ${list}.`,
  shapefileAnother: 'Para usar otro, importe el archivo de nuevo y elíjalo.',
  ringsClosed: (n, names) => `${municipios(n)} ${n === 1 ? 'tenía' : 'tenían'} un anillo sin cerrar (su último punto no es el primero); focal lo cerró: ${names}.`,
  ringsDropped: (n, names) => `${municipios(n)} ${n === 1 ? 'tenía' : 'tenían'} un anillo de menos de 4 puntos, que no encierra nada; focal quitó ese anillo y conservó el resto: ${names}.`,
  shapesEmptied: (n, names) => `${municipios(n)} no ${n === 1 ? 'tenía' : 'tenían'} ningún anillo utilizable; ${n === 1 ? 'conserva su' : 'conservan su'} forma actual: ${names}.`,
  shapesRepaired: (n, names) => `${municipios(n)} ${n === 1 ? 'tenía un límite que se cruza' : 'tenían límites que se cruzan'} a sí ${n === 1 ? 'mismo' : 'mismos'} (como un lazo); focal ${n === 1 ? 'lo reconstruyó' : 'reconstruyó cada uno'} como el área que encierran sus líneas: ${names}. ${n === 1 ? 'Revíselo' : 'Revíselos'} en el mapa.`,
  shapesInvalid: (n, names) => `${municipios(n)} ${n === 1 ? 'tiene un límite que se cruza' : 'tienen límites que se cruzan'} a sí ${n === 1 ? 'mismo' : 'mismos'} y no se ${n === 1 ? 'pudo' : 'pudieron'} reparar; se ${n === 1 ? 'usa' : 'usan'} tal cual y el mapa puede rellenar${n === 1 ? 'lo' : 'los'} mal: ${names}. ${n === 1 ? 'Corríjalo' : 'Corríjalos'} en un SIG (en QGIS: Vectorial → Herramientas de geometría → Corregir geometrías).`,
  keptShapesIntro: (country, replaced, units) =>
    `${country}: este archivo da una forma nueva a ${int(replaced)} de ${municipios(units)}; ${units - replaced === 1 ? 'el otro conserva' : `los otros ${int(units - replaced)} conservan`} su forma actual, así que el mapa mezcla las dos fuentes:`,
};
