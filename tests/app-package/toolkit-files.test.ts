import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { projectRoot, readText } from './support/project.js';
import { placeholderFlow, readProjectFile, type ProjectFile } from './support/toolkit-flow.js';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, 'toolkit', 'yaml.schema.v1.11.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const files = ['teamsapp.yml', 'm365agents.local.yml', 'm365agents.playground.yml'];

function envKeys(name: string): Record<string, string> {
  return parseEnv(readText(`env/${name}`)) as Record<string, string>;
}

/** The template's keys above "Written by provisioning": what the administrator fills in. */
function filledByAdministrator(): string[] {
  const text = readText('env/.env.prod.template');
  const head = text.slice(0, text.indexOf('# Written by provisioning'));
  return Object.keys(parseEnv(head));
}

function writtenByProvisioning(): string[] {
  const text = readText('env/.env.prod.template');
  return Object.keys(parseEnv(text.slice(text.indexOf('# Written by provisioning'))));
}

function paths(file: ProjectFile): string[] {
  const steps = [...(file.provision ?? []), ...(file.deploy ?? []), ...(file.publish ?? [])];
  return steps.flatMap((step) => {
    const w = step.with ?? {};
    const templates = (w.templates ?? []) as { path: string; parameters?: string }[];
    return [
      ...templates.flatMap((t) => [t.path, t.parameters ?? t.path]),
      ...['manifestPath', 'ignoreFile'].filter((k) => k in w).map((k) => String(w[k])),
    ];
  });
}

describe('toolkit project files', () => {
  it.each(files)('%s is valid against the toolkit schema v1.11', (name) => {
    const file = readProjectFile(name);
    expect(file.version).toBe('v1.11');
    expect(validate(file) ? [] : validate.errors).toEqual([]);
  });

  it('has no m365agents.yml, which the toolkit would read instead of teamsapp.yml', () => {
    expect(existsSync(join(projectRoot, 'teamsapp.yml'))).toBe(true);
    expect(existsSync(join(projectRoot, 'm365agents.yml'))).toBe(false);
  });

  it.each(files)('%s names only files that exist', (name) => {
    for (const path of paths(readProjectFile(name))) {
      expect(existsSync(join(projectRoot, path)), path).toBe(true);
    }
  });

  it('teamsapp.yml has every value it uses, from env/.env.prod or from an earlier step', () => {
    const flow = placeholderFlow(readProjectFile('teamsapp.yml'), filledByAdministrator());
    expect(flow.undefinedUses).toEqual([]);
    expect(writtenByProvisioning().filter((name) => !flow.produced.has(name))).toEqual([]);
  });

  it('m365agents.local.yml has every value it uses, from env/.env.local or an earlier step', () => {
    const local = envKeys('.env.local');
    const filled = Object.keys(local).filter((k) => local[k] !== '');
    const developer = ['BOT_ENDPOINT', 'SHAREPOINT_SITE_URL', 'WORKING_GROUP_TEAM_ID'];
    const flow = placeholderFlow(readProjectFile('m365agents.local.yml'), [
      ...filled,
      ...developer,
    ]);
    expect(flow.undefinedUses).toEqual([]);
    const empty = Object.keys(local).filter((k) => local[k] === '' && !developer.includes(k));
    expect(empty.filter((name) => !flow.produced.has(name))).toEqual([]);
  });

  it('a step that is misspelt or lacks its inputs fails the schema', () => {
    const file = readProjectFile('teamsapp.yml');
    const broken = structuredClone(file);
    broken.provision![0] = { uses: 'teamsApp/creat', with: { name: 'x' } };
    delete broken.deploy![2]!.with!.resourceId;
    expect(validate(broken)).toBe(false);
  });

  it('deploys and publishes with the same offline check the package command runs', () => {
    const file = readProjectFile('teamsapp.yml');
    for (const stage of [file.provision!, file.publish!]) {
      const uses = stage.map((s) => s.uses);
      const check = uses.indexOf('cli/runNpmCommand');
      expect(check).toBeGreaterThanOrEqual(0);
      expect(check).toBeLessThan(uses.indexOf('teamsApp/zipAppPackage'));
      expect(uses.indexOf('teamsApp/validateAppPackage')).toBeGreaterThan(check);
    }
    expect(file.publish!.at(-1)!.uses).toBe('teamsApp/publishAppPackage');
  });
});
