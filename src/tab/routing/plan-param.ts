/**
 * The chosen plan in the address: `plan=<id>` in the hash's query on any route
 * (`#/oversikt?plan=drogplan`). Links inside the tab are built without it; navigating keeps it
 * (keepPlan), so a reload opens the same plan. Absent: the default plan.
 */

function split(hash: string): [string, URLSearchParams] {
  const [path = '', query = ''] = hash.split('?');
  return [path, new URLSearchParams(query)];
}

export function planInHash(hash: string): string | undefined {
  return split(hash)[1].get('plan') || undefined;
}

export function hashWithPlan(hash: string, planId: string | undefined): string {
  const [path, params] = split(hash || '#/');
  if (planId === undefined) params.delete('plan');
  else params.set('plan', planId);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
