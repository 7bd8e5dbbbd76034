/**
 * Names typed in a workbook matched to the names that exist: case, surrounding spaces and runs of
 * spaces do not matter; an unknown name is answered with the closest existing one (Levenshtein
 * distance on the normalised names, a name's part counting as one edit), when it is close enough
 * to be a likely typo or shortening.
 */

export function normalizedName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Edits (insert, delete, replace one character) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const replace = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, replace));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A shortened name: part of the other (`Social`, `fritidsförvaltningen`), four letters or more. */
function contains(candidate: string, target: string): boolean {
  return target.length >= 4 && candidate.includes(target);
}

/** The name among `names` closest to `wanted`, if at most about a third of it differs. */
export function closestName(wanted: string, names: readonly string[]): string | undefined {
  const target = normalizedName(wanted);
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const candidate = normalizedName(name);
    const distance = contains(candidate, target)
      ? Math.min(editDistance(target, candidate), 1)
      : editDistance(target, candidate);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.ceil(Math.max(target.length, 1) / 3));
  return best.distance <= limit ? best.name : undefined;
}
