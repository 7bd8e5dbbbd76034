import { Activity } from '@microsoft/agents-activity';
import type { Failure } from '../app/result.js';
import {
  CardFactory,
  type AgentApplication,
  type TurnContext,
  type TurnState,
} from '@microsoft/agents-hosting';
import type { BotDeps, Turn } from './bot-deps.js';
import { cardSettings, turnOf } from './bot-deps.js';
import { cardOfView } from './follow-up-cards.js';
import { channelOf } from './teams-activity.js';

/**
 * What people write to the bot (`@Aktivitetsplan …`; the SDK strips the mention):
 * - `koppla`: the card that links this channel to a department (working group only);
 * - `koppla från`: removes this channel's link (working group only);
 * - `kort [förvaltning]`: posts the follow-up card of the department linked here, one per open
 *   round (rounds overlap: the term-of-office round opens while the annual one runs);
 * - `hjälp`, or anything else: what the bot can do.
 */

const helpText = [
  'Det här kan jag:',
  '- **koppla**: koppla kanalen till en förvaltning (arbetsgruppen).',
  '- **koppla från**: ta bort kanalens koppling (arbetsgruppen).',
  '- **kort**: visa förvaltningens uppföljningskort här, ett för varje öppen omgång (med förvaltningens namn om flera delar kanalen).',
  '- **hjälp**: den här texten.',
  'Påminnelser med uppföljningskort kommer hit när en uppföljning öppnar.',
].join('\n\n');

export type Command = 'link' | 'unlink' | 'card' | 'help';

/** The command in a message's text (case and spacing do not matter). */
export function commandOf(text: string | undefined): {
  readonly command: Command;
  readonly rest: string;
} {
  const words = (text ?? '')
    .replace(/<[^>]*>/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/);
  const [first = '', second = ''] = words;
  if (first === 'koppla' && (second === 'från' || second === 'fran' || second === 'bort')) {
    return { command: 'unlink', rest: '' };
  }
  if (first === 'koppla' || first === 'link') return { command: 'link', rest: '' };
  if (first === 'kort' || first === 'uppföljning' || first === 'card') {
    return { command: 'card', rest: words.slice(1).join(' ') };
  }
  return { command: 'help', rest: '' };
}

async function sendCard(context: TurnContext, card: object): Promise<void> {
  await context.sendActivity(
    Activity.fromObject({ type: 'message', attachments: [CardFactory.adaptiveCard(card)] }),
  );
}

/** The use case's Swedish sentence to the channel; what the service behind said, to the log. */
async function refuse(turn: Turn, error: Failure): Promise<void> {
  if (error.detail)
    turn.deps.logger.warn('Kommandot nekades', { reason: error.reason, detail: error.detail });
  await turn.context.sendActivity(error.message);
}

async function link(turn: Turn, channelId: string): Promise<void> {
  const choices = await turn.deps.useCases.channelChoices({ caller: turn.caller, channelId });
  if (!choices.ok) return void (await refuse(turn, choices.error));
  await sendCard(
    turn.context,
    turn.deps.cards.channelLinkCard(choices.value, { locale: turn.locale }),
  );
}

async function unlink(turn: Turn, channelId: string): Promise<void> {
  const removed = await turn.deps.useCases.unlinkChannel({ caller: turn.caller, channelId });
  if (!removed.ok) return void (await refuse(turn, removed.error));
  const targets = removed.value.length > 0 ? removed.value : [undefined];
  for (const target of targets) {
    await sendCard(
      turn.context,
      turn.deps.cards.channelUnlinkedCard(target, { locale: turn.locale }),
    );
  }
}

/** One card per open round of the department linked here, oldest round first. */
async function card(turn: Turn, channelId: string, name: string): Promise<void> {
  const shown = await turn.deps.useCases.showChannelRounds(channelId, name);
  if (!shown.ok) return void (await refuse(turn, shown.error));
  if (shown.value.length === 0) {
    // Linked but with no open round: say so, not that the channel is unlinked.
    const linked = await turn.deps.useCases.channelDepartment(channelId, name);
    if (!linked.ok) return void (await refuse(turn, linked.error));
    return void (await turn.context.sendActivity(
      linked.value
        ? `${linked.value.name} har ingen öppen uppföljning just nu. När arbetsgruppen öppnar en omgång kan du skriva **kort** igen.`
        : 'Ingen förvaltning med en öppen uppföljning är kopplad till den här kanalen. Skriv **koppla** för att koppla den.',
    ));
  }
  const settings = await cardSettings(turn);
  for (const view of shown.value) await sendCard(turn.context, cardOfView(view, settings));
}

export function registerCommands(app: AgentApplication<TurnState>, deps: BotDeps): void {
  app.onActivity('message', async (context) => {
    const turn: Turn = turnOf(context, deps);
    const { command, rest } = commandOf(context.activity.text);
    const channel = channelOf(context.activity);
    if (command === 'help' || !channel) return void (await context.sendActivity(helpText));
    try {
      if (command === 'link') await link(turn, channel.channelId);
      else if (command === 'unlink') await unlink(turn, channel.channelId);
      else await card(turn, channel.channelId, rest);
    } catch (error) {
      deps.logger.error('Kommandot misslyckades', {
        command,
        error: error instanceof Error ? error.message : String(error),
      });
      await context.sendActivity('Det gick inte just nu. Försök igen om en stund.');
    }
  });
}
