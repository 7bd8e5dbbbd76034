import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { defaultSeed } from '../../src/emulator/seed.js';
import { localPlayground } from '../../src/server/playground/default-playground.js';
import {
  departmentsChannel,
  playgroundSetup,
} from '../../src/server/playground/playground-config.js';
import { playgroundYaml } from '../../src/server/playground/playground-yaml.js';
import { playgroundCli } from '../../src/server/playground/start-playground.js';

// ajv-formats is CommonJS with a `default` property; NodeNext types the default import as the module.
const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** The Playground's own config schema, as bundled in its dist (it validates the file with it). */
function playgroundSchema(): object {
  const bundle = readFileSync(playgroundCli().replace(/cli\.js$/, 'dist/index.js'), 'utf8');
  const match =
    /JSON\.parse\('(\{"\$id":"https:\/\/aka\.ms\/teams-app-test-tool-config\/0\.1\.1\/config\.schema\.json".*?\})'\)/.exec(
      bundle,
    );
  if (!match) throw new Error('config schema not found in the Playground bundle');
  return JSON.parse(match[1]!.replace(/\\'/g, "'").replace(/\\\\/g, '\\')) as object;
}

describe('Playground config', () => {
  const local = localPlayground();

  it('is valid against the Playground’s own schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(playgroundSchema());
    const parsed: unknown = parse(playgroundYaml(local.config));
    expect(validate(parsed) ? [] : validate.errors).toEqual([]);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(local.config)));
  });

  it('is the committed .m365agentsplayground.yml for the default seed', () => {
    expect(readFileSync('.m365agentsplayground.yml', 'utf8')).toBe(playgroundYaml(local.config));
  });

  it('makes General the working group channel and points every department at the other channel', () => {
    const workingGroup = defaultSeed.teams.find((t) => t.id === local.workingGroupTeamId)!;
    expect(local.config.team).toMatchObject({
      id: workingGroup.channels[0]!.id,
      aadGroupId: workingGroup.id,
    });
    const links = local.links('http://localhost:56150');
    expect(links.map((l) => l.target).sort()).toEqual(
      ['workingGroup', ...seedPlan.departments.map((d) => d.id)].sort(),
    );
    for (const link of links.filter((l) => l.target !== 'workingGroup')) {
      const department = seedPlan.departments.find((d) => d.id === link.target)!;
      const team = defaultSeed.teams.find((t) => t.id === link.teamId)!;
      expect([link.channelId, team.displayName]).toEqual([departmentsChannel.id, department.name]);
      expect(link.serviceUrl).toBe('http://localhost:56150/_connector');
    }
    expect(local.unplaced).toEqual([]);
  });

  it('chooses six users so that the working group and every department have a member', () => {
    const users = [local.config.currentUser, ...local.config.users];
    expect(users).toHaveLength(6);
    const ids = new Set(users.map((u) => u.aadObjectId));
    for (const team of defaultSeed.teams) {
      expect(
        team.members.some((m) => ids.has(m.userId)),
        team.displayName,
      ).toBe(true);
    }
    const workingGroup = defaultSeed.teams.find((t) => t.id === local.workingGroupTeamId)!;
    expect(workingGroup.members.map((m) => m.userId)).toContain(
      local.config.currentUser.aadObjectId,
    );
  });

  it('leaves a department without a team of its name unlinked and says so', () => {
    const departments = [
      ...seedPlan.departments,
      { id: 'ny', name: 'Ny förvaltning', coordinating: false },
    ];
    const setup = playgroundSetup({
      departments,
      directory: defaultSeed,
      workingGroupTeamId: local.workingGroupTeamId,
    });
    expect(setup.unplaced.map((d) => d.id)).toEqual(['ny']);
    expect(setup.places.some((p) => p.target === 'ny')).toBe(false);
  });
});
