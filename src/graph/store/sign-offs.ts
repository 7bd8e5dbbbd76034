import { invalidFrom } from '../../app/store-rules.js';
import type { Versioned } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import { SignOffSchema, signOffKey, type SignOff } from '../../domain/sign-off.js';
import { signOffEncoder, signOffList } from '../codec/sign-off-codec.js';
import { failWith } from '../client/failures.js';
import type { StoreContext } from './context.js';
import { keyMapsOf } from './decode.js';
import type { KeyCache } from './key-lookup.js';
import { itemsUrl, odataString, readAllPages } from './queries.js';
import { saveItem } from './save-record.js';
import { decodeSignOffs, readsSignOffs } from './sign-off-read.js';

/**
 * Writing department sign-offs in the SignOffs list: one item per round and department, unique
 * by Key, with If-Match on the version seen (reading them: sign-off-read.ts). A site (or
 * manifest) without the list cannot keep one: writing there is `unavailable`.
 */

const noList =
  'Webbplatsen har ingen lista för klarmarkeringar ännu. Be IT uppdatera SharePoint-listorna (npm run provision).';

export async function saveSignOffIn(
  ctx: StoreContext,
  keys: KeyCache,
  signOff: SignOff,
  expectedVersion: string | undefined,
): Promise<Result<Versioned<SignOff>>> {
  const parsed = SignOffSchema.safeParse(signOff);
  if (!parsed.success) return invalidFrom(parsed.error, 'Klarmarkeringen');
  if (!readsSignOffs(ctx)) return fail('unavailable', noList);
  const encode = signOffEncoder(ctx.schema);
  const fields = await keys.encode(['FollowUpRounds', 'Departments'], 'Klarmarkeringen', (maps) =>
    encode(parsed.data, maps),
  );
  if (!fields.ok) return fields;
  const key = signOffKey(parsed.data.roundId, parsed.data.departmentId);
  const version = await saveItem({
    graph: ctx.graph,
    site: ctx.site,
    list: signOffList,
    what: 'Klarmarkeringen',
    fields: fields.value,
    value: parsed.data,
    expectedVersion,
    readCurrent: () => readSignOff(ctx, key),
  });
  return version.ok ? ok({ ...parsed.data, version: version.value }) : version;
}

/** One sign-off by its Key, decoded with fresh key maps (the `current` of a conflict). */
async function readSignOff(
  ctx: StoreContext,
  key: string,
): Promise<Result<Versioned<SignOff> | undefined>> {
  const url = (list: string, filter?: string) =>
    itemsUrl(ctx.site, ctx.schema, filter ? { list, filter } : { list, fields: ['Key'] });
  const pages = await readAllPages(ctx.graph, [
    url(signOffList, `fields/Key eq ${odataString(key)}`),
    url('FollowUpRounds'),
    url('Departments'),
  ]);
  const failed = pages.find((p) => !p.ok);
  if (failed && !failed.ok) return failWith(failed, 'Klarmarkeringen');
  const [found, rounds, departments] = pages.map((p) => (p.ok ? p.items : []));
  const maps = keyMapsOf({ FollowUpRounds: rounds, Departments: departments });
  const decoded = decodeSignOffs(ctx, found ?? [], maps);
  return decoded.ok ? ok(decoded.value[0]) : decoded;
}
