import type { Translation } from './en.js';
import { sv } from './sv.js';

/**
 * The tab's translations: Swedish first, English second. A small store of our own instead of
 * i18next (which cost the first view about 18 KB gzip): dotted keys checked against sv.ts,
 * `{{name}}` interpolation, plurals by `count` (`key_one` / `key_other`, Intl.PluralRules), a
 * missing English string falls back to Swedish and a missing key shows the key. English is
 * loaded only when someone chooses it.
 */

export type Language = 'sv' | 'en';

export function languageOf(locale: string | undefined, fallback: Language = 'sv'): Language {
  if (!locale) return fallback;
  return locale.toLowerCase().startsWith('en')
    ? 'en'
    : locale.toLowerCase().startsWith('sv')
      ? 'sv'
      : fallback;
}

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type PluralBase<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : never;
type Leaf = Leaves<typeof sv>;

/** Every key in sv.ts, and the base of each plural pair (`overview.count` for `count_one`). */
type TranslationKey = Leaf | PluralBase<Leaf>;
type TranslationOptions = Readonly<Record<string, string | number>>;
export type TFunction = (key: TranslationKey, options?: TranslationOptions) => string;

export type I18n = {
  readonly language: Language;
  readonly t: TFunction;
  /** Switches language (loading English first when needed); unknown locales mean Swedish. */
  readonly changeLanguage: (locale: string) => Promise<void>;
  /** Called after every change of language; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
};

const loaders: Readonly<Record<Language, () => Promise<Translation>>> = {
  sv: () => Promise.resolve(sv),
  en: () => import('./en.js').then((m) => m.en),
};

type Tree = { readonly [key: string]: string | Tree };

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(text: string, options: TranslationOptions | undefined): string {
  if (!options) return text;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    name in options ? String(options[name]) : whole,
  );
}

function translator(language: Language, strings: Tree): TFunction {
  const plurals = new Intl.PluralRules(language === 'en' ? 'en-GB' : 'sv-SE');
  const find = (key: string) => lookup(strings, key) ?? lookup(sv, key);
  return (key, options) => {
    const count = options?.['count'];
    const plural = typeof count === 'number' ? find(`${key}_${plurals.select(count)}`) : undefined;
    const text =
      plural ?? find(key) ?? (typeof count === 'number' ? find(`${key}_other`) : undefined);
    return interpolate(text ?? key, options);
  };
}

/** A fresh instance (one per app or test), Swedish unless told otherwise. */
export function createI18n(language: Language = 'sv', preloaded?: Translation): I18n {
  const listeners = new Set<() => void>();
  const loaded = new Map<Language, Tree>([['sv', sv]]);
  if (preloaded) loaded.set('en', preloaded);
  let current: Language = 'sv';
  let t = translator('sv', sv);
  let wanted = 0;
  const instance: I18n = {
    get language() {
      return current;
    },
    get t() {
      return t;
    },
    changeLanguage: async (locale) => {
      const next = languageOf(locale);
      const ticket = (wanted += 1);
      if (!loaded.has(next)) loaded.set(next, await loaders[next]());
      if (ticket !== wanted || next === current) return;
      current = next;
      t = translator(next, loaded.get(next)!);
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  if (language !== 'sv') {
    if (preloaded) {
      current = language;
      t = translator(language, preloaded);
    } else void instance.changeLanguage(language);
  }
  return instance;
}
