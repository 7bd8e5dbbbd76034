import type { Graph, GraphOutcome, GraphRequest } from '../../../src/graph/client/gateway.js';

/**
 * Two writers "at once", deterministically: every gateway made by `racingGraphs` holds its first
 * batch that writes until each of the gateways has finished a batch that only reads. So both
 * writers read the same state before either writes — the race a unique key must settle.
 */
export function racingGraphs(inner: Graph, count = 2): Graph[] {
  let reads = 0;
  const waiting: (() => void)[] = [];
  const readDone = () => {
    reads += 1;
    if (reads >= count) for (const release of waiting.splice(0)) release();
  };
  return Array.from({ length: count }, () => {
    let counted = false;
    let held = false;
    const isWrite = (requests: readonly GraphRequest[]) => requests.some((r) => r.method !== 'GET');
    return {
      send: (request: GraphRequest) => inner.send(request),
      async batch(requests: readonly GraphRequest[]): Promise<GraphOutcome[]> {
        if (isWrite(requests) && !held) {
          held = true;
          if (reads < count) await new Promise<void>((resolve) => waiting.push(resolve));
        }
        const outcomes = await inner.batch(requests);
        if (!isWrite(requests) && !counted) {
          counted = true;
          readDone();
        }
        return outcomes;
      },
    };
  });
}
