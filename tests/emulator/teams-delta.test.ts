import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphError, startTestEmulator, type TestEmulator } from './helpers.js';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

describe('teams and users', () => {
  it('lists a team’s channels and members, and filters members by user id', async () => {
    const client = t.client();
    const team = t.emulator.seed.teams[1]!;
    const channels = await client.api(`/teams/${team.id}/channels`).get();
    expect(channels['@odata.count']).toBe(team.channels.length);
    expect(channels.value[0]).toMatchObject({
      id: team.channels[0]!.id,
      displayName: team.channels[0]!.displayName,
      membershipType: 'standard',
    });
    const filtered = await client
      .api(`/teams/${team.id}/channels`)
      .filter(`displayName eq '${team.channels[0]!.displayName}'`)
      .select('id')
      .get();
    expect(filtered.value).toEqual([expect.objectContaining({ id: team.channels[0]!.id })]);
    const members = await client.api(`/teams/${team.id}/members`).get();
    expect(members.value).toHaveLength(team.members.length);
    expect(members.value[0]).toMatchObject({
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      userId: expect.any(String),
      tenantId: t.emulator.seed.tenant.id,
    });
    const userId = team.members[0]!.userId;
    const one = await client
      .api(`/teams/${team.id}/members`)
      .filter(`(microsoft.graph.aadUserConversationMember/userId eq '${userId}')`)
      .get();
    expect(one.value.map((m: { userId: string }) => m.userId)).toEqual([userId]);
    expect(one.value[0].roles).toEqual(['owner']);
    const member = await client.api(`/teams/${team.id}/members/${one.value[0].id}`).get();
    expect(member.userId).toBe(userId);
    expect(
      await graphError(client.api('/teams/00000000-0000-4000-8000-000000000000/channels').get()),
    ).toMatchObject({ statusCode: 404 });
  });

  it('looks a user up by id and by user principal name, and answers /me for the token’s user', async () => {
    const client = t.client();
    const user = t.emulator.seed.users[3]!;
    expect(await client.api(`/users/${user.id}`).get()).toMatchObject({
      id: user.id,
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
    });
    expect(
      (await client.api(`/users/${user.userPrincipalName}`).select('id,mail').get()).mail,
    ).toBe(user.mail);
    expect((await client.api('/me').get()).id).toBe(t.emulator.seed.users[0]!.id);
    expect(await graphError(client.api('/users/nobody@x').get())).toMatchObject({
      statusCode: 404,
      code: 'Request_ResourceNotFound',
    });
  });
});

describe('delta', () => {
  it('enumerates, then returns changed and deleted items, and answers 410 for an expired token', async () => {
    const client = t.client();
    const list = await client.api(`/sites/${t.siteId}/lists`).post({ displayName: 'Delta' });
    const items = `/sites/${t.siteId}/lists/${list.id}/items`;
    for (let i = 1; i <= 5; i++) await client.api(items).post({ fields: { Title: `v${i}` } });
    let page = await client.api(`${items}/delta`).top(2).get();
    const seen: string[] = page.value.map((i: { id: string }) => i.id);
    while (page['@odata.nextLink']) {
      expect(page['@odata.nextLink']).toMatch(
        /^https:\/\/localhost:\d+\/v1\.0\/.*\/items\/delta\?.*token=/,
      );
      page = await client.api(page['@odata.nextLink']).get();
      seen.push(...page.value.map((i: { id: string }) => i.id));
    }
    expect(seen).toEqual(['1', '2', '3', '4', '5']);
    const deltaLink: string = page['@odata.deltaLink'];
    expect(deltaLink).toMatch(/^https:\/\//);
    await client.api(`${items}/2/fields`).patch({ Title: 'changed' });
    await client.api(`${items}/2/fields`).patch({ Title: 'changed again' });
    await client.api(`${items}/4`).delete();
    await client.api(items).post({ fields: { Title: 'v6' } });
    let changes = await client.api(deltaLink).expand('fields').get();
    const changed = [...changes.value];
    expect(changes.value).toHaveLength(2);
    while (changes['@odata.nextLink']) {
      changes = await client.api(changes['@odata.nextLink']).get();
      changed.push(...changes.value);
    }
    expect(changed.map((i: { id: string }) => i.id)).toEqual(['2', '4', '6']);
    expect(changed[2].fields.Title).toBe('v6');
    expect(changed[0].fields.Title).toBe('changed again');
    expect(changed[1]).toEqual({
      id: '4',
      parentReference: { siteId: t.siteId },
      deleted: { state: 'deleted' },
    });
    const quiet = await client.api(changes['@odata.deltaLink']).get();
    expect(quiet.value).toEqual([]);
    const latest = await client.api(`${items}/delta`).query({ token: 'latest' }).get();
    expect(latest.value).toEqual([]);
    expect(latest['@odata.deltaLink']).toBeDefined();
    await t.admin('/delta/expire', {});
    const gone = await graphError(client.api(quiet['@odata.deltaLink']).get());
    expect(gone.statusCode).toBe(410);
    expect(gone.code).toBe('resyncChangesApplyDifferences');
    expect(gone.headers?.get('Location')).toMatch(/^https:\/\/.*\/items\/delta(\?|$)/);
    expect(gone.headers?.get('Location')).not.toContain('token=');
    expect(
      (await graphError(client.api(`${items}/delta`).query({ token: 'garbage' }).get())).statusCode,
    ).toBe(410);
  });
});

describe('channel messages', () => {
  it('takes root messages and returns those changed since a time, paged, then a delta link', async () => {
    const client = t.client();
    const team = t.emulator.seed.teams[2]!;
    const messages = `/teams/${team.id}/channels/${encodeURIComponent(team.channels[0]!.id)}/messages`;
    const before = new Date(Date.now() - 1000).toISOString();
    const ids: string[] = [];
    for (const text of ['ett', 'två', 'tre']) {
      const posted = await client
        .api(messages)
        .post({ body: { contentType: 'text', content: text } });
      expect(posted).toMatchObject({ messageType: 'message', body: { content: text } });
      ids.push(posted.id);
    }
    expect(new Set(ids).size).toBe(3);
    let page = await client
      .api(`${messages}/delta`)
      .filter(`lastModifiedDateTime gt ${before}`)
      .top(2)
      .get();
    const seen: string[] = page.value.map((m: { id: string }) => m.id);
    expect(page['@odata.nextLink']).toMatch(/^https:\/\/.*\/messages\/delta\?.*skiptoken=/);
    page = await client.api(page['@odata.nextLink']).get();
    seen.push(...page.value.map((m: { id: string }) => m.id));
    expect(seen).toEqual(ids);
    expect(page['@odata.deltaLink']).toMatch(/deltatoken=/);
    expect((await client.api(page['@odata.deltaLink']).get()).value).toEqual([]);
    const later = new Date(Date.now() + 60_000).toISOString();
    expect(
      (await client.api(`${messages}/delta`).filter(`lastModifiedDateTime gt ${later}`).get())
        .value,
    ).toEqual([]);
    expect(
      await graphError(client.api(`${messages}/delta`).filter("subject eq 'x'").get()),
    ).toMatchObject({ statusCode: 400 });
    expect(
      await graphError(
        client.api(`/teams/${team.id}/channels/19%3Aborta%40thread.tacv2/messages/delta`).get(),
      ),
    ).toMatchObject({ statusCode: 404 });
  });
});
