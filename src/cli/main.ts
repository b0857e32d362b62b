/**
 * The `focal` command line (`npx focal <command> [options]`, launched by bin/focal.js): dispatches
 * to a command, prints its one-line summary or a clear error, and returns the exit status
 * (0 done, 1 bad input or failure, 2 bad command line).
 */
import { processIo, type CliIo } from './cli-io.ts';
import { COVERAGE_USAGE, coverageCommand } from './coverage-command.ts';
import { HOTSPOTS_SUMMARY, HOTSPOTS_USAGE } from './hotspots-args.ts';
import { JOIN_USAGE, joinCommand } from './join-command.ts';
import { hotspotsCommand } from './hotspots-command.ts';
import { packageVersion } from './package-version.ts';
import { RANK_USAGE, rankCommand } from './rank-command.ts';
import { UsageError } from './usage-error.ts';
import { importErrorMessage } from '../lib/data/import/import-error-message.ts';
import { importErrorsEn } from '../lib/i18n/import-errors-en.ts';

interface Command {
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): number | Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  rank: {
    summary: 'rank units by an index spec; write the priority list (CSV) and its spec',
    usage: RANK_USAGE,
    run: rankCommand,
  },
  coverage: {
    summary: 'place investments in the units; coverage per unit (CSV) and the money not placed',
    usage: COVERAGE_USAGE,
    run: coverageCommand,
  },
  hotspots: {
    summary: HOTSPOTS_SUMMARY,
    usage: HOTSPOTS_USAGE,
    run: hotspotsCommand,
  },
  join: {
    summary: 'join a CSV to the units by code or name; report matches, suggestions, duplicates',
    usage: JOIN_USAGE,
    run: joinCommand,
  },
};

export const HELP = `focal: place-based targeting on files, the same analysis as the app.

Usage: focal <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Options:
  -h, --help      show this help (focal <command> --help: the command's options)
  -v, --version   show focal's version`;

/** Runs `focal` with `argv` (the arguments after the program name); returns the exit status. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // No command is a usage error; the help, on stderr, shows what to type.
    io.err(HELP);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(rest.length > 0 && Object.hasOwn(COMMANDS, rest[0]) ? COMMANDS[rest[0]].usage : HELP);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(packageVersion());
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    io.err(`focal: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')} (focal --help)`);
    return 2;
  }
  try {
    return await COMMANDS[name].run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`focal ${name}: ${e.message} (focal ${name} --help)`);
      return 2;
    }
    // A refused file in the app's own (English) words: the CLI and the app say the same.
    io.err(`focal ${name}: ${importErrorMessage(e, { importErrors: importErrorsEn })}`);
    return 1;
  }
}
