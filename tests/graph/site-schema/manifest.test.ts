import { describe, expect, it } from 'vitest';
import { statusCodes, statusLabelsSv } from '../../../src/domain/model.js';
import { parseSiteManifest } from '../../../src/graph/site-schema/load.js';
import {
  bundledManifestSource,
  loadBundledManifest,
} from '../../../src/graph/site-schema/manifest.js';
import { isIndexed, maxIndexesPerList } from '../../../src/graph/site-schema/rules.js';

const swedishLists = {
  Plans: 'Planer',
  Goals: 'Mål',
  DevelopmentAreas: 'Utvecklingsområden',
  Departments: 'Förvaltningar',
  Activities: 'Aktiviteter',
  FollowUpRounds: 'Uppföljningsomgångar',
  FollowUps: 'Uppföljningar',
  Reminders: 'Påminnelser',
  ChannelLinks: 'Kanalkopplingar',
};

/** A copy of the shipped manifest to break in one place. */
function manifest(): {
  version: number;
  lists: { name: string; columns: Record<string, unknown>[]; views?: unknown[] }[];
} {
  return structuredClone(bundledManifestSource.schema) as ReturnType<typeof manifest>;
}

function refusal(schema: unknown): string {
  const result = parseSiteManifest(schema, bundledManifestSource.formatters);
  if (result.ok) throw new Error('the manifest was accepted');
  expect(result.error.reason).toBe('invalid');
  return result.error.message;
}

describe('the shipped site manifest', () => {
  it('has every list with an ASCII internal name and its Swedish display name', () => {
    const { schema } = loadBundledManifest();
    const names = Object.fromEntries(schema.lists.map((l) => [l.name, l.displayName]));
    expect(names).toMatchObject(swedishLists);
    for (const list of schema.lists) {
      expect(list.name).toMatch(/^[A-Za-z0-9]+$/);
      for (const column of list.columns) expect(column.name).toMatch(/^[A-Za-z0-9]+$/);
    }
  });

  it('keys follow-ups by round+activity and reminders by round+department+stage, unique and indexed', () => {
    const { schema } = loadBundledManifest();
    for (const list of ['FollowUps', 'Reminders', 'Activities', 'ChannelLinks']) {
      const key = schema.lists.find((l) => l.name === list)?.columns.find((c) => c.name === 'Key');
      expect(key).toMatchObject({ type: 'text', unique: true, indexed: true, required: true });
    }
  });

  it('indexes every column the stores filter or order on, within 20 per list', () => {
    const { schema } = loadBundledManifest();
    const filtered: Record<string, string[]> = {
      FollowUps: ['Key', 'RoundOpensOn', 'Round'],
      Reminders: ['Key', 'RoundKey'],
      Activities: ['Key', 'LatestStatus', 'RoundResponseState', 'ResponsibleDepartment'],
      Departments: ['Key'],
      FollowUpRounds: ['Key'],
      ChannelLinks: ['Key'],
    };
    for (const list of schema.lists) {
      expect(list.columns.filter(isIndexed).length).toBeLessThanOrEqual(maxIndexesPerList);
      for (const name of filtered[list.name] ?? []) {
        expect(isIndexed(list.columns.find((c) => c.name === name)!), `${list.name}.${name}`).toBe(
          true,
        );
      }
    }
  });

  it('labels statuses as the domain does, so views and formatting match what the tab shows', () => {
    const { schema } = loadBundledManifest();
    for (const [list, column] of [
      ['FollowUps', 'Status'],
      ['Activities', 'LatestStatus'],
    ] as const) {
      const spec = schema.lists
        .find((l) => l.name === list)
        ?.columns.find((c) => c.name === column);
      expect(spec?.type === 'choice' && spec.choices).toEqual(
        statusCodes.map((value) => ({ value, label: statusLabelsSv[value] })),
      );
    }
    const formatting = JSON.stringify(bundledManifestSource.formatters['status']);
    for (const label of Object.values(statusLabelsSv)) expect(formatting).toContain(label);
    expect(formatting).toContain('line-through');
  });

  it('defines the three views managers use on activities', () => {
    const activities = loadBundledManifest().schema.lists.find((l) => l.name === 'Activities')!;
    expect(activities.views.map((v) => v.title)).toEqual([
      'Aktiviteter per förvaltning',
      'Försenade',
      'Saknar svar i pågående uppföljning',
    ]);
  });
});

describe('parseSiteManifest', () => {
  it('refuses a duplicate column', () => {
    const bad = manifest();
    bad.lists[1]!.columns.push({ name: 'Board', displayName: 'Nämnd igen', type: 'text' });
    expect(refusal(bad)).toMatch(/Departments: kolumnen Board finns två gånger/);
  });

  it('refuses a column that reuses a built-in name', () => {
    const bad = manifest();
    bad.lists[1]!.columns.push({ name: 'Title', displayName: 'Rubrik', type: 'text' });
    expect(refusal(bad)).toMatch(/kolumnen Title finns två gånger/);
  });

  it('refuses an unknown column type', () => {
    const bad = manifest();
    bad.lists[1]!.columns.push({ name: 'Founded', displayName: 'Grundad', type: 'datetime' });
    expect(refusal(bad)).toMatch(/okänd kolumntyp/);
  });

  it('refuses more than 20 indexes on a list', () => {
    const bad = manifest();
    for (let i = 0; i < 21; i += 1)
      bad.lists[1]!.columns.push({
        name: `Extra${i}`,
        displayName: `Extra ${i}`,
        type: 'number',
        indexed: true,
      });
    expect(refusal(bad)).toMatch(/indexerade kolumner; SharePoint tillåter högst 20/);
  });

  it('refuses lookups, views and formatting that name what does not exist', () => {
    const bad = manifest();
    bad.lists[1]!.columns.push({
      name: 'Parent',
      displayName: 'Överordnad',
      type: 'lookup',
      list: 'Nowhere',
    });
    const activities = bad.lists.find((l) => l.name === 'Activities')!;
    (activities.views as { fields: string[] }[])[0]!.fields.push('Missing');
    expect(refusal(bad)).toMatch(
      /uppslaget pekar på en lista som inte finns[\s\S]*kolumnen Missing, som inte finns/,
    );
    const noFile = parseSiteManifest(manifest(), {});
    expect(noFile.ok ? '' : noFile.error.message).toMatch(/formateringsfilen status\.json saknas/);
  });

  it('refuses indexing a multi-line column', () => {
    const bad = manifest();
    bad.lists[1]!.columns.push({
      name: 'Notes',
      displayName: 'Anteckningar',
      type: 'note',
      indexed: true,
    });
    expect(refusal(bad)).toMatch(/kan inte indexeras/);
  });
});
