import { signOffKey, type SignOff } from '../../domain/sign-off.js';
import type { SiteSchema } from '../site-schema/schema.js';
import { choiceMap } from './choices.js';
import { dateTime, lookupId, text, writeDateTime, writeLookup, type Fields } from './fields.js';
import { requireItem, type KeyMaps } from './key-maps.js';

/** The list of department sign-offs (manifest version 2 on). */
export const signOffList = 'SignOffs';

/** Whether the manifest has the sign-off list (a store on an older manifest keeps none). */
export function hasSignOffs(schema: SiteSchema): boolean {
  return schema.lists.some((l) => l.name === signOffList);
}

function person(f: Fields, prefix: string) {
  const id = text(f, `${prefix}ById`);
  const name = text(f, `${prefix}ByName`);
  return id === undefined && name === undefined ? undefined : { id, name };
}

/**
 * SharePoint fields of the SignOffs list → a sign-off (to be parsed). Only for a manifest that
 * has the list. Decoder and encoder are apart so a reader (the tab) ships no encoder.
 */
export function signOffDecoder(schema: SiteSchema): (f: Fields, maps: KeyMaps) => unknown {
  const state = choiceMap(schema, signOffList, 'SignOffState');
  return (f, maps) => {
    const reopenedBy = person(f, 'Reopened');
    const reopenedAt = dateTime(f, 'ReopenedAt');
    return {
      roundId: maps.FollowUpRounds.key(lookupId(f, 'Round')) ?? `?${lookupId(f, 'Round')}`,
      departmentId:
        maps.Departments.key(lookupId(f, 'Department')) ?? `?${lookupId(f, 'Department')}`,
      state: state.code(text(f, 'SignOffState')),
      signedBy: person(f, 'Signed'),
      signedAt: dateTime(f, 'SignedAt'),
      ...(reopenedBy ? { reopenedBy } : {}),
      ...(reopenedAt ? { reopenedAt } : {}),
    };
  };
}

/** A sign-off → the SignOffs list's fields. */
export function signOffEncoder(schema: SiteSchema) {
  const state = choiceMap(schema, signOffList, 'SignOffState');
  return (s: SignOff, maps: KeyMaps) => ({
    Title: signOffKey(s.roundId, s.departmentId),
    Key: signOffKey(s.roundId, s.departmentId),
    ...writeLookup('Round', requireItem(maps, 'FollowUpRounds', s.roundId)),
    ...writeLookup('Department', requireItem(maps, 'Departments', s.departmentId)),
    SignOffState: state.label(s.state),
    SignedById: s.signedBy.id,
    SignedByName: s.signedBy.name,
    SignedAt: writeDateTime(s.signedAt),
    ReopenedById: s.reopenedBy?.id ?? null,
    ReopenedByName: s.reopenedBy?.name ?? null,
    ReopenedAt: writeDateTime(s.reopenedAt),
  });
}
