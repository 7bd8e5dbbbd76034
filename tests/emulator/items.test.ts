import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphError, startTestEmulator, type TestEmulator } from './helpers.js';

let t: TestEmulator;
let areas: { id: string };
let path: string;

beforeAll(async () => {
  t = await startTestEmulator({ seed: undefined });
  const client = t.client();
  areas = await client.api(`/sites/${t.siteId}/lists`).post({ displayName: 'Areas' });
  await client
    .api(`/sites/${t.siteId}/lists/${areas.id}/items`)
    .post({ fields: { Title: 'Samverkan' } });
  const list = await client.api(`/sites/${t.siteId}/lists`).post({
    displayName: 'Items',
    columns: [
      { name: 'Code', text: { maxLength: 10 }, indexed: true, enforceUniqueValues: true },
      { name: 'Notes', text: { allowMultipleLines: true } },
      { name: 'Status', choice: { choices: ['done', 'delayed'] }, required: true },
      { name: 'Tags', choice: { choices: ['a', 'b'], displayAs: 'checkBoxes' } },
      { name: 'Due', dateTime: { format: 'dateOnly' } },
      { name: 'At', dateTime: { format: 'dateTime' } },
      { name: 'Amount', number: { minimum: 0, maximum: 1000 } },
      { name: 'Done', boolean: {} },
      { name: 'Area', lookup: { listId: areas.id, columnName: 'Title' } },
      {
        name: 'Areas',
        lookup: { listId: areas.id, columnName: 'Title', allowMultipleValues: true },
      },
      { name: 'Owner', personOrGroup: {} },
      { name: 'Link', hyperlinkOrPicture: {} },
      { name: 'Label', calculated: { formula: '=[Code]&"-"&[Status]', outputType: 'text' } },
    ],
  });
  path = `/sites/${t.siteId}/lists/${list.id}/items`;
});
afterAll(() => t.close());

const full = {
  Title: 'First',
  Code: 'A-1',
  Notes: 'line one\nline two',
  Status: 'done',
  'Tags@odata.type': 'Collection(Edm.String)',
  Tags: ['a', 'b'],
  Due: '2027-02-26',
  At: '2027-02-26T08:30:00+01:00',
  Amount: 500,
  Done: true,
  AreaLookupId: '1',
  'AreasLookupId@odata.type': 'Collection(Edm.Int32)',
  AreasLookupId: [1],
};

describe('list items', () => {
  it('creates an item with typed values and the creator from the token', async () => {
    const created = await t
      .client()
      .api(path)
      .post({ fields: { ...full, OwnerLookupId: '1' } });
    expect(created.id).toBe('1');
    expect(created.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(created['@odata.etag']).toBe(created.eTag);
    expect(created.createdBy.user).toMatchObject({
      id: t.emulator.seed.users[0]!.id,
      displayName: 'Anna Andersson',
    });
    expect(created.fields).toMatchObject({
      '@odata.etag': created.eTag,
      id: '1',
      Title: 'First',
      Status: 'done',
      'Tags@odata.type': 'Collection(Edm.String)',
      Tags: ['a', 'b'],
      Due: '2027-02-26T00:00:00Z',
      At: '2027-02-26T07:30:00Z',
      Amount: 500,
      Done: true,
      AreaLookupId: '1',
      OwnerLookupId: '1',
      Label: 'A-1-done',
      ContentType: 'Item',
      _UIVersionString: '1.0',
      LinkTitle: 'First',
    });
    expect(created.fields.Link).toBeUndefined();
  });

  it('gets an item with fields only when expanded, narrowed by $select, with lookup values when named', async () => {
    const client = t.client();
    const plain = await client.api(`${path}/1`).get();
    expect(plain.fields).toBeUndefined();
    const narrow = await client
      .api(`${path}/1`)
      .expand('fields($select=Title,Area,Areas,Owner)')
      .select('id,fields')
      .get();
    expect(narrow.createdBy).toBeUndefined();
    expect(narrow.fields).toEqual({
      '@odata.etag': plain.eTag,
      Title: 'First',
      Area: 'Samverkan',
      Areas: [{ LookupId: 1, LookupValue: 'Samverkan' }],
      Owner: [{ LookupId: 1, LookupValue: 'Anna Andersson', Email: 'anna.andersson@kommun.se' }],
    });
    const fields = await client.api(`${path}/1/fields`).get();
    expect(fields.Title).toBe('First');
    expect(await graphError(client.api(`${path}/99`).get())).toMatchObject({
      statusCode: 404,
      code: 'itemNotFound',
    });
  });

  it('refuses unknown fields, wrong types, a missing required value, hyperlinks and multi-values without a type', async () => {
    const client = t.client();
    const post = (fields: Record<string, unknown>) =>
      graphError(client.api(path).post({ fields: { Status: 'done', ...fields } }));
    expect(await post({ Nope: 1 })).toMatchObject({
      statusCode: 400,
      code: 'invalidRequest',
      message: "Field 'Nope' is not recognized",
    });
    expect(await post({ Amount: 'many' })).toMatchObject({
      statusCode: 400,
      code: 'invalidRequest',
    });
    expect(await post({ Amount: 1001 })).toMatchObject({ statusCode: 400 });
    expect(await post({ Done: 'yes' })).toMatchObject({ statusCode: 400 });
    expect(await post({ At: 'tomorrow' })).toMatchObject({ statusCode: 400 });
    expect(await post({ Code: 'much-too-long' })).toMatchObject({ statusCode: 400 });
    expect(await post({ Link: { Url: 'https://x', Description: 'x' } })).toMatchObject({
      statusCode: 400,
      code: 'invalidRequest',
    });
    expect(await post({ Label: 'x' })).toMatchObject({ statusCode: 400 });
    expect(await post({ OwnerLookupId: 9999 })).toMatchObject({ statusCode: 400 });
    expect(await post({ Tags: ['a'] })).toMatchObject({
      statusCode: 500,
      code: 'generalException',
    });
    expect(
      await graphError(client.api(path).post({ fields: { Title: 'no status' } })),
    ).toMatchObject({ statusCode: 400, message: "Field 'Status' is required." });
    const all = await client.api(path).get();
    expect(all.value).toHaveLength(1);
  });

  it('answers 409 for a value that breaks a unique column, ignoring case', async () => {
    const error = await graphError(
      t
        .client()
        .api(path)
        .post({ fields: { Status: 'done', Code: 'a-1' } }),
    );
    expect(error).toMatchObject({ statusCode: 409 });
  });

  it('updates fields with If-Match: 412 for a stale eTag and nothing written, * always matches', async () => {
    const client = t.client();
    const before = await client.api(`${path}/1`).get();
    const updated = await client
      .api(`${path}/1/fields`)
      .header('If-Match', before.eTag)
      .patch({ Amount: 10 });
    expect(updated).toMatchObject({ Amount: 10, Title: 'First', _UIVersionString: '2.0' });
    expect(updated['@odata.etag']).toMatch(/,2"$/);
    const stale = await graphError(
      client.api(`${path}/1/fields`).header('If-Match', before.eTag).patch({ Amount: 20 }),
    );
    expect(stale).toMatchObject({ statusCode: 412, code: 'resourceModified' });
    expect((await client.api(`${path}/1/fields`).get()).Amount).toBe(10);
    const star = await client
      .api(`${path}/1/fields`)
      .header('If-Match', '*')
      .patch({ Amount: null, Notes: 'changed' });
    expect(star.Amount).toBeUndefined();
    expect(star.Notes).toBe('changed');
    const cleared = await graphError(client.api(`${path}/1/fields`).patch({ Status: null }));
    expect(cleared).toMatchObject({ statusCode: 400 });
  });

  it('keeps every version and deletes with If-Match', async () => {
    const client = t.client();
    const versions = await client.api(`${path}/1/versions`).get();
    expect(versions.value.map((v: { id: string }) => v.id)).toEqual(['3.0', '2.0', '1.0']);
    const first = await client.api(`${path}/1/versions/1.0`).get();
    expect(first.fields).toMatchObject({ Amount: 500, Notes: 'line one\nline two' });
    const withFields = await client.api(`${path}/1/versions`).expand('fields').get();
    expect(withFields.value[1].fields.Amount).toBe(10);
    const current = await client.api(`${path}/1`).get();
    const stale = await graphError(
      client.api(`${path}/1`).header('If-Match', current.eTag.replace(/,3"/, ',2"')).delete(),
    );
    expect(stale.statusCode).toBe(412);
    await client.api(`${path}/1`).header('If-Match', current.eTag).delete();
    expect(await graphError(client.api(`${path}/1`).get())).toMatchObject({ statusCode: 404 });
    const next = await client.api(path).post({ fields: { Status: 'delayed', Code: 'A-1' } });
    expect(next.id).toBe('2');
  });

  it("refuses a date outside SharePoint's range (1900-01-01 – 8900-12-31) with 400, and stores its edges", async () => {
    const client = t.client();
    const outOfRange = {
      statusCode: 400,
      code: 'invalidRequest',
      message: 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.',
    };
    for (const fields of [
      { Due: '0001-01-01' },
      { Due: '1899-12-31' },
      { Due: '8901-01-01' },
      { At: '0001-01-01T00:00:00Z' },
      { At: '9999-12-31T23:59:59Z' },
    ]) {
      const error = await graphError(
        client.api(path).post({ fields: { Status: 'done', ...fields } }),
      );
      expect(error, JSON.stringify(fields)).toMatchObject(outOfRange);
    }
    const edges = await client
      .api(path)
      .post({ fields: { Status: 'delayed', Due: '1900-01-01', At: '8900-12-31T12:00:00Z' } });
    expect(edges.fields).toMatchObject({ At: '8900-12-31T12:00:00Z' });
    const later = await client.api(`${path}/${edges.id}/fields`).patch({ Due: '8900-12-31' });
    expect(String(later.Due)).toMatch(/^8900-12-3[01]T/);
    await client.api(`${path}/${edges.id}`).delete();
  });
});
