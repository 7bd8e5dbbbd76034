import { useRef, useState } from 'react';
import type { FollowUp } from '../../../domain/model.js';
import { useTabServices } from '../../services/tab-services.js';

export type ReportAnswers =
  | { readonly ok: true; readonly followUps: readonly FollowUp[] }
  | { readonly ok: false; readonly message: string };

/**
 * The answers of the report's rounds that the plan's read does not hold (an older round and the
 * rounds it compares with), read once per set of rounds in one Graph round trip. `pending` is
 * the read itself, so an export asked for meanwhile waits for it instead of leaving them out.
 */
export function useReportAnswers(roundIds: readonly string[]) {
  const { backend } = useTabServices();
  const cache = useRef(new Map<string, Promise<ReportAnswers>>());
  const [settled, setSettled] = useState(new Map<string, ReportAnswers>());
  const key = roundIds.join('|');
  let pending = cache.current.get(key);
  if (!pending) {
    pending =
      roundIds.length === 0
        ? Promise.resolve({ ok: true, followUps: [] })
        : backend
            .roundFollowUps(roundIds)
            .then((r): ReportAnswers =>
              r.ok ? { ok: true, followUps: r.value } : { ok: false, message: r.error.message },
            );
    cache.current.set(key, pending);
    void pending.then((answers) => setSettled((done) => new Map(done).set(key, answers)));
  }
  return {
    answers: roundIds.length === 0 ? ({ ok: true, followUps: [] } as const) : settled.get(key),
    pending,
    retry: () => {
      cache.current.delete(key);
      setSettled((done) => {
        const next = new Map(done);
        next.delete(key);
        return next;
      });
    },
  };
}
