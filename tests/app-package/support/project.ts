import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnvironment } from '../../../src/server/app-package/environment.js';
import type { EnvironmentValues } from '../../../src/server/app-package/placeholders.js';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const appPackageDir = join(projectRoot, 'appPackage');

export function readText(relativePath: string): string {
  return readFileSync(join(projectRoot, relativePath), 'utf8');
}

export function readJson(relativePath: string): unknown {
  return JSON.parse(readText(relativePath)) as unknown;
}

/** The committed env/.env.<name> values, without the process environment. */
export function environmentValues(name: string): EnvironmentValues {
  const loaded = loadEnvironment({ root: projectRoot, name });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

/** A copy of appPackage/ (and env/) in a fresh temporary project folder, to break on purpose. */
export function copyProject(): { root: string; folder: string } {
  const root = mkdtempSync(join(tmpdir(), 'aktivitetsplan-package-'));
  for (const part of ['appPackage', 'env']) {
    cpSync(join(projectRoot, part), join(root, part), {
      recursive: true,
      filter: (source) => !source.includes(`${join('appPackage', 'build')}`),
    });
  }
  return { root, folder: join(root, 'appPackage') };
}
