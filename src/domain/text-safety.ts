/**
 * What free text must be before it is stored, whatever its field: well-formed Unicode and free of
 * bidirectional controls.
 *
 * - **Well-formed.** A JavaScript string may hold a lone UTF-16 surrogate (half of an emoji, cut
 *   by a faulty client or a truncation). It cannot be encoded as UTF-8, so SharePoint, JSON
 *   readers and the Word report would each replace or choke on it differently.
 * - **No bidirectional controls.** Unicode's `Bidi_Control` property (PropList.txt) lists the
 *   characters that steer the bidirectional algorithm: U+061C ARABIC LETTER MARK, U+200E/U+200F
 *   LEFT-TO-RIGHT / RIGHT-TO-LEFT MARK, U+202A–U+202E (embeddings, overrides and their POP) and
 *   U+2066–U+2069 (isolates). They are invisible, and an override shows text reversed (a comment
 *   reading as something else than was stored: the "Trojan Source" trick). Right-to-left scripts
 *   (Arabic, Hebrew) need none of them to show correctly, so all twelve are refused, the two marks
 *   included: a text pasted with one gets a clear message instead.
 */

export type TextProblem = 'malformed' | 'bidiControl';

/** The Bidi_Control characters, in code point order. */
export const bidiControls: readonly string[] = [
  '\u061C',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];

// With the u flag a lone surrogate is a code point of its own, of category Cs; a pair is not.
const loneSurrogate = /\p{Cs}/u;
const bidiControl = /\p{Bidi_Control}/u;

/** The first problem of a text, or undefined when it may be stored. */
export function findTextProblem(text: string): TextProblem | undefined {
  if (loneSurrogate.test(text)) return 'malformed';
  if (bidiControl.test(text)) return 'bidiControl';
  return undefined;
}

/** Messages for a field, given its label (`Kommentar` / `Comment`). */
export function textProblemMessages(
  problem: TextProblem,
  label: { readonly sv: string; readonly en: string },
): { readonly message: string; readonly messageEn: string } {
  switch (problem) {
    case 'malformed':
      return {
        message: `${label.sv} innehåller ett trasigt tecken (t.ex. en halv emoji). Skriv om texten och försök igen.`,
        messageEn: `${label.en} contains a broken character (e.g. half an emoji). Retype the text and try again.`,
      };
    case 'bidiControl':
      return {
        message: `${label.sv} innehåller osynliga tecken som ändrar skrivriktningen. Ta bort dem och försök igen.`,
        messageEn: `${label.en} contains invisible characters that change the writing direction. Remove them and try again.`,
      };
  }
}

type Path = (string | number)[];

/**
 * Every string in a whole structure (an imported plan) that may not be stored, with its path and
 * a message: the import refuses such data the way a form refuses the field.
 */
export function textProblemsIn(value: unknown, path: Path = []): [Path, string][] {
  if (typeof value === 'string') {
    const problem = findTextProblem(value);
    if (!problem) return [];
    return [[path, textProblemMessages(problem, { sv: 'Texten', en: 'The text' }).message]];
  }
  if (Array.isArray(value))
    return value.flatMap((v: unknown, i) => textProblemsIn(v, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => textProblemsIn(v, [...path, k]));
  }
  return [];
}
