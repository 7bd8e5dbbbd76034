import type { Clock } from '../../src/emulator/clock.js';

export const fixedClockForTests: Clock = { now: () => new Date('2027-02-23T07:30:00Z') };
