/**
 * Text that makes a backtracking pattern take minutes: long runs of what citations are made of. A pattern that runs
 * in linear time takes milliseconds on each; the tests that use these bound each at LINEAR_TIME_BOUND_MS.
 */
export const ADVERSARIAL_LENGTH = 100_000;
/** Generous on a slow, shared machine: the point is to catch a catastrophic pattern, not to time a good one. */
export const LINEAR_TIME_BOUND_MS = 2_000;

export const runOf = (unit: string): string => unit.repeat(Math.ceil(ADVERSARIAL_LENGTH / unit.length)).slice(0, ADVERSARIAL_LENGTH);

/** Runs that every reader of citations (the recognizer, the grammar) must get through in linear time. */
export const ADVERSARIAL_RUNS: Readonly<Record<string, string>> = {
  digits: runOf('1'),
  dots: runOf('.'),
  spaces: runOf(' '),
  'v. ': runOf('v. '),
  '§ ': runOf('§ '),
  'Id. ': runOf('Id. '),
  '(': runOf('('),
  'capitalised words': runOf('Smith '),
  'capitalised abbreviations': runOf('Inc. '),
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
};
