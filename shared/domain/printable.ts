// What a typed text may hold before it is kept and printed on a talon, a letter or an envelope
// (§15, §16, §23). Names and addresses are printed as typed; a character that does not print as
// itself changes what the paper says or breaks it:
//   - C0/C1 control characters (NUL, BEL, ESC…): NUL cuts a string short in some C libraries
//     and printer drivers, ESC starts a printer command, none has a glyph in PT Sans;
//   - bidi embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
//     U+200F, U+061C): U+202E prints "Қасымова" as "авомысаҚ" on the talon while the database
//     and the search still hold the right letters (the "Trojan Source" trick, CVE-2021-42574);
//   - lone UTF-16 surrogates: not a character at all; SQLite and the PDF writer turn them into
//     U+FFFD or garbage, so what is printed is not what was typed;
//   - U+2028/U+2029 (line and paragraph separators), U+FEFF (a BOM inside a word) and the
//     noncharacters U+FFFE/U+FFFF.
// A field of several lines (a complaint's summary, an answer) may hold line breaks and tabs;
// a one-line field (a name, an address) may not.

export type PrintableProblem = 'control' | 'bidi' | 'surrogate' | 'line_break';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/u;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const LINE_BREAK = /[\t\n\r]/u;
/** With the u flag a pair is one code point above U+FFFF: only a lone half matches. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Why a text cannot be kept and printed as typed, or null when it can. */
export function printableProblem(text: string, multiline = false): PrintableProblem | null {
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  if (CONTROL.test(text)) return 'control';
  if (BIDI.test(text)) return 'bidi';
  if (!multiline && LINE_BREAK.test(text)) return 'line_break';
  return null;
}
