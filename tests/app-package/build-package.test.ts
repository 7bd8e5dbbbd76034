import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAppPackage } from '../../src/server/app-package/build-package.js';
import { appPackageDir, copyProject, environmentValues, readText } from './support/project.js';

const dev = environmentValues('dev');
const made: string[] = [];

function scratch() {
  const project = copyProject();
  made.push(project.root);
  return project;
}

afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

function built(folder = appPackageDir, values = dev) {
  const result = buildAppPackage({ folder, values });
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
  return result.value;
}

describe('buildAppPackage', () => {
  it('zips the filled manifest, the two icons and the localization file, nothing else', () => {
    const files = unzipSync(built().zip);
    expect(Object.keys(files)).toEqual(['manifest.json', 'color.png', 'outline.png', 'en-us.json']);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
    expect(manifest.id).toBe(dev.TEAMS_APP_ID);
    expect(strFromU8(files['manifest.json']!)).not.toContain('${{');
    expect(strFromU8(files['en-us.json']!)).toContain('"name.short": "Aktivitetsplan (dev)"');
    const size = (name: string) => {
      const png = PNG.sync.read(Buffer.from(files[name]!));
      return [png.width, png.height];
    };
    expect(size('color.png')).toEqual([192, 192]);
    expect(size('outline.png')).toEqual([32, 32]);
  });

  it('leaves out files in the folder that the manifest does not name', () => {
    const { folder } = scratch();
    writeFileSync(join(folder, 'notes.txt'), 'not for the package');
    writeFileSync(join(folder, 'sv-se.json'), '{}');
    const files = unzipSync(built(folder).zip);
    expect(Object.keys(files).sort()).toEqual([
      'color.png',
      'en-us.json',
      'manifest.json',
      'outline.png',
    ]);
  });

  it('gives the same bytes for the same input', () => {
    expect(Buffer.from(built().zip).equals(Buffer.from(built().zip))).toBe(true);
  });

  it('refuses unresolved placeholders, naming each', () => {
    const { TEAMS_APP_ID: _id, BOT_ID: _bot, ...rest } = dev;
    const result = buildAppPackage({ folder: appPackageDir, values: { ...rest, TAB_DOMAIN: '' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toBe('invalid');
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual([
      'manifest.json ${{BOT_ID}}',
      'manifest.json ${{TAB_DOMAIN}}',
      'manifest.json ${{TEAMS_APP_ID}}',
    ]);
  });

  it('reports every schema error, a missing icon and an unreadable localization file at once', () => {
    const { folder } = scratch();
    const manifest = JSON.parse(readText('appPackage/manifest.json')) as Record<string, unknown>;
    delete manifest.accentColor;
    manifest.icons = { color: 'color.png', outline: 'missing.png' };
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(folder, 'en-us.json'), '{"name.short": ');
    const result = buildAppPackage({ folder, values: dev });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields).toEqual({
      'manifest.json /': "must have required property 'accentColor'",
      'missing.png': 'filen som manifestet pekar på finns inte i apppaketet.',
      'en-us.json': expect.stringMatching(/^är inte giltig JSON/),
    });
    expect(result.error.message).toBe('Apppaketet är inte giltigt (3 fel).');
  });

  it('refuses a file reference that leaves the package folder', () => {
    const { folder } = scratch();
    const manifest = JSON.parse(readText('appPackage/manifest.json')) as Record<string, unknown>;
    manifest.icons = { color: '../env/.env.dev', outline: 'outline.png' };
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
    const result = buildAppPackage({ folder, values: dev });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fields ?? {})).toEqual(['../env/.env.dev']);
  });

  it('refuses an outline icon that is not white on transparent', () => {
    const { folder } = scratch();
    const png = new PNG({ width: 32, height: 32 });
    png.data.fill(200);
    writeFileSync(join(folder, 'outline.png'), PNG.sync.write(png));
    const result = buildAppPackage({ folder, values: dev });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.['outline.png']).toContain('synliga pixlar som inte är vita');
  });

  it('refuses a manifest version whose schema is not bundled', () => {
    const { folder } = scratch();
    const manifest = JSON.parse(readText('appPackage/manifest.json')) as Record<string, unknown>;
    manifest.manifestVersion = '9.99';
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
    const result = buildAppPackage({ folder, values: dev });
    expect(result.ok ? undefined : result.error.fields).toEqual({
      'manifest.json /manifestVersion': 'schemat för 9.99 finns inte.',
    });
  });
});
