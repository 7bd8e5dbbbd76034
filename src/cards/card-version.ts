/**
 * A short fingerprint of the answers a follow-up card shows: the stored version of each
 * activity's answer in the round. The card carries it in its action data; when the bot finds a
 * different fingerprint for the same department and round, someone answered in between and the
 * card is stale. Order-independent; FNV-1a (32 bit), so it is not a secret, only a check.
 */
export function followUpCardVersion(
  answers: readonly { readonly activityId: string; readonly version: string }[],
): string {
  const lines = answers.map((a) => `${a.activityId}\u0000${a.version}`).sort();
  let hash = 0x811c9dc5;
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      hash ^= line.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0x0a;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${lines.length}-${hash.toString(16).padStart(8, '0')}`;
}
