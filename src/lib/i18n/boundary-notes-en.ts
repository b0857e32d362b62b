import type { BoundaryNotesMessages } from './boundary-notes-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'en', 0);
const municipios = (n: number): string => `${int(n)} ${n === 1 ? 'municipio' : 'municipios'}`;

export const boundaryNotesEn: BoundaryNotesMessages = {
  shapefileTitle: 'Which shapefile?',
  shapefileHelp: (file, usable) => `“${file}” holds ${int(usable)} shapefiles focal can read. Choose the one to import; the others are left out, and the matching report names them.`,
  shapefileLabel: 'Shapefile',
  shapefileHolds: (kind, n) =>
    kind === 'polygon'
      ? `${int(n)} ${n === 1 ? 'polygon' : 'polygons'}`
      : kind === 'point'
        ? `${int(n)} ${n === 1 ? 'point' : 'points'}`
        : kind === 'line'
          ? `${int(n)} ${n === 1 ? 'line' : 'lines'}, which focal cannot use`
          : kind === 'multipatch'
            ? `${int(n)} 3D ${n === 1 ? 'surface' : 'surfaces'}, which focal cannot use`
            : kind === 'none'
              ? `${int(n)} ${n === 1 ? 'record' : 'records'} without a shape`
              : `${int(n)} ${n === 1 ? 'record' : 'records'} that cannot be read`,
  shapefileRead: (file, count, name, holds) => `“${file}” holds ${int(count)} shapefiles: ${name} was read (${holds}).`,
  shapefilesLeft: (list) => `Left out: ${list}.`,
  shapefileAnother: 'To use another one, import the file again and choose it.',
  ringsClosed: (n, names) => `${municipios(n)} had a ring that was not closed (its last point is not its first); focal closed it: ${names}.`,
  ringsDropped: (n, names) => `${municipios(n)} had a ring of fewer than 4 points, which encloses nothing; focal dropped that ring and kept the rest: ${names}.`,
  shapesEmptied: (n, names) => `${municipios(n)} had no usable ring at all; ${n === 1 ? 'it keeps its' : 'they keep their'} current shape: ${names}.`,
  shapesRepaired: (n, names) => `${municipios(n)} had a boundary that crosses itself (such as a bow-tie); focal rebuilt ${n === 1 ? 'it' : 'each'} as the area its lines enclose: ${names}. Check ${n === 1 ? 'it' : 'them'} on the map.`,
  shapesInvalid: (n, names) => `${municipios(n)} ${n === 1 ? 'has a boundary that crosses' : 'have boundaries that cross'} itself and could not be repaired; ${n === 1 ? 'it is' : 'they are'} used as ${n === 1 ? 'it is' : 'they are'}, and the map may fill ${n === 1 ? 'it' : 'them'} wrongly: ${names}. Fix ${n === 1 ? 'it' : 'them'} in a GIS (in QGIS: Vector → Geometry Tools → Fix Geometries).`,
  keptShapesIntro: (country, replaced, units) =>
    `${country}: this file gives a new shape to ${int(replaced)} of ${municipios(units)}; the other ${municipios(units - replaced)} keep ${units - replaced === 1 ? 'its' : 'their'} current shape, so the map mixes the two sources:`,
};
