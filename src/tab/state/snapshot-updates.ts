import type { PlanSnapshot, SavedRound, Versioned } from '../../app/ports.js';
import type { Activity, FollowUp, FollowUpRound } from '../../domain/model.js';
import type { SignOff } from '../../domain/sign-off.js';

export function withActivity(snapshot: PlanSnapshot, activity: Versioned<Activity>): PlanSnapshot {
  const exists = snapshot.activities.some((a) => a.id === activity.id);
  return {
    ...snapshot,
    activities: exists
      ? snapshot.activities.map((a) => (a.id === activity.id ? activity : a))
      : [...snapshot.activities, activity],
  };
}

export function withRound(snapshot: PlanSnapshot, round: Versioned<FollowUpRound>): PlanSnapshot {
  const exists = snapshot.rounds.some((r) => r.id === round.id);
  return {
    ...snapshot,
    rounds: exists
      ? snapshot.rounds.map((r) => (r.id === round.id ? round : r))
      : [...snapshot.rounds, round],
  };
}

/**
 * A round opened or closed: the round, and the new versions of the activities whose derived
 * columns the server rewrote with it (else the next edit of one would meet a false conflict).
 */
export function withSavedRound(snapshot: PlanSnapshot, saved: SavedRound): PlanSnapshot {
  const { activityVersions: versions, ...round } = saved;
  const next = withRound(snapshot, round);
  if (!versions) return next;
  return {
    ...next,
    activities: next.activities.map((a) => {
      const version = versions[a.id];
      return version === undefined ? a : { ...a, version };
    }),
  };
}

export function withFollowUps(
  snapshot: PlanSnapshot,
  followUps: readonly Versioned<FollowUp>[],
): PlanSnapshot {
  const key = (f: FollowUp) => `${f.roundId}\u0000${f.activityId}`;
  const replaced = new Map(followUps.map((f) => [key(f), f]));
  const kept = snapshot.followUps.filter((f) => !replaced.has(key(f)));
  return { ...snapshot, followUps: [...kept, ...followUps] };
}

export function withSignOff(snapshot: PlanSnapshot, signOff: Versioned<SignOff>): PlanSnapshot {
  const other = (s: SignOff) =>
    s.roundId !== signOff.roundId || s.departmentId !== signOff.departmentId;
  return { ...snapshot, signOffs: [...(snapshot.signOffs ?? []).filter(other), signOff] };
}
