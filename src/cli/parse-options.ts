/**
 * A command's options as every `focal` command reads them: node:util's parseArgs, strict, no
 * positional arguments, `-h`/`--help` added; a command line it cannot read is a UsageError.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.ts';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** The values of `options` (and `help`) in `argv`. @throws {UsageError} */
export function parseOptions<const T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  const config = { args: argv, options: { ...options, ...HELP }, strict: true, allowPositionals: false } as const;
  try {
    return parseArgs(config).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The required options absent from `values`, as `--name`. */
export function missingOptions(values: Record<string, unknown>, required: readonly string[]): string[] {
  return required.filter((k) => !values[k]).map((k) => `--${k}`);
}
