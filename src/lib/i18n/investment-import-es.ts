import type { InvestmentImportMessages } from './investment-import-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'es', 0);

export const investmentImportEs: InvestmentImportMessages = {
  precisionHelp: 'Códigos AidData: 1–3 se cuentan en el municipio bajo el punto, 4–5 a nivel de departamento, 6–8 a nivel de país. El dinero de un departamento o de un país nunca se pone en el municipio bajo su punto.',
  split: 'El monto de un proyecto se repite en cada una de sus ubicaciones: contarlo una vez',
  splitRule: (projects, rows) => `${int(projects)} proyectos indican un mismo monto en cada una de sus ${int(rows)} filas de ubicación. Regla: cada uno de esos montos se cuenta una vez, repartido por igual entre las ubicaciones del proyecto (centavos enteros).`,
  splitNone: 'Ningún proyecto repite un mismo monto en varias filas: el monto de cada fila se cuenta tal cual.',
  splitLooking: 'Buscando montos de proyecto repetidos en varias filas…',
  splitNeedsId: 'Elija la columna del id del proyecto para hallar montos repetidos en cada ubicación.',
  differing: (projects) => `${int(projects)} proyectos dan montos distintos en sus filas: se conservan como propios de cada ubicación.`,
  country: 'País de las filas',
  countryFromPoints: 'Donde cae cada punto',
  countryColumn: (column) => `Columna «${column}»`,
  countryHelp: 'Las filas sin coordenadas se cuentan a nivel de país en este país (nunca en un municipio); las filas de otro país no se ubican.',
  title: 'Dinero en este archivo',
  moneyIn: (usd, rows, unit) => `${usd} en ${int(rows)} filas (montos leídos en ${unit}).`,
  rowsNoAmount: (rows) => `${int(rows)} filas no indican monto (faltante, no cero).`,
  groups: {
    unit: 'A un municipio por su código',
    point: 'Al municipio bajo su punto (precisión 1–3 o sin código)',
    department: 'Nivel departamento (precisión 4–5): nunca en un municipio',
    country: 'Nivel país (precisión 6–8, o sin punto ni clave)',
    noPlace: 'Sin ubicar (otro país, sin país, o clave no encontrada)',
  },
  splitDone: (projects, rows) => `${int(projects)} montos de proyecto repetidos en ${int(rows)} filas de ubicación se contaron una vez y se repartieron por igual entre sus ubicaciones.`,
  splitNotDone: (projects, rows) => `${int(projects)} proyectos repiten un mismo monto en ${int(rows)} filas de ubicación y NO se reparten: cada fila cuenta el monto entero.`,
  conserved: 'Cada dólar está en una línea: las líneas suman el dinero del archivo. Los puntos fuera de todo municipio se informan en la vista Inversiones.',
};
