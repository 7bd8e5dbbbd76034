import type { SignOffResponse } from '../../tab/api/contract.js';
import { sendFailure } from './api-errors.js';
import { param, type Handler } from './api-deps.js';

/**
 * POST /rounds/{roundId}/departments/{departmentId}/sign-off (a member of the department's team)
 * and …/reopen (the working group): the use cases of sign-off.ts. Either updates the cards
 * already posted to the department's channel after the response (signed off: no inputs;
 * reopened: the notice that the working group opened it again).
 */

function signOffHandler(action: 'signOffDepartment' | 'reopenDepartment'): Handler {
  return async (req, res, { deps, caller, background }) => {
    const roundId = param(req, 'roundId');
    const departmentId = param(req, 'departmentId');
    const done = await deps.useCases[action]({ caller, roundId, departmentId });
    if (!done.ok) return sendFailure(res, done.error);
    const signOff = done.value.signOff;
    if (!signOff) throw new Error('A sign-off use case returned no sign-off.');
    const response: SignOffResponse = { signOff };
    res.status(200).json(response);
    background.run('api.cards_refreshed', () =>
      deps.useCases.refreshPostedCards(roundId, departmentId),
    );
  };
}

export const signOff = signOffHandler('signOffDepartment');
export const reopen = signOffHandler('reopenDepartment');
