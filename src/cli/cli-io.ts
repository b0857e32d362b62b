/** Where a command writes its messages: the process's streams, or a test's buffers. */
export interface CliIo {
  /** A line of normal output (help, the summary). */
  out(line: string): void;
  /** A line of error output. */
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
