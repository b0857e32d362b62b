/** Test helper: a workspace holding one good import (a small indicator table), plain data. */
import type { Workspace, WorkspaceImport } from '../../src/lib/data/workspace.ts';
import { WORKSPACE_VERSION } from '../../src/lib/data/workspace.ts';

export function goodImport(id = 'import-1'): WorkspaceImport {
  return {
    id,
    importedAt: '2026-11-30T10:00:00.000Z',
    parsed: {
      kind: 'table',
      table: {
        fileName: 'remesas 2023.csv',
        columns: ['codigo', 'municipio', 'remesas'],
        types: ['text', 'text', 'number'],
        values: [
          ['0101', '0102', '0801'],
          ['Guatemala', 'Santa Catarina Pinula', '<b>Distrito Central</b>'],
          [12.5, null, 7.25],
        ],
        rowCount: 3,
        read: { format: 'csv', encoding: 'utf-8', bom: false, delimiter: ';', decimal: ',' },
        renamed: [],
      },
    },
    mapping: {
      kind: 'indicators',
      key: { by: 'code', column: 'codigo', country: 'GT' },
      columns: [
        {
          column: 'remesas',
          id: 'user_remesas',
          label: { en: 'Remittances', es: 'Remesas' },
          pillar: 'migration',
          direction: 1,
          unit: '%',
          year: '2023',
          level: 'municipio',
          source: 'Encuesta propia',
        },
      ],
    },
    accepted: { 2: 'GT0103', 5: null },
  };
}

export function workspaceWithOneImport(): Workspace {
  return { version: WORKSPACE_VERSION, imports: [goodImport()], spec: null };
}
