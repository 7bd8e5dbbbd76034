import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../../src/app/result.js';
import { fixedClock } from '../../../src/domain/clock.js';
import {
  createDevTokenValidator,
  type UserDirectory,
} from '../../../src/server/api/dev-token-validator.js';
import { devTokenFor } from './support/http.js';

const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
const anna = { id: 'user-anna', name: 'Anna Andersson' };
const stranger = { id: 'user-nobody', name: 'Ingen Alls' };

class MemoryDirectory implements UserDirectory {
  down = false;
  readonly asked: string[] = [];
  constructor(private readonly users: readonly string[]) {}
  hasUser(userId: string): Promise<Result<boolean>> {
    this.asked.push(userId);
    if (this.down) return Promise.resolve(fail('unavailable', 'Katalogen svarar inte.'));
    return Promise.resolve(ok(this.users.includes(userId)));
  }
}

describe('createDevTokenValidator with a directory', () => {
  it('signs in a user the directory has', async () => {
    const tokens = createDevTokenValidator({ clock, directory: new MemoryDirectory([anna.id]) });
    expect(await tokens.validate(devTokenFor(anna, clock))).toMatchObject({
      ok: true,
      user: { id: anna.id, name: anna.name },
    });
  });

  it('refuses a well-formed token for a user it does not have, as unauthenticated', async () => {
    const tokens = createDevTokenValidator({ clock, directory: new MemoryDirectory([anna.id]) });
    expect(await tokens.validate(devTokenFor(stranger, clock))).toMatchObject({
      ok: false,
      reason: 'unauthenticated',
      detail: 'unknown user',
    });
  });

  it('answers unavailable when the directory cannot be asked, and asks it nothing for a bad token', async () => {
    const directory = new MemoryDirectory([anna.id]);
    directory.down = true;
    const tokens = createDevTokenValidator({ clock, directory });
    expect(await tokens.validate(devTokenFor(anna, clock))).toMatchObject({
      ok: false,
      reason: 'unavailable',
    });
    const expired = devTokenFor(anna, fixedClock(new Date('2020-01-01T00:00:00Z')));
    directory.asked.length = 0;
    expect(await tokens.validate(expired)).toMatchObject({ ok: false, reason: 'unauthenticated' });
    expect(directory.asked).toEqual([]);
  });
});
