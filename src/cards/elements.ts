/**
 * The part of Adaptive Cards 1.5 these cards use, as plain JSON types and small builders.
 *
 * Text rule: anything that comes from data (titles, names, comments, dates) goes into a
 * `TextRun` via `plainText`. The schema says of TextRun "Markdown is not supported", so it is
 * shown verbatim on every client; backslash escapes in a TextBlock are not (Teams on Android and
 * iOS show the backslashes). `TextBlock` carries only this module's own fixed wording.
 *
 * Cards set no `lang`: the adaptivecards 3.0.6 renderer checks it with a global regex whose
 * `lastIndex` carries over, so every second card is reported as invalid.
 */

export type TextColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
type TextSize = 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export type TextRun = {
  readonly type: 'TextRun';
  readonly text: string;
  readonly weight?: 'bolder';
  readonly size?: TextSize;
  readonly color?: TextColor;
  readonly isSubtle?: boolean;
  readonly italic?: boolean;
};

type Layout = { readonly spacing?: Spacing; readonly separator?: boolean };

export type TextBlock = Layout & {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap: true;
  readonly weight?: 'bolder';
  readonly size?: TextSize;
  readonly color?: TextColor;
  readonly isSubtle?: boolean;
  readonly style?: 'heading';
};

/** A run without styling may be written as a plain string (the schema's shorthand). */
export type Inline = TextRun | string;

export type RichTextBlock = Layout & {
  readonly type: 'RichTextBlock';
  readonly inlines: Inline[];
};

export type Choice = { readonly title: string; readonly value: string };

export type InputText = Layout & {
  readonly type: 'Input.Text';
  readonly id: string;
  readonly label: string;
  readonly isMultiline: boolean;
  readonly maxLength: number;
  readonly placeholder?: string;
  readonly value?: string;
};

export type InputChoiceSet = Layout & {
  readonly type: 'Input.ChoiceSet';
  readonly id: string;
  readonly label: string;
  readonly style: 'compact';
  readonly choices: Choice[];
  readonly placeholder?: string;
  readonly value?: string;
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
};

/**
 * A number typed as text, checked on the client by `regex` (with `errorMessage`). Not an
 * Input.Number: the web client's `<input type=number>` makes a decimal comma (`12,5`) no value at
 * all, and the value is left out of the action's data without a word.
 */
export type InputNumberText = Layout & {
  readonly type: 'Input.Text';
  readonly id: string;
  readonly label: string;
  readonly maxLength: number;
  readonly regex: string;
  readonly errorMessage: string;
  readonly placeholder: string;
  readonly value?: string;
};

export type ExecuteAction = {
  readonly type: 'Action.Execute';
  readonly title: string;
  readonly verb: string;
  readonly data: Record<string, unknown>;
  readonly style?: 'positive';
};

export type OpenUrlAction = {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
};

export type CardAction = ExecuteAction | OpenUrlAction;

export type Container = Layout & {
  readonly type: 'Container';
  readonly items: CardElement[];
  readonly style?: ContainerStyle;
};

export type CardElement =
  TextBlock | RichTextBlock | InputText | InputNumberText | InputChoiceSet | Container;

export type Refresh = { readonly action: ExecuteAction; readonly userIds?: string[] };

export type AdaptiveCard = {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: '1.5';
  readonly fallbackText?: string;
  readonly refresh?: Refresh;
  readonly body: CardElement[];
  readonly actions?: CardAction[];
};

export function textBlock(
  text: string,
  options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {},
): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

export function run(text: string, options?: Omit<TextRun, 'type' | 'text'>): Inline {
  return options === undefined ? text : { type: 'TextRun', text, ...options };
}

/** Text shown exactly as given, never read as markdown: one or more runs in a RichTextBlock. */
export function plainText(runs: Inline | Inline[], layout: Layout = {}): RichTextBlock {
  return { type: 'RichTextBlock', inlines: Array.isArray(runs) ? runs : [runs], ...layout };
}

export function container(
  items: CardElement[],
  options: Omit<Container, 'type' | 'items'> = {},
): Container {
  return { type: 'Container', items, ...options };
}

export function execute(
  title: string,
  verb: string,
  data: Record<string, unknown>,
  style?: 'positive',
): ExecuteAction {
  return { type: 'Action.Execute', title, verb, data, ...(style ? { style } : {}) };
}

export function openUrl(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function adaptiveCard(
  body: CardElement[],
  extra: Pick<AdaptiveCard, 'actions' | 'refresh' | 'fallbackText'> = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    ...extra,
    body,
  };
}
