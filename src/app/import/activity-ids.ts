/**
 * Ids for imported activities: the area's id and a slug of the title (`area-2-utbildning-for-…`),
 * with `-2`, `-3`… when taken. Derived from what the row names, so the same file gives the same
 * ids; a row already imported is found by its key (plan, area, title), never by id.
 */

const maxLength = 90;

function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function newActivityId(areaId: string, title: string, taken: Set<string>): string {
  const base = `${areaId}-${slugOf(title)}`.slice(0, maxLength).replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
