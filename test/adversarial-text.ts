import { buildBrief, EXAMPLES, type Form } from '../bench/briefs';

/**
 * Text that makes a backtracking pattern take minutes: long runs of what citations, headings, footnotes and the
 * surface forms (Markdown, pleading paper) are made of. A pattern that runs in linear time takes milliseconds on each;
 * the tests that use these bound each at LINEAR_TIME_BOUND_MS, and the engine's test also against an ordinary brief of
 * the same length (`npm run bench` reports that ratio).
 */
export const ADVERSARIAL_LENGTH = 100_000;
/** Generous on a slow, shared machine: the point is to catch a catastrophic pattern, not to time a good one. */
export const LINEAR_TIME_BOUND_MS = 2_000;

export const runOf = (unit: string): string => unit.repeat(Math.ceil(ADVERSARIAL_LENGTH / unit.length)).slice(0, ADVERSARIAL_LENGTH);

/** `before`, then a run of `unit`, then `after`: ADVERSARIAL_LENGTH characters in all. */
const enclosed = (before: string, unit: string, after: string): string =>
  before + runOf(unit).slice(0, ADVERSARIAL_LENGTH - before.length - after.length) + after;

/** Lines on pleading paper: margin numbers 1 to 28 down the left, again and again. */
const marginNumbered = (line: string): string => {
  let text = '';
  for (let i = 0; text.length < ADVERSARIAL_LENGTH; i++) text += `${(i % 28) + 1}\t${line}\n`;
  return text.slice(0, ADVERSARIAL_LENGTH);
};

/**
 * Runs that every reader of text (the engine, the citation recognizer, the grammar) must get through in linear time.
 * Runs with line breaks are documents rather than lines: the grammar, which an editor feeds one line at a time,
 * tokenizes only the others (see LINE_RUNS).
 */
export const ADVERSARIAL_RUNS: Readonly<Record<string, string>> = {
  digits: runOf('1'),
  dots: runOf('.'),
  spaces: runOf(' '),
  'v. ': runOf('v. '),
  'v.': runOf('v.'),
  '§ ': runOf('§ '),
  'Id. ': runOf('Id. '),
  'Id. at ': runOf('Id. at '),
  '(': runOf('('),
  ')': runOf(')'),
  'nested parentheses': `${'('.repeat(ADVERSARIAL_LENGTH / 2)}${')'.repeat(ADVERSARIAL_LENGTH / 2)}`,
  'capitalised words': runOf('Smith '),
  'capitalised abbreviations': runOf('Inc. '),
  'ALL-CAPS words': runOf('MEMORANDUM OF POINTS AND AUTHORITIES '),
  'a name with no end': runOf('Smith v. Jones, '),
  'volumes before reporters': runOf('1 U.S. '),
  'parallel cites': runOf('1 U.S. 1, '),
  'pins that never end': `1 U.S. 1${runOf(', 1')}`,
  'open parentheticals': runOf('1 U.S. 1 ('),
  'sections that never end': `28 U.S.C. § 1${runOf(', 1')}`,
  'rules that never end': `Rule 1${runOf(' and 1')}`,
  'supra after names': runOf('Smith, supra, '),
  'declarations': runOf('Smith Decl. '),
  'docket cites': runOf('Doc. No. 1 at '),
  'digits and dots': runOf('1.'),
  'string cites': runOf('See Smith v. Jones, 1 F.3d 1, 2 (9th Cir. 1990); '),
  'request phrases': runOf('asks the court to '),
  tabs: runOf('\t'),
  'NUL characters': runOf('\u0000'),
  'hash marks': runOf('#'),
  'a heading of spaces': enclosed('# ', ' ', 'x'),
  asterisks: runOf('*'),
  underscores: runOf('_'),
  'emphasis marks': runOf('*_'),
  '<u> tags': runOf('<u>'),
  'underlined names': runOf('<u>Smith</u> v. '),
  'open comments': runOf('<!--'),
  'a disable comment full of spaces': enclosed('<!-- brieflint-disable x', ' ', 'y -->'),
  'footnote calls': runOf('[^1]'),
  'footnote definitions': runOf('[^1]: '),
  'CRLF line breaks': runOf('\r\n'),
  'hyphens at line ends': runOf('a-\n'),
  'dot leaders': runOf('. . . . 5\n'),
  'headings': runOf('ARGUMENT\n\nI. A\n\n'),
  'ALL-CAPS lines': runOf('STATEMENT OF FACTS\n'),
  'margin numbers': marginNumbered('x'),
  'margin numbers alone': runOf('1\t\n'),
  'front matter that never closes': enclosed('---\n', 'kind: reply\n', ''),
};

/** The runs that are one line, as an editor's grammar sees text. */
export const LINE_RUNS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ADVERSARIAL_RUNS).filter(([, text]) => !/[\r\n]/.test(text)),
);

/** An ordinary brief of exactly `length` characters in a form, built from the examples as the benchmark builds its briefs. */
export function ordinaryBrief(form: Form, length = ADVERSARIAL_LENGTH): string {
  return buildBrief(form, length).slice(0, length);
}

/** The file name each form of brief is analysed under (`brief.txt` for pleading paper, `brief.md` for Markdown). */
export function fileNameOf(form: Form): string {
  return EXAMPLES[form].file;
}
