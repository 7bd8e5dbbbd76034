import { departmentTeamId } from '../../app/authorization.js';
import {
  ActivityUpdateRequestSchema,
  ChannelLinkRequestSchema,
  type ActivityResponse,
  type ChannelLinkResponse,
  type HistoryResponse,
  type MeResponse,
} from '../../tab/api/contract.js';
import { sendFailure } from './api-errors.js';
import { param, type Handler } from './api-deps.js';
import { activityFieldKey, parseRequest } from './request-body.js';

/** GET /me, PUT /activities/{id}, GET /activities/{id}/history, POST /channels. */

export const me: Handler = async (_req, res, { deps, user, caller }) => {
  const { authorization } = deps.useCases;
  const [workingGroup, snapshot] = await Promise.all([
    authorization.isWorkingGroup(caller),
    deps.store.loadPlan(),
  ]);
  if (!workingGroup.ok) return sendFailure(res, workingGroup.error);
  if (!snapshot.ok) return sendFailure(res, snapshot.error);
  const { channels, departments } = snapshot.value;
  const linked = departments.flatMap((d) => {
    const teamId = departmentTeamId(channels, d.id);
    return teamId ? [{ departmentId: d.id, teamId }] : [];
  });
  const checks = await Promise.all(linked.map((l) => authorization.canAnswer(caller, l.teamId)));
  const departmentIds: string[] = [];
  for (const [i, check] of checks.entries()) {
    if (check.ok) departmentIds.push(linked[i]!.departmentId);
    else if (check.error.reason !== 'forbidden') return sendFailure(res, check.error);
  }
  const response: MeResponse = {
    user: { id: user.id, name: user.name, ...(user.upn ? { upn: user.upn } : {}) },
    isWorkingGroup: workingGroup.value,
    departmentIds,
  };
  res.status(200).json(response);
};

export const updateActivity: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(ActivityUpdateRequestSchema, req.body, activityFieldKey);
  if (!body.ok) return sendFailure(res, body.failure);
  const saved = await deps.useCases.editActivity({
    caller,
    activityId: param(req, 'activityId'),
    activity: body.value.activity,
    expectedVersion: body.value.expectedVersion,
  });
  if (!saved.ok) return sendFailure(res, saved.error);
  const response: ActivityResponse = { activity: saved.value };
  res.status(200).json(response);
};

export const history: Handler = async (req, res, { deps }) => {
  const entries = await deps.useCases.activityHistory(param(req, 'activityId'));
  if (!entries.ok) return sendFailure(res, entries.error);
  const response: HistoryResponse = { entries: [...entries.value] };
  res.status(200).json(response);
};

export const linkChannel: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(ChannelLinkRequestSchema, req.body);
  if (!body.ok) return sendFailure(res, body.failure);
  const { target, teamId, channelId, tenantId, channelName } = body.value;
  const linked = await deps.useCases.linkChannel({
    caller,
    target,
    channel: { channelId, teamId, tenantId, ...(channelName ? { channelName } : {}) },
  });
  if (!linked.ok) return sendFailure(res, linked.error);
  const { link } = linked.value;
  const response: ChannelLinkResponse = {
    link: {
      target: link.target,
      teamId: link.teamId,
      channelId: link.channelId,
      ...(link.channelName ? { channelName: link.channelName } : {}),
    },
  };
  res.status(200).json(response);
};
