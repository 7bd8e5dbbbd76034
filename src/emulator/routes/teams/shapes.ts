import type { Channel, Member, Team } from '../../store/directory.js';

export function teamJson(team: Team, tenantId: string): Record<string, unknown> {
  return {
    id: team.id,
    createdDateTime: team.created,
    displayName: team.displayName,
    description: team.description,
    internalId: `19:${team.id.replace(/-/g, '')}@thread.tacv2`,
    classification: null,
    specialization: 'none',
    visibility: 'private',
    webUrl: `https://teams.microsoft.com/l/team/${encodeURIComponent(`19:${team.id.replace(/-/g, '')}@thread.tacv2`)}/conversations?groupId=${team.id}&tenantId=${tenantId}`,
    isArchived: false,
    tenantId,
  };
}

export function channelJson(channel: Channel, tenantId: string): Record<string, unknown> {
  return {
    id: channel.id,
    createdDateTime: channel.created,
    displayName: channel.displayName,
    description: channel.description,
    isFavoriteByDefault: null,
    email: '',
    tenantId,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(channel.id)}/${encodeURIComponent(channel.displayName)}?groupId=${channel.teamId}&tenantId=${tenantId}`,
    membershipType: channel.membershipType,
  };
}

export function memberId(teamId: string, userId: string): string {
  return Buffer.from(`0#${teamId}#${userId}`, 'utf8').toString('base64');
}

export function memberJson(member: Member, tenantId: string): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    id: memberId(member.teamId, member.userId),
    roles: member.roles,
    displayName: member.user.displayName,
    visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
    userId: member.userId,
    email: member.user.mail ?? member.user.upn,
    tenantId,
  };
}
