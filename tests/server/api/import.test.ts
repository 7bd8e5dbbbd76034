import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/server/import/read-workbook.js';
import {
  importApiPaths,
  xlsxContentType,
  type ImportPreviewResponse,
} from '../../../src/tab/api/contract.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { workbookOf } from '../import/workbooks.js';
import { memoryWorld, users, type MemoryWorld } from './support/memory-world.js';
import { devTokenFor, errorOf } from './support/http.js';

/** The Excel import over HTTP, on the in-memory world (one server for the file). */

const plan = seedPlan.plan.title;
const area = seedPlan.areas[2]!.title;
const row = (title: string, responsible = 'Kultur- och fritidsförvaltningen') => [
  plan,
  area,
  title,
  '',
  responsible,
  '',
  '2027-01-01',
  '31/12/2027',
  '',
  'Annan finansiering',
  '',
];

let world: MemoryWorld;
let good: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  world = await memoryWorld();
  good = new Uint8Array(
    await workbookOf([
      row('Studiecirklar om normer'),
      row('Läger för unga', 'Fritidsförvaltningen'),
      row('Föreläsningar för föräldrar'),
      row('Läger för unga'),
      row('Ring 070-123 45 67'),
    ]),
  );
});
afterAll(() => world.close());

const post = (
  path: string,
  body: Uint8Array<ArrayBuffer>,
  user: { readonly id: string; readonly name: string } = users.anna,
  type = xlsxContentType,
) => world.api.request('POST', path, { user, rawBody: body, headers: { 'Content-Type': type } });

async function titles(): Promise<string[]> {
  const loaded = await world.inner.loadPlan();
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.activities.map((a) => a.title);
}

describe('the import API', () => {
  it('gives the working group the template and refuses it to others', async () => {
    const fetchAs = (user: { id: string; name: string }) =>
      fetch(`${world.api.baseUrl}${importApiPaths.template()}`, {
        headers: { Authorization: `Bearer ${devTokenFor(user, world.clock)}` },
      });
    const response = await fetchAs(users.anna);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(xlsxContentType);
    const read = await readWorkbook(new Uint8Array(await response.arrayBuffer()));
    expect(read.ok && read.value.rows.length).toBe(seedPlan.activities.length);
    const refused = await fetchAs(users.cecilia);
    expect(refused.status).toBe(403);
    expect(errorOf(await refused.json()).message).toBe(
      'Bara medlemmar i arbetsgruppen kan göra det här.',
    );
  });

  it('previews a file without writing: each row, its problems, and the counts', async () => {
    const before = await titles();
    const response = await post(importApiPaths.preview(), good);
    expect(response.status).toBe(200);
    const preview = response.body as ImportPreviewResponse;
    expect(preview).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(preview.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'create'],
      [3, 'refused'],
      [4, 'create'],
      [5, 'refused'],
      [6, 'refused'],
    ]);
    expect(preview.refused).toEqual([
      {
        row: 3,
        column: 'Ansvarig förvaltning',
        message:
          'Okänd förvaltning "Fritidsförvaltningen". Menade du "Kultur- och fritidsförvaltningen"?',
      },
      { row: 3, column: 'Aktivitet', message: expect.stringContaining('finns också på rad 5') },
      { row: 5, column: 'Aktivitet', message: expect.stringContaining('finns också på rad 3') },
      { row: 6, column: 'Aktivitet', message: expect.stringContaining('telefonnummer') },
    ]);
    expect(await titles()).toEqual(before);
  });

  it('refuses the preview and the import to anyone outside the working group, writing nothing', async () => {
    const before = await titles();
    const response = await post(importApiPaths.run(), good, users.cecilia);
    expect(response.status).toBe(403);
    const preview = await post(importApiPaths.preview(), good, users.david);
    expect(preview.status).toBe(403);
    // Asked before the body is read: a large upload from outside the working group is 403 too.
    const large = await post(importApiPaths.run(), new Uint8Array(11 * 1024 * 1024), users.cecilia);
    expect(large.status).toBe(403);
    expect(await titles()).toEqual(before);
  });

  it('imports the rows without problems, and the same file again changes nothing', async () => {
    const response = await post(importApiPaths.run(), good);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body as object)).toEqual([
      'created',
      'updated',
      'unchanged',
      'refused',
    ]);
    expect(response.body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(await titles()).toEqual(
      expect.arrayContaining(['Studiecirklar om normer', 'Föreläsningar för föräldrar']),
    );
    const again = await post(importApiPaths.run(), good);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('refuses what is not a workbook with 400 and a Swedish message', async () => {
    const response = await post(
      importApiPaths.preview(),
      new TextEncoder().encode('Plan;Aktivitet'),
    );
    expect(response.status).toBe(400);
    expect(errorOf(response.body)).toMatchObject({
      reason: 'invalid',
      message:
        'Filen är inte en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok i Excel och försök igen.',
    });
    const json = await world.api.request('POST', importApiPaths.preview(), {
      user: users.anna,
      body: { rows: [] },
    });
    expect(json.status).toBe(415);
    expect(errorOf(json.body).message).toContain('Skicka arbetsboken som .xlsx');
  });

  it('refuses a body over 10 MB with 413 before reading it', async () => {
    for (const size of [11, 50]) {
      const response = await post(importApiPaths.run(), new Uint8Array(size * 1024 * 1024));
      expect(response.status).toBe(413);
      expect(errorOf(response.body)).toMatchObject({
        reason: 'invalid',
        message: 'Filen är för stor: högst 10 MB kan importeras. Dela upp den i flera filer.',
      });
    }
  });

  it('refuses anyone without a token (401)', async () => {
    const response = await world.api.request('POST', importApiPaths.run(), { rawBody: good });
    expect(response.status).toBe(401);
  });
});
