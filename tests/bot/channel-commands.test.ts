import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findInstallation,
  installationTarget,
} from '../../src/app/use-cases/register-installation.js';
import { commandOf } from '../../src/bot/commands.js';
import { linkOf, people } from '../app/support/world.js';
import { actionData, cardText, inputsOf } from './support/bot-world.js';
import { memoryBot, type MemoryBot } from './support/memory-bot.js';
import {
  cardInvoke,
  channelMessage,
  installedInTeam,
  type ChannelPlace,
} from './support/teams-activities.js';

/** Installation, `koppla`, the link card, `koppla från` and `hjälp`, through /api/messages. */

const teamThread = '19:general-ny@thread.tacv2';
const groupId = '5d1e6b1c-0000-4000-8000-00000000abcd';

describe('bot channel commands', () => {
  let b: MemoryBot;
  let place: ChannelPlace;
  beforeAll(async () => {
    b = await memoryBot({ [teamThread]: groupId });
    place = {
      serviceUrl: b.connector.serviceUrl,
      channelId: '19:ny-kanal@thread.tacv2',
      teamThreadId: teamThread,
      tenantId: 'tenant-kommun',
    };
  });
  afterAll(() => b.close());

  function lastCard(): unknown {
    const call = b.connector.calls.filter((c) => c.method === 'POST').at(-1);
    return (call?.body.attachments as { content: unknown }[] | undefined)?.[0]?.content;
  }

  it('reads the command from what people write', () => {
    expect(commandOf('  Koppla ')).toEqual({ command: 'link', rest: '' });
    expect(commandOf('koppla från')).toEqual({ command: 'unlink', rest: '' });
    expect(commandOf('kort Leanlink')).toEqual({ command: 'card', rest: 'leanlink' });
    expect(commandOf('vad kan du?').command).toBe('help');
  });

  it('stores where it is installed when added to a team, with the team group id, and welcomes once', async () => {
    const sent = await b.post(
      installedInTeam({ ...place, channelId: teamThread }, people.anna, groupId),
    );
    expect(sent.status).toBe(200);
    const links = await b.channels.listChannelLinks();
    const installed = links.ok
      ? findInstallation(links.value, { channelId: teamThread })
      : undefined;
    expect(installed).toMatchObject({
      target: installationTarget(teamThread),
      teamId: groupId,
      serviceUrl: b.connector.serviceUrl,
      tenantId: 'tenant-kommun',
    });
    expect(b.connector.calls.at(-1)?.body.text).toMatch(/koppla/);
    const calls = b.connector.calls.length;
    await b.post(installedInTeam({ ...place, channelId: teamThread }, people.anna, groupId));
    expect(b.connector.calls.length).toBe(calls);
  });

  it('answers koppla from outside the working group with a refusal and no card', async () => {
    const before = b.connector.calls.length;
    await b.post(channelMessage(place, people.cecilia, 'koppla'));
    const replies = b.connector.calls.slice(before);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body.text).toMatch(/Bara medlemmar i arbetsgruppen/);
  });

  it('links the channel to a department through the koppla card', async () => {
    await b.post(channelMessage(place, people.anna, 'koppla'));
    const card = lastCard();
    expect(cardText(card)).toMatch(/Koppla kanalen/);
    const data = { ...inputsOf(card), ...actionData(card, 'channel.link'), target: 'leanlink' };
    const linked = await b.post(
      cardInvoke({ ...place, messageId: '1700000000050' }, people.anna, 'channel.link', data),
    );
    expect(cardText(linked.body.value)).toMatch(/Kanalen är kopplad/);
    const links = await b.channels.listChannelLinks();
    const link = links.ok ? links.value.find((l) => l.target === 'leanlink') : undefined;
    expect(link).toMatchObject({
      channelId: place.channelId,
      teamId: groupId,
      linkedBy: 'Anna Andersson',
    });
    expect(b.connector.updates().at(-1)?.path).toMatch(/activities\/1700000000050$/);
  });

  it('refuses linking from the card for someone outside the working group', async () => {
    const data = { v: 1, target: 'kultur-fritid' };
    const refused = await b.post(
      cardInvoke({ ...place, messageId: '1700000000051' }, people.cecilia, 'channel.link', data),
    );
    expect(refused.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    const links = await b.channels.listChannelLinks();
    expect(
      links.ok &&
        links.value.some((l) => l.target === 'kultur-fritid' && l.channelId === place.channelId),
    ).toBe(false);
  });

  it('unlinks the channel with koppla från', async () => {
    await b.post(channelMessage(place, people.anna, 'koppla från'));
    expect(cardText(lastCard())).toMatch(/inte längre kopplad[\s\S]*Leanlink/);
    const links = await b.channels.listChannelLinks();
    expect(links.ok && links.value.some((l) => l.target === 'leanlink')).toBe(false);
  });

  it('explains itself on hjälp', async () => {
    await b.post(channelMessage(place, people.cecilia, 'hjälp'));
    expect(b.connector.calls.at(-1)?.body.text).toMatch(/koppla från/);
  });
});

describe('kort with no open round', () => {
  let b: MemoryBot;
  beforeAll(async () => {
    b = await memoryBot({}, []);
  });
  afterAll(() => b.close());
  const kort = async (channelId: string) => {
    const place = {
      serviceUrl: b.connector.serviceUrl,
      channelId,
      teamThreadId: teamThread,
      tenantId: 'tenant-kommun',
    };
    await b.post(channelMessage(place, people.cecilia, 'kort'));
    return b.connector.calls.at(-1)?.body.text;
  };

  it('names the linked department instead of calling the channel unlinked', async () => {
    expect(await kort(linkOf('social-omsorg').channelId)).toBe(
      'Social- och omsorgsförvaltningen har ingen öppen uppföljning just nu. När arbetsgruppen öppnar en omgång kan du skriva **kort** igen.',
    );
    expect(await kort('19:okopplad@thread.tacv2')).toMatch(
      /^Ingen förvaltning med en öppen uppföljning är kopplad till den här kanalen/,
    );
  });
});
