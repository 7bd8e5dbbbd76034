import { describe, expect, it } from 'vitest';
import { outlineBicep } from './support/bicep-outline.js';
import { readJson, readText } from './support/project.js';

const guides = ['docs/admin-guide.sv.md', 'docs/admin-guide.en.md'];

/** The app settings that infra/azure.bicep gives the server. */
function appSettingNames(): string[] {
  const code = outlineBicep(readText('infra/azure.bicep')).code;
  const block = /name: 'appsettings'\s+properties: \{([\s\S]*?)\n {2}\}/.exec(code)?.[1] ?? '';
  return [...block.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
}

describe('the administrator guides', () => {
  it.each(guides)('%s names every app setting the Bicep template sets', (guide) => {
    const names = appSettingNames();
    expect(names.length).toBeGreaterThan(10);
    const text = readText(guide);
    expect(names.filter((name) => !text.includes(`\`${name}\``))).toEqual([]);
  });

  it.each(guides)('%s explains every permission the app asks for', (guide) => {
    const text = readText(guide);
    const entra = readJson('infra/aad.manifest.json') as {
      requiredResourceAccess: { resourceAccess: { id: string }[] }[];
    };
    const named = entra.requiredResourceAccess
      .flatMap((r) => r.resourceAccess.map((a) => a.id))
      .filter((id) => !/^[0-9a-f-]{36}$/.test(id) && !id.startsWith('${{'));
    const teams = readJson('appPackage/manifest.json') as {
      authorization: { permissions: { resourceSpecific: { name: string }[] } };
    };
    const rsc = teams.authorization.permissions.resourceSpecific.map((p) => p.name);
    for (const permission of [...named, ...rsc, 'access_as_user']) {
      expect(text, permission).toContain(permission);
    }
    expect(text).toContain('POST https://graph.microsoft.com/v1.0/sites/{site-id}/permissions');
    expect(text).toContain('"roles": ["write"]');
  });

  it.each(guides)('%s covers the steps an administrator takes, in order', (guide) => {
    const text = readText(guide);
    const steps = [
      'atk provision --env prod',
      'npm run provision -- --site',
      'atk deploy --env prod',
      'atk publish --env prod',
      '@Aktivitetsplan koppla',
      'npm run remind',
    ];
    const at = steps.map((step) => text.indexOf(step));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('says the same in both languages: the same commands, settings and permissions', () => {
    // Every code span but those with a placeholder (`<host>`, `${{NAME}}`), which are translated.
    const spans = (guide: string) =>
      [...new Set([...readText(guide).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!))]
        .filter((span) => !span.includes('<') && !span.includes('${{'))
        .sort();
    expect(spans('docs/admin-guide.sv.md')).toEqual(spans('docs/admin-guide.en.md'));
  });

  it('covers public records and disposal decisions in both languages', () => {
    expect(readText('docs/admin-guide.sv.md')).toMatch(
      /allmänna handlingar[\s\S]*gallringsbeslut/i,
    );
    expect(readText('docs/admin-guide.en.md')).toMatch(/public records[\s\S]*disposal decision/i);
  });
});
