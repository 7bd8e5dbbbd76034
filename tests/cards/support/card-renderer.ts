import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import type * as AC from 'adaptivecards';

/**
 * Renders cards with the real `adaptivecards` renderer (its UMD bundle; `lib/` does not load in
 * Node) under jsdom. jsdom lacks `innerText`, which the renderer sets: it is mapped to
 * `textContent`. Markdown goes through markdown-it with raw HTML and bare-URL links switched on,
 * a stricter host than Teams, so any text a card sends through markdown that could become a
 * link or markup does so here and a test can see it.
 */

export type ExecutedAction = { readonly verb: string; readonly data: Record<string, unknown> };

export type RenderedCard = {
  readonly element: HTMLElement;
  /** All visible text of the rendered card. */
  readonly text: string;
  /** Problems the renderer found while parsing or validating the card. */
  readonly problems: readonly string[];
  /** Input ids in document order. */
  readonly inputIds: readonly string[];
  inputValue(id: string): string | undefined;
  setInput(id: string, value: string): void;
  /** Action button titles, card-level and in ActionSets. */
  readonly actionTitles: readonly string[];
  /** Clicks the button with this title and returns what the host received. */
  click(title: string): ExecutedAction;
};

type AdaptiveCardsModule = typeof AC;

let loaded: { ac: AdaptiveCardsModule; dom: JSDOM } | undefined;

function installDom(): JSDOM {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    pretendToBeVisual: true,
    url: 'https://localhost/',
  });
  const win = dom.window as unknown as Record<string, unknown>;
  Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent;
    },
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    },
  });
  const globals = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in globals) continue;
    Object.defineProperty(globals, key, { configurable: true, writable: true, value: win[key] });
  }
  globals.window = dom.window;
  globals.document = dom.window.document;
  return dom;
}

function load(): { ac: AdaptiveCardsModule; dom: JSDOM } {
  if (loaded !== undefined) return loaded;
  const dom = installDom();
  const require = createRequire(import.meta.url);
  const ac = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;
  const markdown = new MarkdownIt({ html: true, linkify: true });
  ac.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdown.render(text);
    result.didProcess = true;
  };
  loaded = { ac, dom };
  return loaded;
}

export function renderCard(json: object): RenderedCard {
  const { ac, dom } = load();
  const card = new ac.AdaptiveCard();
  const context = new ac.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  const executed: ExecutedAction[] = [];
  card.onExecuteAction = (action) => {
    if (action instanceof ac.ExecuteAction) {
      executed.push({
        verb: action.verb ?? '',
        data: (action.data ?? {}) as Record<string, unknown>,
      });
    } else {
      executed.push({ verb: `${action.getJsonTypeName()}`, data: {} });
    }
  };
  const element = card.render();
  if (element === undefined) throw new Error('The renderer produced no element.');
  dom.window.document.body.replaceChildren(element);
  return describeRendered(card, element, executed, problems);
}

function inputOf(card: AC.AdaptiveCard, id: string): AC.Input {
  const input = card.getAllInputs().find((i) => i.id === id);
  if (input === undefined) throw new Error(`No input with id ${id}.`);
  return input;
}

function describeRendered(
  card: AC.AdaptiveCard,
  element: HTMLElement,
  executed: ExecutedAction[],
  problems: readonly string[],
): RenderedCard {
  const buttons = (): HTMLButtonElement[] => Array.from(element.querySelectorAll('button'));
  return {
    element,
    text: element.textContent ?? '',
    problems,
    inputIds: card.getAllInputs().map((i) => i.id ?? ''),
    inputValue: (id) => inputOf(card, id).value as string | undefined,
    setInput: (id, value) => setInputValue(inputOf(card, id), value),
    actionTitles: buttons().map((b) => (b.textContent ?? '').trim()),
    click(title) {
      const button = buttons().find((b) => (b.textContent ?? '').trim() === title);
      if (button === undefined) throw new Error(`No button titled ${title}.`);
      const before = executed.length;
      button.click();
      const action = executed[before];
      if (action === undefined) throw new Error(`Clicking ${title} executed nothing.`);
      return action;
    },
  };
}

function setInputValue(input: AC.Input, value: string): void {
  // The rendered control is protected in the typings; the renderer exposes it at run time.
  const control = (input as unknown as { renderedInputControlElement?: HTMLElement })
    .renderedInputControlElement;
  if (control === undefined) throw new Error(`Input ${input.id ?? ''} is not rendered.`);
  const select = control.querySelector('select') ?? (control.tagName === 'SELECT' ? control : null);
  if (select instanceof load().dom.window.HTMLSelectElement) {
    select.value = value;
    select.dispatchEvent(new (load().dom.window.Event)('change', { bubbles: true }));
    return;
  }
  const field = control as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new (load().dom.window.Event)('input', { bubbles: true }));
}
