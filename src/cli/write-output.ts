/**
 * How every `focal` command writes its files: the format picked by the extension of the file name
 * from those the command can write (the export registry, export-writers.ts), the one guard that
 * never writes over what the run reads, and the one write with its error message.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../lib/export/export-format.ts';
import type { ExportSource } from '../lib/export/export-source.ts';
import { EXPORT_WRITERS, formatOfFileName, writeExport } from '../lib/export/export-writers.ts';
import { UsageError } from './usage-error.ts';

/** `.csv, .xlsx or .geojson` */
function extensionList(formats: readonly ExportFormat[]): string {
  const exts = formats.map((f) => `.${EXPORT_WRITERS[f].extension}`);
  return exts.length > 1 ? `${exts.slice(0, -1).join(', ')} or ${exts[exts.length - 1]}` : exts.join('');
}

/**
 * The format `path` asks for by its extension, among `formats` (in the registry's order).
 * @throws {UsageError} naming the allowed extensions when the extension is not one of them
 */
export function outputFormat(path: string, formats: readonly ExportFormat[], option = '--out'): ExportFormat {
  const allowed = EXPORT_FORMATS.filter((f) => formats.includes(f));
  const format = formatOfFileName(path, allowed);
  if (!format) throw new UsageError(`${option} must end in ${extensionList(allowed)}, not "${path}"`);
  return format;
}

/**
 * Refuses an output that would replace an input of the run (compared as absolute paths).
 * @throws {Error} `--out would overwrite the <what> <path>` (`option` names the output's option)
 */
export function refuseOverwrite(output: string, inputs: readonly (readonly [path: string | undefined, what: string])[], option = '--out'): void {
  const out = resolve(output);
  for (const [path, what] of inputs) {
    if (path !== undefined && resolve(path) === out) throw new Error(`${option} would overwrite the ${what} ${out}`);
  }
}

/** Writes a file. @throws {Error} `cannot write <path>: its folder does not exist` (or the system's code) */
export function writeOutput(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`cannot write ${path}: ${code === 'ENOENT' ? 'its folder does not exist' : (code ?? String(e))}`);
  }
}

/** Writes `source` to `path` in `format` (see {@link outputFormat}). */
export async function writeExportFile(path: string, format: ExportFormat, source: ExportSource): Promise<void> {
  writeOutput(path, (await writeExport(format, source)).bytes);
}
