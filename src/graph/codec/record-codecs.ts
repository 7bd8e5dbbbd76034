import type { FollowUp, FollowUpRound, FollowUpStatus, Reminder } from '../../domain/model.js';
import type { ChannelLink } from '../../app/ports.js';
import { parseReminderKey, reminderKey } from '../../app/store-rules.js';
import type { SiteSchema } from '../site-schema/schema.js';
import { choiceMap } from './choices.js';
import {
  boolean,
  dateTime,
  json,
  lookupId,
  number,
  text,
  writeDate,
  writeDateTime,
  writeJson,
  writeLookup,
  type Fields,
} from './fields.js';
import { requireItem, type KeyMaps } from './key-maps.js';

/** The derived columns of an activity the app keeps so that SharePoint views show status. */
export type DerivedActivityColumns = {
  readonly latestStatus?: FollowUpStatus;
  readonly latestFollowUpAt?: string;
  readonly latestRoundId?: string;
  readonly roundResponse: 'answered' | 'missing' | 'none';
};

/** A looked-up key, or `?<item id>` when the item is not among those read (shown, not dropped). */
function known(key: string | undefined, itemId: string | undefined): string | undefined {
  return key ?? (itemId === undefined ? undefined : `?${itemId}`);
}

/** Follow-ups, reminders, channel links and the activities' derived columns ↔ SharePoint fields. */
export function recordCodecs(schema: SiteSchema) {
  const status = choiceMap(schema, 'FollowUps', 'Status');
  const source = choiceMap(schema, 'FollowUps', 'AnswerSource');
  const reminderState = choiceMap(schema, 'Reminders', 'ReminderState');
  const latestStatus = choiceMap(schema, 'Activities', 'LatestStatus');
  const roundResponse = choiceMap(schema, 'Activities', 'RoundResponseState');

  return {
    followUps: {
      decode: (f: Fields, maps: KeyMaps): unknown => ({
        roundId: known(maps.FollowUpRounds.key(lookupId(f, 'Round')), lookupId(f, 'Round')),
        activityId: known(maps.Activities.key(lookupId(f, 'Activity')), lookupId(f, 'Activity')),
        departmentId: known(
          maps.Departments.key(lookupId(f, 'Department')),
          lookupId(f, 'Department'),
        ),
        status: status.code(text(f, 'Status')),
        comment: text(f, 'Comment') ?? '',
        nextSteps: text(f, 'NextSteps') ?? '',
        answeredBy: { id: text(f, 'AnsweredById'), name: text(f, 'AnsweredByName') },
        answeredAt: dateTime(f, 'AnsweredAt'),
        source: source.code(text(f, 'AnswerSource')),
        indicatorValues: json(f, 'IndicatorValues'),
        fundsUsedTkr: number(f, 'FundsUsedTkr'),
      }),
      encode: (x: FollowUp, round: FollowUpRound, title: string, maps: KeyMaps) => ({
        Title: title.slice(0, 255),
        Key: `${x.roundId}|${x.activityId}`,
        ...writeLookup('Round', requireItem(maps, 'FollowUpRounds', x.roundId)),
        ...writeLookup('Activity', requireItem(maps, 'Activities', x.activityId)),
        ...writeLookup('Department', requireItem(maps, 'Departments', x.departmentId)),
        RoundOpensOn: writeDate(round.opensOn),
        Status: status.label(x.status),
        Comment: x.comment,
        NextSteps: x.nextSteps,
        AnsweredById: x.answeredBy.id,
        AnsweredByName: x.answeredBy.name,
        AnsweredAt: writeDateTime(x.answeredAt),
        AnswerSource: source.label(x.source),
        IndicatorValues: writeJson(x.indicatorValues),
        FundsUsedTkr: x.fundsUsedTkr ?? null,
      }),
    },
    derived: {
      encode: (d: DerivedActivityColumns, maps: KeyMaps) => ({
        LatestStatus: d.latestStatus ? latestStatus.label(d.latestStatus) : null,
        LatestFollowUpDate: writeDateTime(d.latestFollowUpAt),
        ...writeLookup(
          'LatestRound',
          d.latestRoundId && requireItem(maps, 'FollowUpRounds', d.latestRoundId),
        ),
        RoundResponseState: roundResponse.label(d.roundResponse),
      }),
      decode: (f: Fields, maps: KeyMaps): DerivedActivityColumns => ({
        latestStatus: latestStatus.code(text(f, 'LatestStatus')) as FollowUpStatus | undefined,
        latestFollowUpAt: dateTime(f, 'LatestFollowUpDate'),
        latestRoundId: maps.FollowUpRounds.key(lookupId(f, 'LatestRound')),
        roundResponse: (roundResponse.code(text(f, 'RoundResponseState')) ??
          'none') as DerivedActivityColumns['roundResponse'],
      }),
    },
    reminders: {
      decode: (f: Fields): unknown => {
        const key = parseReminderKey(text(f, 'Key') ?? '');
        return {
          roundId: text(f, 'RoundKey') ?? key?.roundId,
          departmentId: text(f, 'DepartmentKey') ?? key?.departmentId,
          stage: text(f, 'Stage') ?? key?.stage,
          dueAt: dateTime(f, 'DueAt'),
          state: reminderState.code(text(f, 'ReminderState')),
          attempts: number(f, 'Attempts') ?? 0,
          attemptId: text(f, 'AttemptId'),
          reservedAt: dateTime(f, 'ReservedAt'),
          sentAt: dateTime(f, 'SentAt'),
          messageId: text(f, 'MessageId'),
          conversationId: text(f, 'ConversationId'),
          lastError: text(f, 'LastError'),
        };
      },
      encode: (r: Reminder) => ({
        Title: reminderKey(r),
        Key: reminderKey(r),
        RoundKey: r.roundId,
        DepartmentKey: r.departmentId,
        Stage: r.stage,
        DueAt: writeDateTime(r.dueAt),
        ReminderState: reminderState.label(r.state),
        Attempts: r.attempts,
        AttemptId: r.attemptId ?? null,
        ReservedAt: writeDateTime(r.reservedAt),
        SentAt: writeDateTime(r.sentAt),
        MessageId: r.messageId ?? null,
        ConversationId: r.conversationId ?? null,
        LastError: r.lastError ?? null,
      }),
    },
    channelLinks: {
      decode: (f: Fields): (ChannelLink & { active: boolean }) | undefined => {
        const [target, teamId, channelId, tenantId, serviceUrl] = [
          'Key',
          'TeamId',
          'ChannelId',
          'TenantId',
          'ServiceUrl',
        ].map((n) => text(f, n));
        if (!target || !teamId || !channelId || !tenantId || !serviceUrl) return undefined;
        const optional = {
          channelName: text(f, 'ChannelName'),
          linkedBy: text(f, 'LinkedBy'),
          conversationId: text(f, 'ConversationId'),
        };
        return {
          target,
          teamId,
          channelId,
          tenantId,
          serviceUrl,
          ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
          active: boolean(f, 'Active'),
        };
      },
      encode: (l: ChannelLink, active: boolean) => ({
        Title: l.channelName ?? l.target,
        Key: l.target,
        TeamId: l.teamId,
        ChannelId: l.channelId,
        TenantId: l.tenantId,
        ServiceUrl: l.serviceUrl,
        ConversationId: l.conversationId ?? null,
        ChannelName: l.channelName ?? null,
        LinkedBy: l.linkedBy ?? null,
        Active: active,
      }),
    },
  };
}

export type RecordCodecs = ReturnType<typeof recordCodecs>;
