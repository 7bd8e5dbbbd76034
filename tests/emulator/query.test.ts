import { PageIterator } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphError, startTestEmulator, type TestEmulator } from './helpers.js';

let t: TestEmulator;
let path: string;
const prefer = 'HonorNonIndexedQueriesWarningMayFailRandomly';

beforeAll(async () => {
  t = await startTestEmulator({ limits: { listViewThreshold: 30 } });
  const client = t.client();
  const list = await client.api(`/sites/${t.siteId}/lists`).post({
    displayName: 'Q',
    columns: [
      { name: 'N', number: {}, indexed: true },
      { name: 'S', text: {}, indexed: true },
      { name: 'D', dateTime: {}, indexed: true },
      { name: 'B', boolean: {}, indexed: true },
      { name: 'Ref', lookup: { listId: '', columnName: 'Title' }, indexed: true },
      { name: 'Free', text: {} },
      { name: 'Long', text: { allowMultipleLines: true } },
    ].filter((c) => c.name !== 'Ref'),
  });
  await client
    .api(`/sites/${t.siteId}/lists/${list.id}/columns`)
    .post({ name: 'Ref', lookup: { listId: list.id }, indexed: true });
  path = `/sites/${t.siteId}/lists/${list.id}/items`;
  const requests = Array.from({ length: 25 }, (_, i) => ({
    id: String(i + 1),
    method: 'POST',
    url: `${path}/`.replace(/^\//, ''),
    headers: { 'Content-Type': 'application/json' },
    body: {
      fields: {
        Title: `Item ${String(i + 1).padStart(2, '0')}`,
        N: i + 1,
        S: i % 2 ? 'Odd' : 'even',
        D: `2027-01-${String(i + 1).padStart(2, '0')}T12:00:00Z`,
        B: i % 3 === 0,
        RefLookupId: (i % 4) + 1,
        Free: `f${i}`,
      },
    },
  }));
  for (let i = 0; i < requests.length; i += 20) {
    const result = await client.api('/$batch').post({ requests: requests.slice(i, i + 20) });
    expect(result.responses.every((r: { status: number }) => r.status === 201)).toBe(true);
  }
});
afterAll(() => t.close());

async function ids(
  filter: string,
  options: { orderby?: string; prefer?: boolean } = {},
): Promise<number[]> {
  let request = t.client().api(path).filter(filter).top(100);
  if (options.orderby) request = request.orderby(options.orderby);
  if (options.prefer) request = request.header('Prefer', prefer);
  const result = (await request.get()) as { value: { id: string }[] };
  return result.value.map((item) => Number(item.id));
}

describe('item queries', () => {
  it('filters with eq ne gt ge lt le, and, or, not, startswith, case-insensitively', async () => {
    expect(await ids('fields/N eq 3')).toEqual([3]);
    expect(await ids('fields/N gt 22')).toEqual([23, 24, 25]);
    expect(await ids('fields/N ge 24 or fields/N le 1')).toEqual([1, 24, 25]);
    expect(await ids("fields/N lt 5 and fields/S eq 'odd'")).toEqual([2, 4]);
    expect(await ids("fields/N lt 4 and not (fields/S eq 'EVEN')")).toEqual([2]);
    expect(await ids('fields/N ne 1 and fields/N lt 4')).toEqual([2, 3]);
    expect(await ids("startswith(fields/S,'Od') and fields/N le 6")).toEqual([2, 4, 6]);
    expect(await ids("fields/S eq 'it''s'")).toEqual([]);
  });

  it('compares dates, booleans and lookup ids written as numbers or strings', async () => {
    expect(await ids("fields/D ge '2027-01-24T00:00:00Z'")).toEqual([24, 25]);
    expect(await ids('fields/D lt 2027-01-02T13:00:00Z')).toEqual([1, 2]);
    expect(await ids('fields/B eq true and fields/N lt 8')).toEqual([1, 4, 7]);
    expect(await ids('fields/RefLookupId eq 2 and fields/N lt 10')).toEqual([2, 6]);
    expect(await ids("fields/RefLookupId eq '2' and fields/N lt 10")).toEqual([2, 6]);
    expect(await ids('fields/N ge 20', { orderby: 'fields/N desc' })).toEqual([
      25, 24, 23, 22, 21, 20,
    ]);
  });

  it('refuses a filter or order on a column that is not indexed unless Prefer says otherwise', async () => {
    const error = await graphError(t.client().api(path).filter("fields/Free eq 'f1'").get());
    expect(error).toMatchObject({ statusCode: 400, code: 'invalidRequest' });
    expect(error.message).toBe(
      `Field 'Free' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${prefer}' header to allow this, but be warned that such queries may fail on large lists.`,
    );
    expect(await graphError(t.client().api(path).orderby('fields/Title').get())).toMatchObject({
      statusCode: 400,
    });
    expect(await ids("fields/Free eq 'f1'", { prefer: true })).toEqual([2]);
    const multi = await t
      .client()
      .api(path)
      .filter("fields/Free eq 'f1'")
      .header('Prefer', `odata.maxpagesize=5, ${prefer}`)
      .get();
    expect(multi.value).toHaveLength(1);
  });

  it('never filters on a multi-line text column, and answers Field not recognized for an unknown one', async () => {
    const note = await graphError(
      t.client().api(path).filter("fields/Long eq 'x'").header('Prefer', prefer).get(),
    );
    expect(note).toMatchObject({ statusCode: 400 });
    const unknown = await graphError(t.client().api(path).filter("fields/Nope eq 'x'").get());
    expect(unknown).toMatchObject({ statusCode: 400, message: "Field 'Nope' is not recognized" });
    const malformed = await graphError(t.client().api(path).filter('fields/N eq').get());
    expect(malformed).toMatchObject({ statusCode: 400, code: 'invalidRequest' });
  });

  it('fails an unindexed query on a list above the list view threshold, not an indexed one', async () => {
    const client = t.client();
    for (let i = 0; i < 6; i++)
      await client.api(path).post({ fields: { Title: `extra ${i}`, N: 100 + i } });
    const error = await graphError(
      client.api(path).filter("fields/Free eq 'f1'").header('Prefer', prefer).get(),
    );
    expect(error).toMatchObject({ statusCode: 400, code: 'notSupported' });
    expect(await ids('fields/N ge 105')).toEqual([31]);
    const all = await client.api(path).top(1000).get();
    expect(all.value).toHaveLength(31);
  });

  it('pages with absolute https nextLinks that PageIterator follows, repeating the query', async () => {
    const client = t.client();
    const first = await client
      .api(path)
      .expand('fields($select=N)')
      .filter('fields/N le 25')
      .top(4)
      .get();
    expect(first.value).toHaveLength(4);
    expect(first['@odata.nextLink']).toMatch(
      new RegExp(`^https://localhost:${t.emulator.port}/v1\\.0/sites/.*\\$skiptoken=`),
    );
    expect(first['@odata.nextLink']).toContain('$top=4');
    const seen: number[] = [];
    const iterator = new PageIterator(client, first, (item: { fields: { N: number } }) => {
      seen.push(item.fields.N);
      return true;
    });
    await iterator.iterate();
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const ordered = await client
      .api(path)
      .filter('fields/N le 25')
      .orderby('fields/N desc')
      .top(10)
      .get();
    const second = await client.api(ordered['@odata.nextLink']).get();
    expect(second.value.map((i: { id: string }) => Number(i.id))).toEqual([
      15, 14, 13, 12, 11, 10, 9, 8, 7, 6,
    ]);
  });

  it('uses a default page size of 200 and caps $top at 5,000', async () => {
    const t2 = await startTestEmulator({ limits: { defaultPageSize: 3, maxPageSize: 5 } });
    try {
      const client = t2.client();
      const list = await client.api(`/sites/${t2.siteId}/lists`).post({ displayName: 'P' });
      for (let i = 0; i < 7; i++)
        await client
          .api(`/sites/${t2.siteId}/lists/${list.id}/items`)
          .post({ fields: { Title: `${i}` } });
      const byDefault = await client.api(`/sites/${t2.siteId}/lists/${list.id}/items`).get();
      expect(byDefault.value).toHaveLength(3);
      const capped = await client
        .api(`/sites/${t2.siteId}/lists/${list.id}/items`)
        .top(50000)
        .get();
      expect(capped.value).toHaveLength(5);
      const rest = await client.api(capped['@odata.nextLink']).get();
      expect(rest.value).toHaveLength(2);
      expect(rest['@odata.nextLink']).toBeUndefined();
    } finally {
      await t2.close();
    }
  });
});
