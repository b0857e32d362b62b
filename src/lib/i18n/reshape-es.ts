import type { ReshapeMessages } from './reshape-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'es', 0);
const plural = (n: number, one: string, many: string) => `${int(n)} ${n === 1 ? one : many}`;

/** Spanish texts of the reshape step. */
export const reshapeEs: ReshapeMessages = {
  title: (file) => `${file} tiene varias filas por municipio`,
  help: (rows, units) =>
    `${plural(rows, 'fila', 'filas')} para ${plural(units, 'municipio', 'municipios')} (por año, tipo u otro desglose). Elija cómo dejar una fila por municipio; la vista previa muestra el resultado. Luego asigne las columnas como siempre.`,
  keySection: 'Municipio',
  keyColumn: 'Columna que nombra el municipio (código o nombre)',
  deptColumn: 'Columna del departamento (para nombres)',
  yearSection: 'Año',
  yearColumn: 'Columna del año',
  noYearColumn: 'Sin columna de año',
  yearChoice: 'Años a usar',
  keepYear: (year) => `Solo ${year}`,
  allYears: 'Todos los años juntos',
  eachYear: 'Cada año aparte',
  filterSection: 'Filas a conservar',
  filterHelp: 'Desmarque los valores cuyas filas deben quedar fuera (por ejemplo, conservar solo tipo = crónica).',
  filterSummary: (column, kept, of) => (kept === of ? `${column}: los ${int(of)} valores` : `${column}: ${int(kept)} de ${int(of)} valores conservados`),
  rows: (n) => plural(n, 'fila', 'filas'),
  aggregateSection: 'Filas restantes de un municipio',
  aggregates: {
    sum: 'Suma',
    mean: 'Media (sin ponderar)',
    max: 'Máximo',
    latest: 'Último año con valor (se muestra su año)',
  },
  latestNeedsYear: '"Último" necesita una columna de año.',
  pivotSection: 'Un indicador por cada valor de',
  pivotNone: 'Ninguno',
  pivotHelp: 'Por ejemplo, un indicador por tipo o por sexo.',
  valuesSection: 'Valores a combinar',
  noValues: 'El archivo no tiene columnas numéricas que combinar.',
  previewSection: 'Vista previa',
  previewSummary: (rowsIn, kept, out) => `${plural(rowsIn, 'fila leída', 'filas leídas')}, ${int(kept)} conservadas → ${plural(out, 'fila', 'filas')}, una por municipio`,
  combined: (cells) => `${plural(cells, 'valor combinado', 'valores combinados')} de varias filas.`,
  ties: (cells) => `${plural(cells, 'valor tiene', 'valores tienen')} varias filas en su último año: se conservó la última. Filtre antes los otros desgloses o conviértalos en indicadores.`,
  emptyKeys: (rows) => `${plural(rows, 'fila', 'filas')} sin municipio quedaron fuera.`,
  noYearRows: (rows) => `${plural(rows, 'fila', 'filas')} sin año quedaron fuera.`,
  previewMore: (rows, columns) => `Se muestran las primeras filas de ${plural(rows, 'fila', 'filas')} y ${plural(columns, 'columna', 'columnas')}.`,
  skip: 'Conservar las filas como están',
  next: 'Continuar a las columnas',
};
