import type { Clock } from '../domain/clock.js';

/** The real time, for the composition root; everything below gets a Clock. */
export const systemClock: Clock = { now: () => new Date() };
