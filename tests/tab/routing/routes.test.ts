import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route, hashOfSubPage } from '../../../src/tab/routing/routes.js';
import { infoOf } from '../../../src/tab/host/teams-sdk.js';

const id = fc.string({ minLength: 1, maxLength: 20 });
const route: fc.Arbitrary<Route> = fc.oneof(
  fc.constant({ name: 'overview' as const }),
  fc
    .record(
      {
        search: id,
        departmentId: id,
        areaId: id,
        status: id,
        roundId: id,
      },
      { requiredKeys: [] },
    )
    .filter((f) => Object.keys(f).length > 0)
    .map((filters) => ({ name: 'overview' as const, filters })),
  id.map((i) => ({ name: 'activity' as const, id: i })),
  fc.constant({ name: 'followUp' as const }),
  fc.record({
    name: fc.constant('myDepartment' as const),
    departmentId: fc.option(id, { nil: undefined }),
    roundId: fc.option(id, { nil: undefined }),
  }),
  fc.record({ name: fc.constant('report' as const), roundId: fc.option(id, { nil: undefined }) }),
  fc.constant({ name: 'configure' as const }),
);

const withoutUndefined = (r: Route) => JSON.parse(JSON.stringify(r)) as Route;

describe('routes', () => {
  it('parses every address it writes back to the same route', () => {
    fc.assert(
      fc.property(route, (r) => {
        expect(withoutUndefined(parseRoute(hrefOf(r)))).toEqual(withoutUndefined(r));
      }),
    );
  });

  it('reads the Swedish slugs and falls back to not found', () => {
    expect(parseRoute('')).toEqual({ name: 'overview' });
    expect(parseRoute('#/min-forvaltning?forvaltning=leanlink&omgang=R1')).toEqual({
      name: 'myDepartment',
      departmentId: 'leanlink',
      roundId: 'R1',
    });
    expect(parseRoute('#/oversikt?status=unanswered&omgang=R1&sok=m%C3%B6te')).toEqual({
      name: 'overview',
      filters: { status: 'unanswered', roundId: 'R1', search: 'möte' },
    });
    expect(parseRoute('#/okand')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/aktivitet')).toEqual({ name: 'notFound' });
  });
});

describe('hashOfSubPage', () => {
  it('opens a tab route a Teams deep link names, and nothing else', () => {
    expect(hashOfSubPage('/min-forvaltning?forvaltning=kultur&omgang=annual-2026')).toBe(
      '#/min-forvaltning?forvaltning=kultur&omgang=annual-2026',
    );
    expect(hashOfSubPage('/uppfoljning')).toBe('#/uppfoljning');
    for (const other of [undefined, '', 'oversikt', 'https://evil.example/', '/okand-sida']) {
      expect(hashOfSubPage(other), String(other)).toBeUndefined();
    }
  });

  it('is what teams-js gives as page.subPageId', () => {
    const context = {
      app: { theme: 'dark', locale: 'sv-SE' },
      page: { frameContext: 'content', subPageId: '/uppfoljning', id: 'oversikt' },
    } as unknown as Parameters<typeof infoOf>[0];
    expect(infoOf(context)).toMatchObject({ theme: 'dark', subPageId: '/uppfoljning' });
  });
});
