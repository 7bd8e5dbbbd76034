import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeed } from '../../src/emulator/seed.js';
import { startTestEmulator, type TestEmulator } from './helpers.js';

let t: TestEmulator;
let api: string;
const nometadata = 'application/json;odata=nometadata';
const verbose = 'application/json;odata=verbose';

beforeAll(async () => {
  t = await startTestEmulator();
  await t
    .client()
    .api(`/sites/${t.siteId}/lists`)
    .post({
      displayName: 'Aktiviteter',
      columns: [
        { name: 'Status', choice: { choices: ['Genomförd', 'Försenad'] }, indexed: true },
        { name: 'Department', text: {} },
      ],
    });
  api = `/sites/aktivitetsplan/_api/web/lists/getbytitle('Aktiviteter')`;
});
afterAll(() => t.close());

async function sp(
  path: string,
  init: { method?: string; body?: unknown; accept?: string; headers?: Record<string, string> } = {},
) {
  const response = await t.raw(path, {
    method: init.method ?? 'GET',
    headers: {
      Accept: init.accept ?? nometadata,
      'Content-Type': init.accept ?? nometadata,
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, ReturnType<typeof JSON.parse>>) : undefined,
    headers: response.headers,
  };
}

describe('SharePoint REST views and column formatting', () => {
  it('lists the default view and creates views through views/add with ViewFields, Query and RowLimit', async () => {
    const initial = await sp(`${api}/views`);
    expect(initial.status).toBe(200);
    expect(initial.body!.value).toEqual([
      expect.objectContaining({ Title: 'All Items', DefaultView: true }),
    ]);
    const query =
      '<Where><Eq><FieldRef Name="Status" /><Value Type="Choice">Försenad</Value></Eq></Where>';
    const added = await sp(`${api}/views/add`, {
      method: 'POST',
      body: {
        parameters: {
          Title: 'Försenade',
          ViewFields: ['LinkTitle', 'Status', 'Department'],
          Query: query,
          RowLimit: 100,
        },
      },
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({
      Title: 'Försenade',
      ViewQuery: query,
      RowLimit: 100,
      DefaultView: false,
      PersonalView: false,
    });
    const byTitle = await sp(`${api}/views/getbytitle('F%C3%B6rsenade')?$expand=ViewFields`);
    expect(byTitle.body!.ViewFields.Items).toEqual(['LinkTitle', 'Status', 'Department']);
    const selected = await sp(`${api}/views?$select=Id,Title`);
    expect(Object.keys(selected.body!.value[1]).sort()).toEqual(['Id', 'Title']);
    const byId = await sp(`${api}/views('${added.body!.Id}')/viewfields`);
    expect(byId.body).toMatchObject({ Items: ['LinkTitle', 'Status', 'Department'] });
    const duplicate = await sp(`${api}/views/add`, {
      method: 'POST',
      body: { parameters: { Title: 'Försenade' } },
    });
    expect(duplicate.status).toBe(400);
    const wrong = await sp(`${api}/views/add`, {
      method: 'POST',
      body: { parameters: { Title: 'X', ViewQuery: query } },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body!['odata.error'].message.value).toContain(
      "The property 'ViewQuery' does not exist on type 'SP.ViewCreationInformation'",
    );
    expect(
      (
        await sp(`${api}/views/add`, {
          method: 'POST',
          body: { parameters: { Title: 'Y', ViewFields: ['Nope'] } },
        })
      ).status,
    ).toBe(400);
  });

  it('speaks odata=verbose: creates an SP.View, then sets its fields and query with MERGE', async () => {
    const created = await sp(`${api}/views`, {
      method: 'POST',
      accept: verbose,
      body: {
        __metadata: { type: 'SP.View' },
        Title: 'Per förvaltning',
        ViewQuery: '<OrderBy><FieldRef Name="Department" /></OrderBy>',
        RowLimit: 50,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body!.d).toMatchObject({
      __metadata: { type: 'SP.View' },
      Title: 'Per förvaltning',
      RowLimit: 50,
    });
    const view = `${api}/views/getbytitle('Per förvaltning')`;
    expect(
      (await sp(`${view}/viewfields/removeallviewfields`, { method: 'POST', accept: verbose }))
        .status,
    ).toBe(200);
    for (const field of ['LinkTitle', 'Department']) {
      expect(
        (
          await sp(`${view}/viewfields/addviewfield('${field}')`, {
            method: 'POST',
            accept: verbose,
          })
        ).status,
      ).toBe(200);
    }
    const merged = await sp(view, {
      method: 'POST',
      accept: verbose,
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: { __metadata: { type: 'SP.View' }, RowLimit: 25 },
    });
    expect(merged.status).toBe(204);
    const read = await sp(`${view}?$expand=ViewFields`, { accept: verbose });
    expect(read.body!.d).toMatchObject({
      RowLimit: 25,
      ViewFields: { Items: ['LinkTitle', 'Department'] },
    });
    const all = await sp(`${api}/views`, { accept: verbose });
    expect(all.body!.d.results.map((v: { Title: string }) => v.Title)).toEqual([
      'All Items',
      'Försenade',
      'Per förvaltning',
    ]);
  });

  it('reads a field and sets its CustomFormatter with MERGE or PATCH', async () => {
    const field = `${api}/fields/getbyinternalnameortitle('Status')`;
    const before = await sp(field);
    expect(before.body).toMatchObject({
      InternalName: 'Status',
      TypeAsString: 'Choice',
      Indexed: true,
      CustomFormatter: null,
      Choices: ['Genomförd', 'Försenad'],
    });
    const formatter = JSON.stringify({
      $schema: 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json',
      elmType: 'div',
      txtContent: '@currentField',
    });
    expect(
      (
        await sp(field, {
          method: 'POST',
          headers: { 'X-HTTP-Method': 'MERGE' },
          body: { CustomFormatter: formatter },
        })
      ).status,
    ).toBe(204);
    expect((await sp(field)).body!.CustomFormatter).toBe(formatter);
    expect((await sp(field, { method: 'PATCH', body: { CustomFormatter: '' } })).status).toBe(204);
    expect((await sp(field)).body!.CustomFormatter).toBe('');
    expect(
      (await sp(field, { method: 'PATCH', body: { CustomFormatter: '{not json' } })).status,
    ).toBe(400);
    expect((await sp(field, { method: 'PATCH', body: { TypeAsString: 'Text' } })).status).toBe(400);
    const byTitle = await sp(`${api}/fields/getbytitle('Department')`);
    expect(byTitle.body!.TypeAsString).toBe('Text');
    const graphColumn = (
      await t.client().api(`/sites/${t.siteId}/lists/Aktiviteter/columns`).get()
    ).value.find((c: { name: string }) => c.name === 'Status');
    expect(graphColumn.choice.choices).toEqual(['Genomförd', 'Försenad']);
  });

  it('answers SharePoint errors: unknown list 404, unknown field 400, no token 401', async () => {
    const list = await sp(`/sites/aktivitetsplan/_api/web/lists/getbytitle('Nope')/views`);
    expect(list.status).toBe(404);
    expect(list.body!['odata.error']).toMatchObject({
      code: expect.stringContaining('SPException'),
      message: { lang: 'en-US', value: expect.stringContaining("List 'Nope' does not exist") },
    });
    const field = await sp(`${api}/fields/getbyinternalnameortitle('Nope')`, { accept: verbose });
    expect(field.status).toBe(400);
    expect(field.body!.error.message.value).toContain("Column 'Nope' does not exist");
    const anonymous = await t.raw(`${api}/views`, { token: null });
    expect(anonymous.status).toBe(401);
    expect((await sp(`/sites/aktivitetsplan/_api/web/webs`)).status).toBe(400);
  });

  it('serves _api on the tenant root site as on any site, each site seeing only its own lists', async () => {
    const root = (await t.client().api('/sites/root').get()) as { id: string };
    await t
      .client()
      .api(`/sites/${root.id}/lists`)
      .post({ displayName: 'Rotlista', columns: [{ name: 'Status', text: {} }] });
    const views = await sp(`/_api/web/lists/getbytitle('Rotlista')/views?$select=Title`);
    expect(views.status).toBe(200);
    expect(views.body!.value).toEqual([{ Title: 'All Items' }]);
    const added = await sp(`/_api/web/lists/getbytitle('Rotlista')/views/add`, {
      method: 'POST',
      body: { parameters: { Title: 'Per status', ViewFields: ['LinkTitle', 'Status'] } },
    });
    expect(added.status).toBe(200);
    const field = await sp(
      `/_api/web/lists/getbytitle('Rotlista')/fields/getbyinternalnameortitle('Status')`,
    );
    expect(field.body).toMatchObject({ InternalName: 'Status' });
    const elsewhere = await sp(`/_api/web/lists/getbytitle('Aktiviteter')/views`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body!['odata.error'].message.value).toContain(
      "List 'Aktiviteter' does not exist",
    );
    expect(
      (await sp(`/sites/aktivitetsplan/_api/web/lists/getbytitle('Rotlista')/views`)).status,
    ).toBe(404);
    const unknown = await sp(`/_api/web/webs`);
    expect(unknown.status).toBe(400);
    expect(unknown.body!['odata.error']).toBeDefined();
    expect((await sp(`/sites/nope/_api/web/lists/getbytitle('Rotlista')/views`)).status).toBe(404);
    expect((await sp(`/teams/nope/_api/web/lists/getbytitle('Rotlista')/views`)).status).toBe(404);
    const anonymous = await t.raw(`/_api/web/lists/getbytitle('Rotlista')/views`, { token: null });
    expect(anonymous.status).toBe(401);
  });

  it('serves _api under the /teams/ managed path too', async () => {
    const teams = await startTestEmulator({
      seed: { ...defaultSeed, site: { ...defaultSeed.site, path: '/teams/samverkan' } },
    });
    try {
      await teams
        .client()
        .api('/sites/kommun.sharepoint.com:/teams/samverkan:/lists')
        .post({ displayName: 'Teamlista' });
      const views = await teams.raw(
        `/teams/samverkan/_api/web/lists/getbytitle('Teamlista')/views`,
        {
          headers: { Accept: nometadata },
        },
      );
      expect(views.status).toBe(200);
      const missing = await teams.raw(
        `/sites/samverkan/_api/web/lists/getbytitle('Teamlista')/views`,
        {
          headers: { Accept: nometadata },
        },
      );
      expect(missing.status).toBe(404);
    } finally {
      await teams.close();
    }
  });

  it('counts SharePoint REST requests in the statistics by route', async () => {
    await t.admin('/stats/reset', {});
    await sp(`${api}/views`);
    await sp(`${api}/views/getbytitle('Försenade')`);
    expect(await t.admin('/stats')).toEqual({
      total: 2,
      byRoute: [
        { method: 'GET', route: '/sites/{site}/_api/web/lists/{list}/views', count: 1 },
        { method: 'GET', route: '/sites/{site}/_api/web/lists/{list}/views/{view}', count: 1 },
      ],
    });
  });
});
