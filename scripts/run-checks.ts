/**
 * `npm test`'s checks before the tests, two at a time (this is a 2-core machine and each check
 * uses one core): `tsx scripts/run-checks.ts typecheck lint -- layers build:tab` runs the npm
 * scripts of each group side by side and the groups one after the other. Each script's output
 * is printed whole when it ends; the exit code is the first failure's (0 when all pass).
 */
import { spawn } from 'node:child_process';

const groups = process.argv
  .slice(2)
  .join(' ')
  .split(' -- ')
  .map((g) => g.split(' ').filter(Boolean));

function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '-s', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(
        `> ${script}: ${code === 0 ? 'ok' : `failed (${String(code)})`}, ${seconds} s\n`,
      );
      if (out.trim()) process.stdout.write(`${out.trimEnd()}\n`);
      resolve(code ?? 1);
    });
  });
}

for (const group of groups) {
  const codes = await Promise.all(group.map(run));
  const failed = codes.find((c) => c !== 0);
  if (failed !== undefined) process.exit(failed);
}
