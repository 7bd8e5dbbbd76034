import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveCommand } from '../../../src/server/cli/commands/serve.js';

/**
 * `serve --env-file FILE` (the test tenant's `.localConfigs`): the file's settings are read, a
 * setting in the environment wins over the file's, and a file that cannot be read is refused.
 * Each case stops at a refusal (exit 2) before anything listens.
 */

function run(args: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  return serveCommand
    .run(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
    .then((code) => ({ code, err, out }));
}

function envFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'serve-env-')), '.localConfigs');
  writeFileSync(file, text);
  return file;
}

afterEach(() => {
  delete process.env.AKTIVITETSPLAN_REMINDER_SCHEDULE;
});

describe('serve --env-file', () => {
  it('reads the settings in the file', async () => {
    const file = envFile('AKTIVITETSPLAN_REMINDER_SCHEDULE=varje dag\n');
    const { code, err } = await run(['--env-file', file]);
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/AKTIVITETSPLAN_REMINDER_SCHEDULE .*varje dag/)]);
  });

  it('lets a setting in the environment win over the file', async () => {
    process.env.AKTIVITETSPLAN_REMINDER_SCHEDULE = 'aldrig';
    const file = envFile('AKTIVITETSPLAN_REMINDER_SCHEDULE=varje dag\n');
    const { err } = await run(['--env-file', file]);
    expect(err).toEqual([expect.stringMatching(/AKTIVITETSPLAN_REMINDER_SCHEDULE .*aldrig/)]);
  });

  it('refuses a file that cannot be read, naming it', async () => {
    const { code, err } = await run(['--env-file', '/finns/inte/.localConfigs']);
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(
        /^aktivitetsplan serve: inställningsfilen \/finns\/inte\/\.localConfigs /,
      ),
    ]);
  });
});
