import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * App Service installs only the production dependencies (`npm ci --omit=dev`), so what `serve`
 * loads must not need a devDependency. Dynamic imports (the development defaults, Vite for
 * `npm start`) load only when used and are left out.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function staticPackages(entry: string): Promise<Map<string, string[]>> {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const used = new Map<string, string[]>();
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (!imported.external || imported.kind === 'dynamic-import') continue;
      const parts = imported.path.split('/');
      const name = imported.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      used.set(name, [...(used.get(name) ?? []), file]);
    }
  }
  return used;
}

describe('the serve command', () => {
  it('loads no devDependency', async () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const used = await staticPackages('src/server/cli/commands/serve.ts');
    expect(used.has('express')).toBe(true);
    const dev = [...used].filter(([name]) => name in pkg.devDependencies);
    expect(dev).toEqual([]);
  });
});
