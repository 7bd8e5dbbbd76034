/** Hash routes (Swedish slugs), e.g. `#/aktivitet/A1`, `#/min-forvaltning?forvaltning=D1&omgang=R1`. */
export type Route =
  | { readonly name: 'overview'; readonly filters?: OverviewQuery }
  | { readonly name: 'activity'; readonly id: string }
  | { readonly name: 'followUp' }
  | { readonly name: 'myDepartment'; readonly departmentId?: string; readonly roundId?: string }
  | { readonly name: 'report'; readonly roundId?: string }
  | { readonly name: 'configure' }
  | { readonly name: 'planWork' }
  | { readonly name: 'plans' }
  | { readonly name: 'notFound' };

export type RouteName = Route['name'];

/** The overview's filters in its address, e.g. `#/oversikt?status=unanswered&omgang=R1`. */
export type OverviewQuery = {
  readonly search?: string;
  readonly departmentId?: string;
  readonly areaId?: string;
  readonly status?: string;
  readonly roundId?: string;
  readonly goalId?: string;
};

const overviewParams = {
  search: 'sok',
  departmentId: 'forvaltning',
  areaId: 'omrade',
  status: 'status',
  roundId: 'omgang',
  goalId: 'mal',
} as const satisfies Record<keyof OverviewQuery, string>;

function overviewQuery(params: URLSearchParams): OverviewQuery | undefined {
  const entries = Object.entries(overviewParams).flatMap(([key, param]) => {
    const value = optional(params, param);
    return value ? [[key, value] as const] : [];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const slugs = {
  overview: 'oversikt',
  activity: 'aktivitet',
  followUp: 'uppfoljning',
  myDepartment: 'min-forvaltning',
  report: 'rapport',
  configure: 'konfigurera',
  planWork: 'planera',
  plans: 'planer',
} as const;

function optional(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key);
  return value ? value : undefined;
}

/**
 * The hash to open for a Teams deep link's sub-entity (`page.subPageId`): the cards' links put
 * the tab's route there (`/min-forvaltning?forvaltning=…&omgang=…`). Anything that is not one
 * of the tab's routes is ignored.
 */
export function hashOfSubPage(subPageId: string | undefined): string | undefined {
  if (!subPageId?.startsWith('/')) return undefined;
  const hash = `#${subPageId}`;
  return parseRoute(hash).name === 'notFound' ? undefined : hash;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [head = '', ...rest] = path.split('/').map((p) => decodeURIComponent(p));
  const params = new URLSearchParams(query);
  switch (head) {
    case '':
    case slugs.overview: {
      const filters = overviewQuery(params);
      return filters ? { name: 'overview', filters } : { name: 'overview' };
    }
    case slugs.activity:
      return rest[0] ? { name: 'activity', id: rest[0] } : { name: 'notFound' };
    case slugs.followUp:
      return { name: 'followUp' };
    case slugs.myDepartment:
      return {
        name: 'myDepartment',
        departmentId: optional(params, 'forvaltning'),
        roundId: optional(params, 'omgang'),
      };
    case slugs.report:
      return { name: 'report', roundId: optional(params, 'omgang') };
    case slugs.configure:
      return { name: 'configure' };
    case slugs.planWork:
      return { name: 'planWork' };
    case slugs.plans:
      return { name: 'plans' };
    default:
      return { name: 'notFound' };
  }
}

function withQuery(path: string, entries: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(entries)) if (v) params.set(k, v);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'overview':
      return withQuery(
        `#/${slugs.overview}`,
        Object.fromEntries(
          Object.entries(overviewParams).map(([key, param]) => [
            param,
            route.filters?.[key as keyof OverviewQuery],
          ]),
        ),
      );
    case 'notFound':
      return `#/${slugs.overview}`;
    case 'activity':
      return `#/${slugs.activity}/${encodeURIComponent(route.id)}`;
    case 'followUp':
      return `#/${slugs.followUp}`;
    case 'myDepartment':
      return withQuery(`#/${slugs.myDepartment}`, {
        forvaltning: route.departmentId,
        omgang: route.roundId,
      });
    case 'report':
      return withQuery(`#/${slugs.report}`, { omgang: route.roundId });
    case 'configure':
      return `#/${slugs.configure}`;
    case 'planWork':
      return `#/${slugs.planWork}`;
    case 'plans':
      return `#/${slugs.plans}`;
  }
}
