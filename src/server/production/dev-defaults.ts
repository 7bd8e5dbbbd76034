import { seedPlan } from '../../domain/seed/seed-plan.js';
import { defaultSeed } from '../../emulator/seed.js';
import type { DevUser } from '../../graph/auth/dev-token.js';
import type { RuntimeConfig } from '../../tab/config/runtime-config.js';
import { demoUsers, workingGroupTeam } from '../local/demo-users.js';
import { localAppIdentity } from '../local/start-local.js';

/**
 * Development with AKTIVITETSPLAN_DEV_TOKENS against the emulator's default seed (what
 * `npm run emulator` and `npm start` run): the app writes as npm start's app identity, the
 * working group is the seed's samverkan team, and the tab offers the seed's demo users.
 * Loaded only in that mode (never in production).
 */

export type DevDefaults = {
  readonly appUser: DevUser;
  readonly workingGroupTeamId: string | undefined;
  runtimeConfig(origin: string, graphUrl: string, siteUrl: string | undefined): RuntimeConfig;
};

export function devDefaults(): DevDefaults {
  const tenantId = defaultSeed.tenant.id;
  return {
    appUser: { ...localAppIdentity, tenantId },
    workingGroupTeamId: workingGroupTeam(defaultSeed)?.id,
    runtimeConfig: (origin, graphUrl, siteUrl) => ({
      mode: 'local',
      apiBase: '/api',
      graphBase: graphUrl,
      ...(siteUrl ? { siteUrl } : {}),
      defaultLanguage: 'sv',
      tabUrl: `${origin}/`,
      demoUsers: demoUsers(defaultSeed, seedPlan.departments),
      devScopes: ['Sites.Read.All', 'access_as_user'],
      tenantId,
    }),
  };
}
