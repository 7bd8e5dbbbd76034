import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/server/cli/command.js';
import { packageCommand } from '../../src/server/cli/commands/package.js';
import { copyProject, projectRoot } from './support/project.js';

const project = copyProject();
afterAll(() => rmSync(project.root, { recursive: true, force: true }));

async function inProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await packageCommand.run(['--root', project.root, ...args], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

const run = promisify(execFile);

async function spawned(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/server/cli/main.ts', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('aktivitetsplan package', () => {
  it('writes the zip and the filled manifest for the environment', async () => {
    const { code, out, err } = await inProcess('--env', 'dev');
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out[0]).toMatch(/^Built appPackage\/build\/appPackage\.dev\.zip \(\d+ bytes\)$/);
    const build = join(project.folder, 'build');
    const zip = unzipSync(readFileSync(join(build, 'appPackage.dev.zip')));
    expect(Object.keys(zip)).toEqual(['manifest.json', 'color.png', 'outline.png', 'en-us.json']);
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.dev.json'), 'utf8')) as {
      name: { short: string };
    };
    expect(manifest.name.short).toBe('Aktivitetsplan (dev)');
  });

  it('refuses the local environment until provisioning has filled in its ids', async () => {
    const { code, err } = await inProcess('--env', 'local');
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^aktivitetsplan package: Apppaketet är inte giltigt \(\d+ fel\)\.$/);
    for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID']) {
      expect(err).toContain(`  manifest.json \${{${name}}}: saknar värde i miljön.`);
    }
    expect(existsSync(join(project.folder, 'build', 'appPackage.local.zip'))).toBe(false);
  });

  it('says so when the environment has no file', async () => {
    const { code, err } = await inProcess('--env', 'staging');
    expect({ code, err }).toEqual({
      code: 1,
      err: ["aktivitetsplan package: Miljön 'staging' finns inte: env/.env.staging saknas."],
    });
  });

  it('takes a usage error for an environment name that is a path', async () => {
    await expect(inProcess('--env', '../secrets')).rejects.toThrow(UsageError);
  });

  it('runs as `npm run package -- --env dev` does, and exits 2 on a bad flag', async () => {
    const good = await spawned('package', '--env', 'dev', '--root', project.root);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('4 files: manifest.json, color.png, outline.png, en-us.json');
    const bad = await spawned('package', '--environment', 'dev');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('aktivitetsplan package: unknown option --environment');
  });
});
