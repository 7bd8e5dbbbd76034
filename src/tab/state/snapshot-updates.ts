import type { PlanSnapshot, Versioned } from '../../app/ports.js';
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
