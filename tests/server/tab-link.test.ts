import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annualRound, toFollowUpRound } from '../../src/domain/calendar/rounds.js';
import { keyInCard } from '../../src/graph/teams/reminder-card-key.js';
import { reminderCards } from '../../src/server/functions/reminder-cards.js';
import { personalTabEntityId, tabRouteLink } from '../../src/server/tab-link.js';
import { departmentLink } from '../../src/server/production/tab-links.js';
import { parseRoute } from '../../src/tab/routing/routes.js';

const appId = '5f0c7a52-3c1e-4d6b-9a8e-1b2c3d4e5f60';
const key = 'annual-2026|social-omsorg|opening';
const route = '/min-forvaltning?forvaltning=social-omsorg&omgang=annual-2026';

describe('tabRouteLink', () => {
  it('outside Teams (local mode, the Playground) is the tab’s web address with the route in its hash', () => {
    const link = tabRouteLink({ webBase: 'https://localhost:53000/' }, route, key);
    expect(link).toBe(
      'https://localhost:53000/#/min-forvaltning?forvaltning=social-omsorg&omgang=annual-2026&paminnelse=annual-2026%7Csocial-omsorg%7Copening',
    );
    expect(link).toContain(keyInCard(key));
    expect(tabRouteLink({ webBase: 'https://x.example/#/old' }, '/uppfoljning')).toBe(
      'https://x.example/#/uppfoljning',
    );
  });

  it('in Teams is a deep link to the personal tab with the route as its sub-entity, the key still findable', () => {
    const link = tabRouteLink({ webBase: 'https://app.example/', teamsAppId: appId }, route, key);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(
      `https://teams.microsoft.com/l/entity/${appId}/${personalTabEntityId}`,
    );
    const context = JSON.parse(url.searchParams.get('context') ?? '{}') as { subEntityId?: string };
    expect(context).toEqual({ subEntityId: route });
    expect(parseRoute(`#${context.subEntityId}`)).toEqual({
      name: 'myDepartment',
      departmentId: 'social-omsorg',
      roundId: 'annual-2026',
    });
    expect(url.searchParams.get('webUrl')).toBe(`https://app.example/#${route}`);
    expect(link).toContain(keyInCard(key));
  });

  it('names the personal tab the Teams manifest declares', () => {
    const manifest = JSON.parse(readFileSync('appPackage/manifest.json', 'utf8')) as {
      staticTabs: { entityId: string; scopes: string[] }[];
    };
    const personal = manifest.staticTabs.find((t) => t.scopes.includes('personal'));
    expect(personal?.entityId).toBe(personalTabEntityId);
  });
});

describe('the cards’ links', () => {
  it('the bot’s department link in both modes', () => {
    expect(departmentLink({ webBase: 'https://app.example/' })('annual-2026', 'kultur')).toBe(
      'https://app.example/#/min-forvaltning?forvaltning=kultur&omgang=annual-2026',
    );
    const inTeams = departmentLink({ webBase: 'https://app.example/', teamsAppId: appId })(
      'annual-2026',
      'kultur',
    );
    expect(inTeams).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\//);
  });

  it('the reminder summary links to the follow-up view and carries its key in both modes', () => {
    const summaryKey = 'annual-2026|workingGroup|overdue-2';
    for (const links of [
      { tabUrl: 'https://app.example/' },
      { tabUrl: 'https://app.example/', teamsAppId: appId },
    ]) {
      const card = reminderCards(links).summary({
        round: { ...toFollowUpRound(annualRound(2026), 'plan', 'open'), version: '1' },
        stage: 'overdue-2',
        missing: [],
        unreachable: [],
      } as unknown as Parameters<ReturnType<typeof reminderCards>['summary']>[0]);
      const json = JSON.stringify(card);
      expect(json).toContain(keyInCard(summaryKey));
      expect(json).toContain(links.teamsAppId ? 'teams.microsoft.com/l/entity' : '#/uppfoljning');
    }
  });
});
