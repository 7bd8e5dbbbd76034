import { PlanDataSchema, type PlanData } from '../model.js';
import activities from './activities.json' with { type: 'json' };
import areas from './areas.json' with { type: 'json' };
import departments from './departments.json' with { type: 'json' };
import goals from './goals.json' with { type: 'json' };
import plans from './plans.json' with { type: 'json' };

/**
 * The seeded plan (Aktivitetsplan hedersrelaterat våld och förtryck), kept as data in the JSON
 * files beside this module and parsed with the model's schemas when it is loaded: a broken seed
 * fails at start, not later. The seed document has no activity table, so every activity here is
 * an example (`example: true`). Rounds are not stored: the follow-up calendar derives them.
 */
export const seedPlan: PlanData = PlanDataSchema.parse({
  plan: plans.plan,
  parentPlan: plans.parentPlan,
  goals,
  areas,
  departments,
  activities,
  rounds: [],
  followUps: [],
});
