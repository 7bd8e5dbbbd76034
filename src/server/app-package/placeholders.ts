import { fail, ok, type Result } from '../../app/result.js';

/** `${{NAME}}`, as the Microsoft 365 Agents Toolkit writes placeholders in the app package. */
const placeholderPattern = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export type EnvironmentValues = Readonly<Record<string, string>>;

/** Names that may be defined as an empty string (the production app has no name suffix). */
const mayBeEmpty: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);

/** Every placeholder name in the text, in order of first appearance. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((m) => m[1]!))];
}

function isResolved(name: string, values: EnvironmentValues): boolean {
  const value = values[name];
  return value !== undefined && (value !== '' || mayBeEmpty.has(name));
}

/**
 * Fills the placeholders of a JSON text. Values are escaped as JSON string content (the
 * placeholders stand inside JSON strings), so a quote or backslash in a value cannot break the
 * document. A name that is not defined, or defined empty, is refused with every such name listed.
 */
export function fillJsonPlaceholders(
  text: string,
  values: EnvironmentValues,
  file: string,
): Result<string, 'invalid'> {
  const missing = placeholderNames(text).filter((name) => !isResolved(name, values));
  if (missing.length > 0) {
    const fields = Object.fromEntries(missing.map((name) => [name, 'saknar värde i miljön.']));
    return fail(
      'invalid',
      `${file} har platshållare utan värde: ${missing.join(', ')}. Fyll i dem i env/.env.<miljö> eller som miljövariabler.`,
      { fields },
    );
  }
  return ok(
    text.replace(placeholderPattern, (_, name: string) =>
      JSON.stringify(values[name]).slice(1, -1),
    ),
  );
}
