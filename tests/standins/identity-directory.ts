import { randomUUID } from 'node:crypto';
import type { CertifiedKey } from './keys.js';
import type { TokenVersion } from './identity-tokens.js';

/**
 * What the identity stand-in knows: tenants, app registrations with their credentials, resources
 * (APIs a token can be asked for) and the app permissions granted on them. Tests configure it.
 */

/** The botframework.com tenant (identity-spec §4.1: the issuer of multi-tenant bots' tokens). */
const botFrameworkTenantId = 'd6d49420-f39b-4df7-a1dc-d59a935871db';

export type TenantRegistration = { readonly id: string; readonly domains?: readonly string[] };

export type AppRegistration = {
  readonly clientId: string;
  /** The home tenant. */
  readonly tenantId: string;
  readonly displayName?: string;
  readonly secrets?: readonly string[];
  readonly certificates?: readonly CertifiedKey[];
  /** Multi-tenant apps get a service principal in every known tenant. */
  readonly multiTenant?: boolean;
};

export type ResourceRegistration = {
  /** What `scope` names before `/.default`: `https://graph.microsoft.com`, `api://…`. */
  readonly uri: string;
  /** The resource's app id (v2 `aud`; also accepted in `scope`). */
  readonly appId: string;
  /** `accessTokenAcceptedVersion`: Microsoft's APIs are 1. */
  readonly accessTokenVersion: TokenVersion;
};

const microsoftResources: readonly ResourceRegistration[] = [
  {
    uri: 'https://graph.microsoft.com',
    appId: '00000003-0000-0000-c000-000000000000',
    accessTokenVersion: 1,
  },
  {
    uri: 'https://api.botframework.com',
    appId: 'https://api.botframework.com',
    accessTokenVersion: 1,
  },
];

const sharePointAppId = '00000003-0000-0ff1-ce00-000000000000';

export class IdentityDirectory {
  readonly #tenants = new Map<string, TenantRegistration>();
  readonly #apps = new Map<string, AppRegistration>();
  readonly #resources: ResourceRegistration[] = [...microsoftResources];
  readonly #grants = new Map<string, readonly string[]>();
  readonly #principals = new Map<string, string>();

  constructor() {
    this.addTenant({ id: botFrameworkTenantId, domains: ['botframework.com'] });
  }

  addTenant(tenant: TenantRegistration): void {
    this.#tenants.set(tenant.id, tenant);
  }

  /** Registers (or replaces) an app; its home tenant is added when unknown. */
  addApp(app: AppRegistration): void {
    if (!this.#tenants.has(app.tenantId)) this.addTenant({ id: app.tenantId });
    this.#apps.set(app.clientId, app);
  }

  app(clientId: string): AppRegistration | undefined {
    return this.#apps.get(clientId);
  }

  addResource(resource: ResourceRegistration): void {
    this.#resources.unshift(resource);
  }

  /** Grants app permissions (they become `roles`) on a resource, as an admin consents to them. */
  grant(clientId: string, resourceUri: string, roles: readonly string[]): void {
    this.#grants.set(`${clientId} ${resourceUri}`, roles);
  }

  roles(clientId: string, resource: ResourceRegistration): readonly string[] {
    return this.#grants.get(`${clientId} ${resource.uri}`) ?? [];
  }

  /** A tenant by id or verified domain. */
  tenant(segment: string): TenantRegistration | undefined {
    const lower = segment.toLowerCase();
    return (
      this.#tenants.get(lower) ??
      [...this.#tenants.values()].find((t) => t.domains?.some((d) => d.toLowerCase() === lower))
    );
  }

  /** The app's service principal object id in a tenant, or undefined when it has none there. */
  servicePrincipal(clientId: string, tenantId: string): string | undefined {
    const app = this.#apps.get(clientId);
    if (!app || (app.tenantId !== tenantId && !app.multiTenant)) return undefined;
    const key = `${tenantId} ${clientId}`;
    const known = this.#principals.get(key);
    if (known) return known;
    const made = randomUUID();
    this.#principals.set(key, made);
    return made;
  }

  /** The resource a `…/.default` scope names, or undefined. */
  resource(name: string): ResourceRegistration | undefined {
    const trimmed = name.replace(/\/+$/, '');
    const known = this.#resources.find((r) => r.uri === trimmed || r.appId === trimmed);
    if (known) return known;
    if (/^https:\/\/[a-z0-9-]+\.sharepoint\.com$/i.test(trimmed)) {
      return { uri: trimmed, appId: sharePointAppId, accessTokenVersion: 1 };
    }
    return undefined;
  }
}
