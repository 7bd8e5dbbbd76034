import type { Department } from '../domain/model.js';
import { takeWithinBudget } from './budget.js';
import {
  adaptiveCard,
  execute,
  plainText,
  run,
  textBlock,
  type AdaptiveCard,
  type Choice,
  type InputChoiceSet,
} from './elements.js';
import type { CardLocale } from './locale.js';
import { cardByteLimit } from './size.js';
import { shownLength, shownText } from './user-text.js';
import type { ChannelCardData } from './verbs.js';

/**
 * `@Aktivitetsplan koppla`: pick which department (or the working group) this channel serves;
 * and the confirmations after linking and unlinking. The bot checks that the person is in the
 * working group before it links anything; the card's data proves nothing.
 */

/** The link target of the working group's own channel (ChannelLink.target). */
export const workingGroupTarget = 'workingGroup';

/** The ChoiceSet's input id; its value arrives as `target` in the channel.link data. */
const channelTargetInputId = 'target';

const strings = {
  sv: {
    title: 'Koppla kanalen',
    intro:
      'Välj vilken förvaltning den här kanalen hör till. Påminnelser och uppföljningskort för förvaltningen postas här.',
    current: 'Kopplad nu: ',
    label: 'Förvaltning',
    placeholder: 'Välj förvaltning',
    required: 'Välj en förvaltning.',
    workingGroup: 'Arbetsgruppen (sammanställningar och eskaleringar)',
    more: 'Alla förvaltningar får inte plats här. Koppla kanalen i fliken i stället.',
    link: 'Koppla',
    linkedTitle: 'Kanalen är kopplad',
    linked: 'Kanalen hör nu till: ',
    linkedNote: 'Påminnelser och uppföljningskort postas här.',
    linkedWorkingGroup: 'Sammanställningar och eskaleringar till arbetsgruppen postas här.',
    unlink: 'Koppla från',
    unlinkedTitle: 'Kanalen är inte längre kopplad',
    unlinked: 'Kopplingen är borttagen för: ',
    unlinkedNote:
      'Inget postas här förrän en kanal kopplas igen; arbetsgruppens sammanställning visar det.',
    notLinked: 'Kanalen var inte kopplad till någon förvaltning.',
    fallback: 'Kanalkoppling i Aktivitetsplan.',
  },
  en: {
    title: 'Link this channel',
    intro:
      'Choose the department this channel belongs to. Reminders and follow-up cards for the department are posted here.',
    current: 'Linked now: ',
    label: 'Department',
    placeholder: 'Choose a department',
    required: 'Choose a department.',
    workingGroup: 'The working group (summaries and escalations)',
    more: 'Not every department fits here. Link the channel in the tab instead.',
    link: 'Link',
    linkedTitle: 'The channel is linked',
    linked: 'This channel now belongs to: ',
    linkedNote: 'Reminders and follow-up cards are posted here.',
    linkedWorkingGroup: 'Summaries and escalations for the working group are posted here.',
    unlink: 'Unlink',
    unlinkedTitle: 'The channel is no longer linked',
    unlinked: 'The link was removed for: ',
    unlinkedNote:
      "Nothing is posted here until a channel is linked again; the working group's summary shows it.",
    notLinked: 'The channel was not linked to any department.',
    fallback: 'Channel link in Aktivitetsplan.',
  },
} as const;

type Strings = (typeof strings)[CardLocale];

export type ChannelTarget = { readonly target: string; readonly name: string };

function targetName(target: ChannelTarget, s: Strings): string {
  return target.target === workingGroupTarget
    ? s.workingGroup
    : shownText(target.name, shownLength.title);
}

function choiceSet(
  departments: readonly Department[],
  s: Strings,
  current?: string,
): { input: InputChoiceSet; leftOut: number } {
  const budget = { remaining: cardByteLimit - 4_000 };
  const taken = takeWithinBudget(departments, budget, (d): Choice => ({
    title: shownText(d.name, shownLength.title),
    value: d.id,
  }));
  const choices: Choice[] = [{ title: s.workingGroup, value: workingGroupTarget }, ...taken.taken];
  const input: InputChoiceSet = {
    type: 'Input.ChoiceSet',
    id: channelTargetInputId,
    label: s.label,
    style: 'compact',
    placeholder: s.placeholder,
    isRequired: true,
    errorMessage: s.required,
    choices,
    ...(current !== undefined && choices.some((c) => c.value === current)
      ? { value: current }
      : {}),
  };
  return { input, leftOut: taken.leftOut };
}

export function channelLinkCard(
  input: { readonly departments: readonly Department[]; readonly current?: ChannelTarget },
  options: { readonly locale?: CardLocale } = {},
): AdaptiveCard {
  const locale = options.locale ?? 'sv';
  const s = strings[locale];
  const { input: choices, leftOut } = choiceSet(input.departments, s, input.current?.target);
  const data: Omit<ChannelCardData, 'target'> = { v: 1 };
  const current = input.current;
  return adaptiveCard(
    [
      textBlock(s.title, { size: 'large', weight: 'bolder', style: 'heading' }),
      textBlock(s.intro),
      ...(current === undefined
        ? []
        : [plainText([run(s.current, { isSubtle: true }), targetName(current, s)])]),
      choices,
      ...(leftOut > 0 ? [textBlock(s.more, { size: 'small', isSubtle: true })] : []),
    ],
    { fallbackText: s.fallback, actions: [execute(s.link, 'channel.link', data, 'positive')] },
  );
}

export function channelLinkedCard(
  target: ChannelTarget,
  options: { readonly locale?: CardLocale } = {},
): AdaptiveCard {
  const locale = options.locale ?? 'sv';
  const s = strings[locale];
  const data: ChannelCardData = { v: 1, target: target.target };
  const note = target.target === workingGroupTarget ? s.linkedWorkingGroup : s.linkedNote;
  return adaptiveCard(
    [
      textBlock(s.linkedTitle, {
        size: 'large',
        weight: 'bolder',
        style: 'heading',
        color: 'good',
      }),
      plainText([
        run(s.linked, { isSubtle: true }),
        run(targetName(target, s), { weight: 'bolder' }),
      ]),
      textBlock(note),
    ],
    { fallbackText: s.fallback, actions: [execute(s.unlink, 'channel.unlink', data)] },
  );
}

/** After `koppla från`; `target` absent when the channel was not linked. */
export function channelUnlinkedCard(
  target: ChannelTarget | undefined,
  options: { readonly locale?: CardLocale } = {},
): AdaptiveCard {
  const locale = options.locale ?? 'sv';
  const s = strings[locale];
  const body =
    target === undefined
      ? [textBlock(s.notLinked)]
      : [
          plainText([
            run(s.unlinked, { isSubtle: true }),
            run(targetName(target, s), { weight: 'bolder' }),
          ]),
          textBlock(s.unlinkedNote),
        ];
  return adaptiveCard(
    [textBlock(s.unlinkedTitle, { size: 'large', weight: 'bolder', style: 'heading' }), ...body],
    {
      fallbackText: s.fallback,
    },
  );
}
