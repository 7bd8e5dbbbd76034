import { Activity, type ConversationParameters } from '@microsoft/agents-activity';
import {
  CardFactory,
  type CloudAdapter,
  type ConnectorClient,
  type TurnContext,
} from '@microsoft/agents-hosting';
import type { ChannelLink, ChannelPoster, MessageRef } from '../app/ports.js';
import { fail, ok, type Result } from '../app/result.js';
import { connectorProblem, isRetryable, type ConnectorProblem } from './connector-errors.js';
import { ChannelRoster, readRoster } from './channel-roster.js';
import { Pacer, realTimer, type PacerTimer } from './pacer.js';

/**
 * Posts cards to Teams channels over the Bot Connector: a new thread per post
 * (`POST /v3/conversations`) and updates of a posted message (`PUT …/activities/{id}`).
 *
 * The one place that knows how: in Agents SDK 1.8.1 `CreateConversationOptionsBuilder.build()`
 * and `Proactive.createConversation()` throw when no `members` are given (errors -120751 and
 * -120745), yet a channel post has none, so this calls `adapter.createConversationAsync` with
 * the conversation parameters directly. Swap this file when the SDK (or a Teams extension) is
 * fixed.
 *
 * Every call is paced (Teams' per-thread and per-tenant limits, see pacer.ts) and a 429 is
 * retried after its Retry-After, which also pauses every other call of this poster.
 * The post carries its key twice: in the activity's `channelData.aktivitetsplan.reminderKey`
 * (the connector and the Playground record it) and, for follow-up cards, in the card's action
 * data (round, department, stage), which Graph's channel-messages API returns in the attachment.
 */

type PosterLogger = { warn(message: string, data?: Record<string, unknown>): void };

export type ConnectorChannelPosterOptions = {
  readonly adapter: CloudAdapter;
  /** The bot's app id (Entra client id); any stable id in anonymous local mode. */
  readonly botId: string;
  /** Token audience for the connector. */
  readonly audience?: string;
  readonly pacer?: Pacer;
  readonly timer?: PacerTimer;
  /** Tries per call, the first included. */
  readonly maxAttempts?: number;
  /** Longest wait between two tries. */
  readonly maxWaitMs?: number;
  readonly logger?: PosterLogger;
  /** Where channel rosters are kept (shared with the bot's turns); one of its own otherwise. */
  readonly roster?: ChannelRoster;
};

type PostFailure = 'throttled' | 'notFound' | 'unavailable';

function cardAttachment(card: object) {
  return CardFactory.adaptiveCard(card);
}

/** `19:…@thread.tacv2;messageid=1700000000000` → the root message id. */
export function messageIdOf(conversationId: string): string | undefined {
  return /;messageid=([^;]+)/.exec(conversationId)?.[1];
}

export class ConnectorChannelPoster implements ChannelPoster {
  private readonly pacer: Pacer;
  private readonly timer: PacerTimer;
  private readonly maxAttempts: number;
  private readonly maxWaitMs: number;
  private readonly roster: ChannelRoster;

  constructor(private readonly options: ConnectorChannelPosterOptions) {
    this.roster = options.roster ?? new ChannelRoster();
    this.timer = options.timer ?? realTimer;
    this.pacer = options.pacer ?? new Pacer({}, this.timer);
    this.maxAttempts = options.maxAttempts ?? 5;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
  }

  async post(
    channel: ChannelLink,
    card: object,
    key: string,
  ): Promise<Result<MessageRef, PostFailure>> {
    const activity = Activity.fromObject({
      type: 'message',
      attachments: [cardAttachment(card)],
      channelData: { aktivitetsplan: { reminderKey: key } },
    });
    const parameters: ConversationParameters = {
      isGroup: true,
      channelData: { channel: { id: channel.channelId }, tenant: { id: channel.tenantId } },
      tenantId: channel.tenantId,
      activity,
    };
    let conversationId: string | undefined;
    const sent = await this.call(channel, false, () =>
      this.options.adapter.createConversationAsync(
        this.options.botId,
        'msteams',
        channel.serviceUrl,
        this.options.audience ?? 'https://api.botframework.com',
        parameters,
        (context: TurnContext) => {
          conversationId = context.activity.conversation?.id;
          return Promise.resolve();
        },
      ),
    );
    if (!sent.ok) return sent;
    if (!conversationId) return fail('unavailable', 'Bot Connector gav inget id för inlägget.');
    return ok({ conversationId, messageId: messageIdOf(conversationId) ?? conversationId });
  }

  /** The channel's members for a card's refresh (see ChannelRoster): never fails, maybe empty. */
  memberIds(
    channel: Pick<ChannelLink, 'channelId' | 'serviceUrl' | 'tenantId'>,
  ): Promise<readonly string[]> {
    return this.roster.memberIds(channel.channelId, async () => {
      let ids: readonly string[] = [];
      let failure: unknown;
      await this.options.adapter.continueConversation(
        this.options.botId,
        this.referenceTo(channel, channel.channelId),
        async (context) => {
          try {
            const client = context.turnState.get<ConnectorClient>(
              this.options.adapter.ConnectorClientKey,
            );
            ids = await readRoster(client, channel.channelId);
          } catch (error) {
            failure = error;
          }
        },
      );
      if (failure !== undefined) throw failure as Error;
      return ids;
    });
  }

  async update(
    channel: ChannelLink,
    message: MessageRef,
    card: object,
  ): Promise<Result<void, PostFailure>> {
    if (message.messageId === '' || message.conversationId === '') {
      return fail('notFound', 'Inlägget finns inte: referensen saknar id.');
    }
    const reference = this.referenceTo(channel, message.conversationId);
    const activity = Activity.fromObject({
      type: 'message',
      id: message.messageId,
      attachments: [cardAttachment(card)],
    });
    return this.call(channel, true, async () => {
      // A failure inside the turn would reach the adapter's onTurnError, whose default posts
      // "The agent encountered an error" into the channel: keep it here and throw it after.
      let failure: unknown;
      await this.options.adapter.continueConversation(
        this.options.botId,
        reference,
        async (context) => {
          try {
            await context.updateActivity(activity);
          } catch (error) {
            failure = error;
          }
        },
      );
      if (failure !== undefined) throw failure as Error;
    });
  }

  /** A conversation of the channel, continued by the bot (the SDK wants both ends: the bot). */
  private referenceTo(
    channel: Pick<ChannelLink, 'serviceUrl' | 'tenantId'>,
    conversationId: string,
  ) {
    const bot = { id: this.options.botId, role: 'bot' };
    return {
      serviceUrl: channel.serviceUrl,
      channelId: 'msteams',
      agent: bot,
      user: bot,
      conversation: {
        id: conversationId,
        isGroup: true,
        conversationType: 'channel',
        tenantId: channel.tenantId,
      },
    };
  }

  private async call(
    channel: ChannelLink,
    idempotent: boolean,
    send: () => Promise<void>,
  ): Promise<Result<void, PostFailure>> {
    let last: ConnectorProblem | undefined;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      await this.pacer.take(channel.tenantId, channel.channelId);
      try {
        await send();
        return ok(undefined);
      } catch (error) {
        last = connectorProblem(error, this.timer.now());
        if (!isRetryable(last, idempotent) || attempt === this.maxAttempts) break;
        const wait = Math.min(this.maxWaitMs, last.retryAfterMs ?? 1000 * 2 ** (attempt - 1));
        if (last.status === 429) this.pacer.pause(wait);
        this.options.logger?.warn('Bot Connector: försöker igen', {
          status: last.status,
          wait,
          attempt,
        });
        await this.timer.sleep(wait);
      }
    }
    return failureOf(last!);
  }
}

function failureOf(problem: ConnectorProblem): Result<never, PostFailure> {
  if (problem.status === 429) {
    const retryAfterSeconds = Math.ceil((problem.retryAfterMs ?? 1000) / 1000);
    return fail('throttled', 'Teams begränsar antalet inlägg just nu. Försök igen senare.', {
      retryAfterSeconds,
    });
  }
  if (problem.status === 403 || problem.status === 404) {
    return fail(
      'notFound',
      'Kanalen kan inte nås: den finns inte längre eller appen är inte installerad i teamet.',
    );
  }
  return fail('unavailable', `Teams kunde inte ta emot inlägget just nu. ${problem.message}`);
}
