import type { CombineMessages } from './combine-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'es', 0);

export const combineEs: CombineMessages = {
  title: 'Varias filas para un municipio: cómo combinarlas',
  intro: (rows, units) => `${int(rows)} ${rows === 1 ? 'fila es un municipio anterior a 2024' : 'filas son municipios anteriores a 2024'} (distritos) de El Salvador; corresponden a ${int(units)} ${units === 1 ? 'municipio' : 'municipios'} de 2024.`,
  column: (name) => `«${name}»: combinar por`,
  sum: 'suma (conteos, montos)',
  mean: 'media sin ponderar (tasas, proporciones, puntajes)',
  noWeights: 'No se ofrece una media ponderada por población: focal no tiene la población de los 262 municipios anteriores a 2024 (el censo de 2024 cuenta solo los 44 municipios).',
  guessed: 'Primera propuesta según el nombre y la unidad de la columna. Solo se da una suma a los municipios con todos sus distritos en el archivo.',
  storedChange: 'Al cambiar aquí una regla y aplicar, se recalculan los valores de esta importación; el cambio queda registrado en la descripción del indicador, su leyenda, sus exportaciones y el archivo de proyecto.',
  changedAfterImport: (from, day) => `Cambiado después de importar el ${day} (antes: ${from === 'sum' ? 'la suma' : 'la media sin ponderar'}).`,
  legend: (rule, rows, units) => `El Salvador: ${int(rows)} municipios anteriores a 2024 combinados en ${int(units)} por su ${rule === 'sum' ? 'suma' : 'media sin ponderar'}.`,
  negative: (column, n, rows) =>
    `«${column}» contiene un conteo o un monto, pero ${int(n)} ${n === 1 ? 'valor es' : 'valores son'} menores que cero (${n === 1 ? 'fila' : 'filas'} ${rows}). Un conteo o un monto no puede ser negativo: revise esas celdas (se conservan tal cual).`,
};
