import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/server/cli/command.js';
import { emulatorCommand } from '../../src/server/cli/commands/emulator.js';

const dir = mkdtempSync(join(tmpdir(), 'graph-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const io = { out: () => {}, err: () => {} };

describe('the emulator command', () => {
  it('names every option in its usage', () => {
    for (const flag of [
      '--port',
      '--data',
      '--latency-ms',
      '--throttle-rate',
      '--fail-rate',
      '--seed',
      '--require-scope',
    ]) {
      expect(emulatorCommand.usage).toContain(flag);
    }
  });

  it('refuses bad values with a one-line usage error', async () => {
    const bad = join(dir, 'bad-seed.json');
    writeFileSync(bad, JSON.stringify({ tenant: { id: 'not-a-guid' } }));
    const cases: [string[], RegExp][] = [
      [['--port', 'abc'], /--port must be a whole number from 0 to 65535/],
      [['--port', '70000'], /--port/],
      [['--throttle-rate', '1.5'], /--throttle-rate must be a number from 0 to 1/],
      [['--latency-ms', '-1'], /--latency-ms/],
      [['--seed', join(dir, 'missing.json')], /cannot read seed file/],
      [['--seed', bad], /seed file .*tenant\.id/],
      [['--bogus'], /unknown option --bogus/],
    ];
    for (const [args, message] of cases) {
      const error = await emulatorCommand.run(args, io).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
