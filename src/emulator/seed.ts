import { readFileSync } from 'node:fs';
import { z } from 'zod';
import defaultSeedJson from './default-seed.json' with { type: 'json' };

const guid = z.guid();

const userSchema = z.object({
  id: guid,
  displayName: z.string().min(1),
  userPrincipalName: z.string().min(3),
  mail: z.string().optional(),
});

const channelSchema = z.object({
  id: z.string().regex(/^19:[^/?#]+$/, 'a channel id looks like 19:…@thread.tacv2'),
  displayName: z.string().min(1),
  description: z.string().optional(),
  membershipType: z.enum(['standard', 'private', 'shared']).optional(),
});

const teamSchema = z.object({
  id: guid,
  displayName: z.string().min(1),
  description: z.string().optional(),
  channels: z.array(channelSchema),
  members: z.array(
    z.object({ userId: guid, roles: z.array(z.enum(['owner', 'guest'])).optional() }),
  ),
});

/** What the emulator starts with: one tenant, one site (plus the root), users and teams. */
const emulatorSeedSchema = z.object({
  tenant: z.object({ id: guid, displayName: z.string().optional() }),
  site: z.object({
    hostname: z.string().regex(/^[a-z0-9.-]+$/i),
    /** Server-relative path of the site, e.g. `/sites/aktivitetsplan`. */
    path: z.string().regex(/^\/sites\/[A-Za-z0-9_-]+$/),
    displayName: z.string().min(1),
    description: z.string().optional(),
    collectionId: guid.optional(),
    webId: guid.optional(),
    rootCollectionId: guid.optional(),
    rootWebId: guid.optional(),
    /** IANA time zone of the site: dateOnly values are midnight there, shown in UTC. */
    timeZone: z.string().optional(),
    /** Apps granted a role on the site (for Sites.Selected tokens). */
    grants: z
      .array(
        z.object({
          appId: z.string().min(1),
          displayName: z.string().optional(),
          roles: z.array(z.enum(['read', 'write', 'manage', 'fullcontrol'])).min(1),
        }),
      )
      .optional(),
  }),
  users: z.array(userSchema),
  teams: z.array(teamSchema),
});

export type EmulatorSeed = z.infer<typeof emulatorSeedSchema>;
export type SeedUser = z.infer<typeof userSchema>;
export type SeedTeam = z.infer<typeof teamSchema>;

export const defaultSeed: EmulatorSeed = emulatorSeedSchema.parse(defaultSeedJson);

/** Reads and validates a seed file; throws an Error with a one-line message. */
export function readSeedFile(file: string): EmulatorSeed {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read seed file ${file}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = emulatorSeedSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`seed file ${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}
