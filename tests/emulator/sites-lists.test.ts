import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphError, startTestEmulator, type TestEmulator } from './helpers.js';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const allTypes = (lookupListId: string) => [
  { name: 'Code', text: { maxLength: 20 }, indexed: true, enforceUniqueValues: true },
  { name: 'Notes', text: { allowMultipleLines: true } },
  { name: 'Status', choice: { choices: ['done', 'delayed'] }, indexed: true, required: true },
  { name: 'Tags', choice: { choices: ['a', 'b'], displayAs: 'checkBoxes' } },
  { name: 'Due', dateTime: { format: 'dateOnly' }, indexed: true },
  { name: 'At', dateTime: { format: 'dateTime' } },
  { name: 'Amount', number: { minimum: 0, maximum: 1000 }, indexed: true },
  { name: 'Done', boolean: {} },
  { name: 'Area', lookup: { listId: lookupListId, columnName: 'Title' }, indexed: true },
  { name: 'Owner', personOrGroup: {} },
  { name: 'Link', hyperlinkOrPicture: { isPicture: false } },
  { name: 'Label', calculated: { formula: '=[Code]&"-"&[Status]', outputType: 'text' } },
];

describe('sites', () => {
  it('finds the seeded site by path, by id and the root site', async () => {
    const client = t.client();
    const byPath = await client.api('/sites/kommun.sharepoint.com:/sites/aktivitetsplan').get();
    expect(byPath).toMatchObject({
      id: t.siteId,
      name: 'aktivitetsplan',
      displayName: 'Aktivitetsplan',
    });
    expect(byPath.root).toBeUndefined();
    const byId = await client
      .api(
        `/sites/${t.siteId.toUpperCase().replace('KOMMUN.SHAREPOINT.COM', 'kommun.sharepoint.com')}`,
      )
      .get();
    expect(byId.id).toBe(t.siteId);
    const root = await client.api('/sites/root').get();
    expect(root).toMatchObject({ root: {}, siteCollection: { hostname: 'kommun.sharepoint.com' } });
    expect((await client.api('/sites/kommun.sharepoint.com').get()).id).toBe(root.id);
    expect(t.siteId).toMatch(/^kommun\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
  });

  it('addresses the root site by hostname, by its empty path and by id, and its lists through it', async () => {
    const client = t.client();
    const root = (await client.api('/sites/root').get()) as { id: string; webUrl: string };
    expect(root.webUrl).toBe('https://kommun.sharepoint.com');
    for (const path of [
      '/sites/kommun.sharepoint.com',
      '/sites/KOMMUN.sharepoint.com',
      '/sites/kommun.sharepoint.com:/',
      `/sites/${root.id}`,
    ]) {
      expect(((await client.api(path).get()) as { id: string }).id, path).toBe(root.id);
    }
    const created = (await client
      .api('/sites/kommun.sharepoint.com:/:/lists')
      .post({ displayName: 'Rotens lista' })) as { id: string };
    const viaRoot = (await client.api('/sites/root/lists').get()) as { value: { id: string }[] };
    expect(viaRoot.value.map((l) => l.id)).toContain(created.id);
    const viaHost = (await client
      .api(`/sites/kommun.sharepoint.com/lists/${created.id}`)
      .get()) as { id: string };
    expect(viaHost.id).toBe(created.id);
    const seeded = (await client.api(`/sites/${t.siteId}/lists`).get()) as {
      value: { id: string }[];
    };
    expect(seeded.value.map((l) => l.id)).not.toContain(created.id);
    const error = await graphError(client.api('/sites/other.sharepoint.com').get());
    expect(error).toMatchObject({ statusCode: 404, code: 'itemNotFound' });
  });

  it('answers 404 itemNotFound for an unknown site', async () => {
    const client = t.client();
    for (const path of [
      '/sites/kommun.sharepoint.com:/sites/nope',
      '/sites/other.sharepoint.com,0b3d2c3e-8f3e-4c7e-9d7c-1d2b3c4d5e6f,0b3d2c3e-8f3e-4c7e-9d7c-1d2b3c4d5e6f',
    ]) {
      const error = await graphError(client.api(path).get());
      expect(error).toMatchObject({
        statusCode: 404,
        code: 'itemNotFound',
        message: 'Requested site could not be found',
      });
    }
  });
});

describe('lists', () => {
  it('creates a list with columns of every type and answers 409 nameAlreadyExists the second time', async () => {
    const client = t.client();
    const areas = await client.api(`/sites/${t.siteId}/lists`).post({ displayName: 'Areas' });
    expect(areas.list).toMatchObject({ template: 'genericList', hidden: false });
    expect(areas.eTag).toBe(`${areas.id},0`);
    const list = await client.api(`/sites/${t.siteId}/lists`).post({
      displayName: 'Aktiviteter',
      columns: allTypes(areas.id),
      list: { template: 'genericList' },
    });
    expect(list).toMatchObject({
      displayName: 'Aktiviteter',
      parentReference: { siteId: t.siteId },
    });
    expect(list.webUrl).toBe(
      'https://kommun.sharepoint.com/sites/aktivitetsplan/Lists/Aktiviteter',
    );
    const again = await graphError(
      client.api(`/sites/${t.siteId}/lists`).post({ displayName: 'aktiviteter' }),
    );
    expect(again).toMatchObject({
      statusCode: 409,
      code: 'nameAlreadyExists',
      message: 'Name already exists',
    });
    const columns = (await client.api(`/sites/${t.siteId}/lists/${list.id}/columns`).get()).value;
    const byName = Object.fromEntries(columns.map((c: { name: string }) => [c.name, c]));
    expect(byName.Title).toMatchObject({ required: false, text: { maxLength: 255 } });
    expect(byName.Code).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
      text: { maxLength: 20 },
    });
    expect(byName.Notes.text).toMatchObject({ allowMultipleLines: true });
    expect(byName.Tags.choice).toMatchObject({ displayAs: 'checkBoxes', choices: ['a', 'b'] });
    expect(byName.Due.dateTime).toMatchObject({ format: 'dateOnly' });
    expect(byName.Amount.number).toMatchObject({ minimum: 0, maximum: 1000 });
    expect(byName.Area.lookup).toMatchObject({ listId: areas.id, columnName: 'Title' });
    expect(byName.Owner.personOrGroup).toBeDefined();
    expect(Object.keys(byName.Link)).not.toContain('hyperlinkOrPicture');
    expect(byName.Label).toMatchObject({ readOnly: true, calculated: { outputType: 'text' } });
    expect(byName.ItemChildCount).toBeUndefined();
    const withHidden = (
      await client.api(`/sites/${t.siteId}/lists/${list.id}/columns`).select('name,hidden').get()
    ).value;
    expect(withHidden.map((c: { name: string }) => c.name)).toContain('ItemChildCount');
  });

  it('refuses a list name, a misspelled facet, a unique column that is not indexed and a duplicate column', async () => {
    const client = t.client();
    const post = (body: unknown) => graphError(client.api(`/sites/${t.siteId}/lists`).post(body));
    expect(await post({ displayName: 'X1', name: 'x' })).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining("Cannot define a 'name'"),
    });
    expect(await post({ displayName: 'X2', columns: [{ name: 'D', datetime: {} }] })).toMatchObject(
      { statusCode: 400, code: 'invalidRequest', message: 'Invalid request' },
    );
    expect(
      await post({
        displayName: 'X3',
        columns: [{ name: 'U', text: {}, enforceUniqueValues: true }],
      }),
    ).toMatchObject({ statusCode: 400, code: 'invalidRequest' });
    expect(
      await post({
        displayName: 'X4',
        columns: [
          { name: 'A', text: {} },
          { name: 'a', number: {} },
        ],
      }),
    ).toMatchObject({ statusCode: 400 });
    const lists = (await client.api(`/sites/${t.siteId}/lists`).get()).value.map(
      (l: { displayName: string }) => l.displayName,
    );
    expect(lists.filter((n: string) => n.startsWith('X'))).toEqual([]);
  });

  it('gets a list by title and filters lists by displayName; system lists only with $select=system', async () => {
    const client = t.client();
    const byTitle = await client.api(`/sites/${t.siteId}/lists/Areas`).get();
    expect(byTitle.displayName).toBe('Areas');
    const filtered = await client
      .api(`/sites/${t.siteId}/lists`)
      .filter("displayName eq 'Areas'")
      .get();
    expect(filtered.value.map((l: { id: string }) => l.id)).toEqual([byTitle.id]);
    const none = await client
      .api(`/sites/${t.siteId}/lists`)
      .filter("displayName eq 'Nothing'")
      .get();
    expect(none.value).toEqual([]);
    const visible = (await client.api(`/sites/${t.siteId}/lists`).get()).value;
    expect(
      visible.some((l: { displayName: string }) => l.displayName === 'User Information List'),
    ).toBe(false);
    const all = (await client.api(`/sites/${t.siteId}/lists`).select('id,displayName,system').get())
      .value;
    expect(
      all.some((l: { displayName: string }) => l.displayName === 'User Information List'),
    ).toBe(true);
    const expanded = await client
      .api(`/sites/${t.siteId}/lists/${byTitle.id}`)
      .expand('columns')
      .get();
    expect(expanded.columns.map((c: { name: string }) => c.name)).toContain('Title');
    expect(await graphError(client.api(`/sites/${t.siteId}/lists/Missing`).get())).toMatchObject({
      statusCode: 404,
      code: 'itemNotFound',
    });
  });

  it('adds a column to an existing list: 201, then 409 for the same name', async () => {
    const client = t.client();
    const path = `/sites/${t.siteId}/lists/Areas/columns`;
    const created = await client.api(path).post({ name: 'Sort', number: {}, indexed: true });
    expect(created).toMatchObject({ name: 'Sort', displayName: 'Sort', indexed: true, number: {} });
    expect(await graphError(client.api(path).post({ name: 'sort', text: {} }))).toMatchObject({
      statusCode: 409,
      code: 'nameAlreadyExists',
    });
    expect(await graphError(client.api(path).post({ name: 'Created', text: {} }))).toMatchObject({
      statusCode: 409,
    });
  });

  it('updates a column: adds choices (200 columnDefinition), keeps values, refuses a new type or name', async () => {
    const client = t.client();
    const columns = `/sites/${t.siteId}/lists/Areas/columns`;
    const created = await client
      .api(columns)
      .post({ name: 'Phase', choice: { choices: ['a', 'b'] }, indexed: true });
    const item = await client
      .api(`/sites/${t.siteId}/lists/Areas/items`)
      .post({ fields: { Title: 'Med fas', Phase: 'b' } });
    const updated = await client
      .api(`${columns}/${created.id}`)
      .patch({ choice: { choices: ['a', 'b', 'c'] } });
    expect(updated).toMatchObject({
      id: created.id,
      name: 'Phase',
      indexed: true,
      choice: { choices: ['a', 'b', 'c'], displayAs: 'dropDownMenu', allowTextEntry: false },
    });
    const listed = (await client.api(columns).get()).value.find(
      (c: { name: string }) => c.name === 'Phase',
    );
    expect(listed.choice.choices).toEqual(['a', 'b', 'c']);
    const again = await client
      .api(`/sites/${t.siteId}/lists/Areas/items/${item.id}`)
      .expand('fields')
      .get();
    expect(again.fields.Phase).toBe('b');
    await client
      .api(`/sites/${t.siteId}/lists/Areas/items`)
      .post({ fields: { Title: 'C', Phase: 'c' } });
    const path = `${columns}/${created.id}`;
    expect(await graphError(client.api(path).patch({ text: {} }))).toMatchObject({
      statusCode: 400,
      code: 'invalidRequest',
    });
    expect(await graphError(client.api(path).patch({ name: 'Other' }))).toMatchObject({
      statusCode: 400,
    });
    expect(
      await graphError(client.api(`${columns}/00000000-0000-0000-0000-000000000000`).patch({})),
    ).toMatchObject({ statusCode: 404, code: 'itemNotFound' });
  });

  it('refuses a 21st indexed column', async () => {
    const columns = Array.from({ length: 21 }, (_, i) => ({
      name: `C${i}`,
      text: {},
      indexed: true,
    }));
    const error = await graphError(
      t.client().api(`/sites/${t.siteId}/lists`).post({ displayName: 'TooMany', columns }),
    );
    expect(error).toMatchObject({ statusCode: 400, code: 'invalidRequest' });
  });
});
