import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A wrong flag, value or date: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type CommandIo = {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
};

export type Command = {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Returns the process exit code. Throws UsageError for bad arguments. */
  run(args: readonly string[], io: CommandIo): Promise<number>;
};

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with plain-words errors and a `--help` flag on every command. */
export function parseCommandArgs<O extends Options>(
  args: readonly string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals,
    });
  } catch (error) {
    throw new UsageError(plainParseError(error));
  }
}

function plainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `option ${missing[1]} needs a value`;
  const positional = /Unexpected argument '([^']+)'/.exec(message);
  if (positional) return `unexpected argument '${positional[1]}'`;
  return message.split('\n')[0] ?? message;
}
