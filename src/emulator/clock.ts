/** The emulator's own clock and logger types: it imports nothing from the rest of src/. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The default: quiet, except for emulator bugs (a 500 it did not mean to send). */
export const errorsOnlyLogger: Logger = {
  info() {},
  warn() {},
  error: (message) => process.stderr.write(`graph emulator: ${message}\n`),
};

export function consoleLogger(write: (line: string) => void): Logger {
  return {
    info: (m) => write(m),
    warn: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
  };
}

/** Graph's timestamps: UTC, second precision, with a `Z`. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
