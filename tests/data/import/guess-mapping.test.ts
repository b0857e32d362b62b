import { describe, expect, it } from 'vitest';
import type { RawTable } from '../../../src/lib/data/import/import-types.ts';
import {
  columnLabel,
  guessIndicatorColumns,
  guessKey,
  guessKind,
  guessMapping,
  indicatorId,
} from '../../../src/lib/data/import/guess-mapping.ts';

function table(columns: string[], types: ('number' | 'text')[], fileName = 'planner.csv'): RawTable {
  return { fileName, columns, types, values: columns.map(() => []), rowCount: 0, read: { format: 'csv' }, renamed: [] };
}

describe('guessKey', () => {
  it('takes a name key with the department column for a planner spreadsheet keyed by names', () => {
    expect(guessKey(table(['departamento', 'municipio', 'tasa_remesas'], ['text', 'text', 'number']))).toEqual({
      by: 'name',
      column: 'municipio',
      deptColumn: 'departamento',
    });
  });

  it('prefers a code column, finds the country column (accents ignored) and the names to check the codes against', () => {
    expect(guessKey(table(['País', 'Nombre', 'Código municipal', 'valor'], ['text', 'text', 'text', 'number']))).toEqual({
      by: 'code',
      column: 'Código municipal',
      countryColumn: 'País',
      nameColumn: 'Nombre',
    });
    expect(guessKey(table(['admin2Pcode', 'poverty'], ['text', 'number'])).column).toBe('admin2Pcode');
  });

  it('falls back to the first text column', () => {
    expect(guessKey(table(['lugar', 'x1'], ['text', 'number']))).toEqual({ by: 'name', column: 'lugar' });
  });
});

describe('guessIndicatorColumns', () => {
  it('turns each number column that is not a key, code or coordinate into an indicator', () => {
    const t = table(['cod_mun', 'municipio', 'lat', 'lon', 'tasa_remesas', 'pib_per_capita_2019', 'homicidios'], ['number', 'text', 'number', 'number', 'number', 'number', 'number']);
    const cols = guessIndicatorColumns(t, guessKey(t), new Set(['user_homicidios']));
    expect(guessIndicatorColumns(t, guessKey(t), []).map((c) => c.id)).toContain('user_homicidios');
    expect(cols.map((c) => c.column)).toEqual(['tasa_remesas', 'pib_per_capita_2019', 'homicidios']);
    const [remesas, pib, hom] = cols;
    expect(remesas).toEqual({
      column: 'tasa_remesas',
      id: 'user_tasa_remesas',
      label: { en: 'Tasa remesas', es: 'Tasa remesas' },
      pillar: 'migration',
      direction: 1,
      unit: '%',
      year: '',
      level: 'municipio',
      source: 'planner.csv',
      combine: 'mean',
    });
    expect(pib).toMatchObject({ pillar: 'I', direction: -1, year: '2019', unit: '', combine: 'mean' });
    // The id already exists in the workspace: a suffix keeps it unique. A count: distritos summed.
    expect(hom).toMatchObject({ id: 'user_homicidios_2', pillar: 'IV', direction: 1, combine: 'sum' });
  });
});

describe('mostly-number text columns', () => {
  it('offers a text column that is mostly numbers (so that applying it names the bad cells), not a name column', () => {
    const t: RawTable = {
      ...table(['codigo', 'municipio', 'valor', 'nota'], ['text', 'text', 'text', 'text']),
      values: [
        ['0101', '0102', '0103'],
        ['Guatemala', 'Mixco', 'Villa Nueva'],
        ['12.5', 'NaN', '7,3'],
        ['alto', '3', 'bajo'],
      ],
      rowCount: 3,
    };
    // valor: 2 of 3 cells are numbers; nota: 1 of 3; codigo is the key.
    expect(guessIndicatorColumns(t, guessKey(t), []).map((c) => c.column)).toEqual(['valor']);
    // What spreadsheets write for failed numbers counts as "meant to be a number".
    const bad: RawTable = { ...t, values: [t.values[0], t.values[1], ['12.5', 'NaN', 'Infinity'], ['#DIV/0!', 'n/a', 'x']] };
    expect(guessIndicatorColumns(bad, guessKey(bad), []).map((c) => c.column)).toEqual(['valor', 'nota']);
  });
});

describe('helpers', () => {
  it('labels and ids from column names', () => {
    expect(columnLabel('tasa_remesas')).toBe('Tasa remesas');
    expect(indicatorId('Tasa de Pobreza (%)', new Set())).toBe('user_tasa_de_pobreza');
    expect(indicatorId('ñ', new Set(['user_n']))).toBe('user_n_2');
  });

  it('guesses the kind from the geometry and builds the mapping of that kind', () => {
    const t = table(['municipio', 'v'], ['text', 'number']);
    expect(guessKind({ kind: 'table', table: t })).toBe('indicators');
    expect(guessKind({ kind: 'table', table: table(['proyecto', 'Longitud', 'Latitud'], ['text', 'number', 'number']) })).toBe('investments');
    expect(guessKind({ kind: 'table', table: table(['municipio', 'Donante', 'Monto USD'], ['text', 'text', 'number']) })).toBe('investments');
    expect(guessKind({ kind: 'table', table: table(['municipio', 'lat'], ['text', 'number']) })).toBe('indicators');
    const layer = { ...t, geometries: [], geometryKind: 'point' as const, bbox: [0, 0, 0, 0] as [number, number, number, number] };
    expect(guessKind({ kind: 'layer', table: layer })).toBe('investments');
    expect(guessKind({ kind: 'layer', table: { ...layer, geometryKind: 'polygon' } })).toBe('boundaries');
    expect(guessMapping({ kind: 'table', table: t }, 'boundaries', new Set())).toEqual({
      kind: 'boundaries',
      key: { by: 'name', column: 'municipio' },
      source: 'planner.csv',
    });
  });

  it('finds investment columns by their Spanish names', () => {
    const t = table(['codigo_ine', 'donante', 'sector', 'monto_usd', 'año_inicio', 'año_fin'], ['text', 'text', 'text', 'number', 'number', 'number']);
    expect(guessMapping({ kind: 'table', table: t }, 'investments', new Set())).toMatchObject({
      kind: 'investments',
      key: { by: 'code', column: 'codigo_ine' },
      donor: 'donante',
      sector: 'sector',
      amount: 'monto_usd',
      startYear: 'año_inicio',
      endYear: 'año_fin',
    });
  });
});

describe('years and row numbers are never offered as indicators', () => {
  it('leaves out a year column (by its name or its cells) and a row-number column (by its name or 1, 2, 3 …)', () => {
    const t: RawTable = {
      ...table(['N°', 'fila_excel', 'codigo', 'Año', 'periodo_ref', 'poblacion', 'tasa'], ['number', 'number', 'text', 'number', 'number', 'number', 'number']),
      values: [
        [1, 2, 3, 4],
        [5, 6, 7, 8],
        ['0101', '0102', '0103', '0104'],
        [2019, 2020, 2019, 2020],
        [2018, 2018, 2018, 2018],
        [1995, 2050, 2001, 2100], // counts that happen to lie in 1900–2100, each once: not years
        [1, 2, 3, 5],
      ],
      rowCount: 4,
    };
    // N° (name), Año (name and years), periodo_ref (one year repeated) are left out; fila_excel counts
    // 5, 6, 7, 8 (not from 0 or 1) and poblacion has distinct values: both stay.
    expect(guessIndicatorColumns(t, guessKey(t), []).map((c) => c.column)).toEqual(['fila_excel', 'poblacion', 'tasa']);
    const counting: RawTable = { ...t, values: [...t.values.slice(0, 6), [1, 2, 3, 4]] };
    expect(guessIndicatorColumns(counting, guessKey(counting), []).map((c) => c.column)).toEqual(['fila_excel', 'poblacion']);
  });
});

describe('codes kept as text are not indicators', () => {
  it('leaves out a text column of fixed-width codes with leading zeros (01 … 14), keeps a mostly-number text column', () => {
    const t: RawTable = {
      ...table(['municipio', 'depto', 'valor'], ['text', 'text', 'text']),
      values: [
        ['Ahuachapán Centro', 'Santa Ana Centro', 'La Unión Norte'],
        ['01', '02', '14'],
        ['12', 'NaN', '7'],
      ],
      rowCount: 3,
    };
    expect(guessIndicatorColumns(t, guessKey(t), []).map((c) => c.column)).toEqual(['valor']);
  });
});
