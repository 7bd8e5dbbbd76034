import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/** Whether dist/tab is missing or older than any source of the tab. */
function tabBuildIsStale(root: string): boolean {
  const index = join(root, 'dist/tab/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const config = join(root, 'vite.tab.config.ts');
  const sources = Math.max(
    newestMtime(join(root, 'src/tab')),
    newestMtime(join(root, 'src/domain')),
    existsSync(config) ? statSync(config).mtimeMs : 0,
  );
  return sources > built;
}

/**
 * Builds the tab with Vite (a development dependency) when its build is stale. In a child
 * process: Vite sets NODE_ENV=production in the process that builds, which would turn the local
 * bot's anonymous mode into production mode.
 */
export async function ensureTabBuilt(root: string, log: (line: string) => void): Promise<string> {
  const outDir = join(root, 'dist/tab');
  if (!tabBuildIsStale(root)) return outDir;
  log('Bygger fliken (vite build)…');
  const vitePackage = createRequire(join(root, 'package.json')).resolve('vite/package.json');
  const viteBin = join(dirname(vitePackage), 'bin/vite.js');
  await promisify(execFile)(
    process.execPath,
    [viteBin, 'build', '-c', join(root, 'vite.tab.config.ts'), '--logLevel', 'warn'],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  return outDir;
}
