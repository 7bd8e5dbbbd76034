import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { fail, ok, type Result } from '../../app/result.js';
import type { EnvironmentValues } from './placeholders.js';

/** An environment name as the toolkit uses them (`dev`, `local`, `prod`): no paths, no dots. */
const environmentName = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

export type EnvironmentInput = {
  /** The project folder (holds env/). */
  readonly root: string;
  readonly name: string;
  /** Values that win over the files, e.g. the process environment in CI. */
  readonly overrides?: EnvironmentValues;
};

function readEnvFile(path: string): Record<string, string> {
  return existsSync(path) ? (parseEnv(readFileSync(path, 'utf8')) as Record<string, string>) : {};
}

/**
 * The values of one environment, as the toolkit reads them: `env/.env.<name>` (committed,
 * non-secret), then `env/.env.<name>.user` (secrets, never committed), then the overrides.
 */
export function loadEnvironment(
  input: EnvironmentInput,
): Result<EnvironmentValues, 'invalid' | 'notFound'> {
  if (!environmentName.test(input.name)) {
    return fail(
      'invalid',
      `Ogiltigt miljönamn '${input.name}': använd bokstäver, siffror, - och _.`,
    );
  }
  const file = join(input.root, 'env', `.env.${input.name}`);
  if (!existsSync(file)) {
    return fail('notFound', `Miljön '${input.name}' finns inte: env/.env.${input.name} saknas.`);
  }
  return ok({
    ...readEnvFile(file),
    ...readEnvFile(`${file}.user`),
    ...input.overrides,
  });
}
