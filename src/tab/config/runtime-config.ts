import { z } from '../../domain/zod-mini.js';

/**
 * The tab's runtime configuration, served by the app's server as `GET /config.json` (next to
 * the built tab), so one build runs locally against the emulator and in any tenant.
 *
 * - `local`: the standalone sign-in page offers `demoUsers`; tokens are the emulator's unsigned
 *   dev JWTs; `graphBase` is normally the tab's own origin proxied to the emulator
 *   (e.g. `https://localhost:3978/graph/v1.0`).
 * - `tenant`: msal-browser with nested app authentication (`clientId`, `authority`); the API
 *   token is requested for `apiScope`, the Graph token for `graphScopes`.
 */
const url = z.url({ protocol: /^https?$/ });
const path = z.string().check(z.regex(/^\/[^\s]*$/, 'A path starting with /'));

const DemoUserSchema = z.object({
  /** Entra object id as the emulator's seed knows it. */
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  upn: z.string().check(z.minLength(1)),
  role: z.enum(['workingGroup', 'departmentContact', 'manager']),
  /** For a department contact: the department. */
  departmentId: z.optional(z.string()),
});
export type DemoUser = z.infer<typeof DemoUserSchema>;

const common = {
  /** Where the app's API is: an absolute URL or a path on the tab's origin. */
  apiBase: z._default(z.union([url, path]), '/api'),
  /** Graph base URL including the version segment. */
  graphBase: z.union([url, path]),
  /** The SharePoint site the plan lives in (`https://host/sites/path`). */
  siteUrl: z.optional(url),
  defaultLanguage: z._default(z.enum(['sv', 'en']), 'sv'),
  /** The tab's own public address (channel tab configuration's contentUrl). */
  tabUrl: z.optional(url),
  /**
   * The provisioned site as the server opened it: its Graph id and the id of every list, so the
   * tab's cold open reads the plan in one Graph round trip (stale ids fall back to `siteUrl`).
   */
  site: z.optional(
    z.object({
      siteId: z.string().check(z.minLength(1)),
      webUrl: z.optional(z.string()),
      lists: z.record(z.string(), z.string()),
      /** The plans' item ids (plan id → item id and parent plan id): loadPlan filters by them. */
      plans: z.optional(
        z.record(z.string(), z.object({ itemId: z.string(), parentId: z.optional(z.string()) })),
      ),
    }),
  ),
};

const LocalConfigSchema = z.object({
  mode: z.literal('local'),
  ...common,
  demoUsers: z.array(DemoUserSchema).check(z.minLength(1)),
  /** Scopes written into dev tokens (the emulator may require some). */
  devScopes: z._default(z.array(z.string()), ['Sites.Read.All', 'access_as_user']),
  tenantId: z._default(z.string(), '00000000-0000-0000-0000-000000000001'),
});

const TenantConfigSchema = z.object({
  mode: z.literal('tenant'),
  ...common,
  clientId: z.uuid(),
  /** e.g. https://login.microsoftonline.com/<tenantId> */
  authority: url,
  /** The app's own API scope, e.g. api://<host>/<clientId>/access_as_user */
  apiScope: z.string().check(z.minLength(1)),
  graphScopes: z._default(z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), [
    'Sites.Read.All',
  ]),
  redirectUri: z.optional(url),
  /**
   * Inside Teams (nested app authentication): `brk-multihub://<host>`, the redirect the Teams
   * manifest's nestedAppAuthInfo names, so that Teams serves the token it prefetched.
   */
  naaRedirectUri: z.optional(z.string().check(z.regex(/^brk-multihub:\/\/[^/\s]+$/))),
});

export const RuntimeConfigSchema = z.discriminatedUnion('mode', [
  LocalConfigSchema,
  TenantConfigSchema,
]);
export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;
export type LocalConfig = z.infer<typeof LocalConfigSchema>;
export type TenantConfig = z.infer<typeof TenantConfigSchema>;

export type ConfigResult =
  | { readonly ok: true; readonly config: RuntimeConfig }
  | { readonly ok: false; readonly detail: string };

/** Fetches and parses `/config.json`; a missing or malformed file is a value, not a throw. */
export async function loadRuntimeConfig(
  fetchFn: typeof fetch,
  address = './config.json',
): Promise<ConfigResult> {
  try {
    const response = await fetchFn(address, { headers: { Accept: 'application/json' } });
    if (!response.ok) return { ok: false, detail: `HTTP ${response.status}` };
    const parsed = RuntimeConfigSchema.safeParse(await response.json());
    if (!parsed.success) return { ok: false, detail: z.prettifyError(parsed.error) };
    return { ok: true, config: parsed.data };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
