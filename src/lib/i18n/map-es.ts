import type { MapMessages } from './map-messages.ts';
import { formatNumber } from './format-number.ts';

/** Spanish texts of the map. */
export const mapEs: MapMessages = {
  scaleTitle: 'Colores',
  scaleRegion: 'Una escala para la región',
  scaleCountry: 'Clases dentro de cada país',
  scaleRank: 'Posición dentro del país',
  notComparable: 'Estos valores no son comparables entre países (fuentes nacionales distintas, o normalizados dentro de cada país): cada país tiene sus propias clases.',
  perCountryNote: 'Las clases se calculan dentro de cada país: un color compara un municipio con los demás de su país, no entre fronteras.',
  rankNote: (k) => `Posición dentro de cada país en ${formatNumber(k, 'es', 0)} partes iguales; más oscuro = valores más altos. Las filas dan las posiciones (1 = el más alto).`,
  ranksHeader: 'posiciones',
  evidenceLine: ({ level, year, source }) => `${level === 'department' ? 'Cifras departamentales' : 'Cifras municipales'}${year ? ` · ${year}` : ''} · ${source}`,
  departmentFiguresIn: (countries) => `Cifras departamentales: ${countries}`,
  captionPart: (country, level, year) => `${country}: cifras ${level === 'department' ? 'departamentales' : 'municipales'}${year ? `, ${year}` : ''}`,
  captionDepartment: (countries) => `Las cifras departamentales de ${countries} son las mismas para todos los municipios del departamento.`,
  start: 'Abra Índice para ordenar los municipios; haga clic en un municipio para ver su perfil.',
  groupBy: 'Agrupar por',
  groupPillars: 'Pilares',
  groupLoe: 'Líneas de acción',
  helpPillars: 'Agrupados por pilar de la Estrategia de Causas Raíz',
  helpLoe: 'Agrupados por línea de acción de la Estrategia de Gestión Colaborativa de la Migración; un indicador puede servir a varias',
  noLoe: 'Sin línea de acción',
  searchLabel: 'Buscar un municipio o departamento',
  searchPlaceholder: 'Buscar un municipio…',
  searchNone: 'Ningún municipio ni departamento con ese nombre',
  searchCount: (n) => `${formatNumber(n, 'es', 0)} ${n === 1 ? 'lugar encontrado' : 'lugares encontrados'}; flechas para elegir, Intro para ir`,
  searchDepartment: 'departamento',
  labelsToggle: 'Etiquetas',
  labelsHelp: 'Mostrar los nombres de los departamentos (de lejos) y de los municipios (de cerca)',
};
