import type { JoinCausesMessages } from './join-causes-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'es', 0);
const rowsOf = (n: number) => `${int(n)} ${n === 1 ? 'fila' : 'filas'}`;

export const joinCausesEs: JoinCausesMessages = {
  open: (n) => `${rowsOf(n)} ${n === 1 ? 'necesita' : 'necesitan'} todavía una decisión.`,
  allFound: 'Todas las filas encontraron su municipio.',
  title: 'Lo que falta, por causa',
  country: (n) => `${rowsOf(n)}: el código existe en varios países y el archivo no dice cuál.`,
  countryAction: (country, n) => `Estos códigos son de ${country} (${rowsOf(n)})`,
  several: (n) => `${rowsOf(n)} ${n === 1 ? 'corresponde' : 'corresponden'} a varios municipios (un nombre presente en varios departamentos): elija para cada una abajo, o indique una columna de departamento.`,
  suggested: (n) => `${rowsOf(n)} ${n === 1 ? 'tiene' : 'tienen'} un nombre muy parecido (0,9 o más).`,
  acceptAll: (n) => `Aceptar las ${int(n)} sugerencias de más de 0,9`,
  unmatched: (n) => `${rowsOf(n)} no ${n === 1 ? 'encontró' : 'encontraron'} municipio: elija uno para cada una abajo, o márquelas como no municipios.`,
  better: (column, matched, rows) => `Con la columna «${column}» se encuentran ${int(matched)} de ${rowsOf(rows)}.`,
  useBetter: (column) => `Usar «${column}» en su lugar`,
  severalCodesTitle: 'Códigos que corresponden a varios municipios',
  showAll: (n) => `Mostrar las ${int(n)}`,
  featuresElsewhere: (n, lyingIn, fileCountry) =>
    `${n === 1 ? 'Un elemento está' : `${int(n)} elementos están`} en ${lyingIn}, no en ${fileCountry}: ${n === 1 ? 'queda' : 'quedan'} fuera de la unión (un código de otro país no es un municipio de ${fileCountry}).`,
  featureElsewhereLine: (row, key, name) => `Fila ${row}: ${key}${name ? ` (${name})` : ''}`,
};
