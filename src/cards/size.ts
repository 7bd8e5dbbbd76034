/**
 * Teams limits a message to about 28 KB (incoming webhooks; bot messages get about 40 KB), the
 * card's JSON being most of it. Cards are measured as the UTF-8 bytes of their JSON and kept
 * under `cardByteLimit`, which leaves room for the activity around the card.
 */
export const cardByteLimit = 28_000;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value's JSON; undefined when it has no JSON form (a function, a cycle). */
export function jsonByteLength(value: unknown): number | undefined {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return undefined;
  }
  return json === undefined ? undefined : encoder.encode(json).length;
}

export function cardByteLength(card: object): number {
  const length = jsonByteLength(card);
  if (length === undefined) throw new Error('A card must be JSON.');
  return length;
}
