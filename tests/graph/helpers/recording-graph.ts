import type { Graph, GraphRequest } from '../../../src/graph/client/gateway.js';

/** Records every request a store makes, including each part of a `$batch`. */
export function recordingGraph(
  inner: Graph,
): Graph & { readonly requests: GraphRequest[]; writes(): GraphRequest[] } {
  const requests: GraphRequest[] = [];
  return {
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET'),
    send(request) {
      requests.push(request);
      return inner.send(request);
    },
    batch(batch) {
      requests.push(...batch);
      return inner.batch(batch);
    },
  };
}
