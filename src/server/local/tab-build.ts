import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/** Builds the tab with Vite (a development dependency) when its build is stale. */
export async function ensureTabBuilt(root: string, log: (line: string) => void): Promise<string> {
  const outDir = join(root, 'dist/tab');
  if (!tabBuildIsStale(root)) return outDir;
  log('Bygger fliken (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.tab.config.ts'), logLevel: 'warn' });
  return outDir;
}
