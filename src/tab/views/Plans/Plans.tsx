import { renderPlans } from './renderPlans.js';
import { usePlans } from './usePlans.js';

/** "Planer": the site's plans and their decisions; the working group creates, adopts, revises. */
export function Plans() {
  return renderPlans(usePlans());
}
