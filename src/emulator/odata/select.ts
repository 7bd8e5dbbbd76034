/** Applies `$select` to a flat JSON object; `@odata.*` annotations and `id` stay. */
export function selectProperties(
  json: Record<string, unknown>,
  select: string | undefined,
): Record<string, unknown> {
  if (!select) return json;
  const names = new Set(select.split(',').map((s) => s.trim()));
  return Object.fromEntries(
    Object.entries(json).filter(([k]) => k.startsWith('@') || k === 'id' || names.has(k)),
  );
}
