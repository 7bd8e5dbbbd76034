/** A card update a connector received (PUT on an activity): where, and the card it carries. */
export type CardUpdate = { readonly path: string; readonly card: Record<string, unknown> };

/** The card updates among a connector's recorded calls, in order (both test connectors). */
export function cardUpdates(
  calls: readonly {
    readonly method: string;
    readonly path: string;
    readonly body: Record<string, unknown>;
  }[],
): CardUpdate[] {
  return calls
    .filter((c) => c.method === 'PUT')
    .map((c) => ({
      path: c.path,
      card:
        (c.body.attachments as { content: Record<string, unknown> }[] | undefined)?.[0]?.content ??
        {},
    }));
}
