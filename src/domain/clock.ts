/** Time comes in through a Clock; nothing in domain or app reads the system time. */
export interface Clock {
  now(): Date;
}

export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}
