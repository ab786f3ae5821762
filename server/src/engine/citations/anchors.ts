/**
 * The anchors: literal tokens that every citation contains (a reporter, a code, `§`, `Id.`, `Doc.`…).
 * findCitations finds them with one global scan, then reads each cite outward from its anchor.
 */
import { CODES, CONSTITUTION_JURISDICTIONS, JOURNALS, RECORD_WORDS, RULE_SETS, TREATISES } from './codes';
import type { Code, RecordForm, RuleSet } from './codes';
import { anchorKey, buildAnchorTable } from './patterns';
import type { AnchorEntry, AnchorTable } from './patterns';
import { REPORTERS } from './reporters';
import type { Reporter } from './reporters';

export type Anchor =
  | { type: 'reporter'; reporter: Reporter }
  | { type: 'code'; code: Code }
  | { type: 'rules'; rules: RuleSet }
  | { type: 'bare-rule' }
  | { type: 'constitution'; code: string }
  | { type: 'journal'; journal: string }
  | { type: 'treatise'; title: string }
  | { type: 'restatement' }
  | { type: 'id' }
  | { type: 'supra' }
  | { type: 'section' }
  | { type: 'record'; form: RecordForm; written: string };

/** An anchor found in the text. */
export interface AnchorHit<A extends Anchor = Anchor> {
  start: number;
  end: number;
  anchor: A;
}

function spellings<A extends Anchor>(anchor: A, canonical: string, variants: readonly string[] = []): AnchorEntry<A>[] {
  return [canonical, ...variants].map((written) => ({ written, anchor }));
}

export const REPORTER_ENTRIES: readonly AnchorEntry<Anchor & { type: 'reporter' }>[] = REPORTERS.flatMap((reporter) =>
  spellings({ type: 'reporter', reporter }, reporter.abbreviation, reporter.variants),
);

export const RULE_SET_ENTRIES: readonly AnchorEntry<Anchor & { type: 'rules' }>[] = RULE_SETS.flatMap((rules) =>
  spellings({ type: 'rules', rules }, rules.abbreviation, rules.variants),
);

function allEntries(): AnchorEntry<Anchor>[] {
  const single = (anchor: Anchor, ...written: string[]): AnchorEntry<Anchor>[] => written.map((w) => ({ written: w, anchor }));
  return [
    ...REPORTER_ENTRIES,
    ...RULE_SET_ENTRIES,
    ...CODES.flatMap((code) => spellings({ type: 'code', code }, code.abbreviation, code.variants)),
    ...CONSTITUTION_JURISDICTIONS.flatMap((jurisdiction) => {
      const code = `${jurisdiction} Const.`;
      return spellings({ type: 'constitution', code }, code);
    }),
    ...JOURNALS.flatMap((journal) => spellings({ type: 'journal', journal }, journal)),
    ...TREATISES.flatMap((treatise) => spellings({ type: 'treatise', title: treatise.title }, treatise.title, treatise.variants)),
    ...RECORD_WORDS.flatMap(({ written, form }) => single({ type: 'record', form, written }, written)),
    ...single({ type: 'restatement' }, 'Restatement'),
    ...single({ type: 'id' }, 'Id.', 'id.', 'Ibid.', 'ibid.'),
    ...single({ type: 'supra' }, 'supra'),
    ...single({ type: 'section' }, '§', '§§'),
    ...single({ type: 'bare-rule' }, 'Rule', 'Rules'),
  ];
}

/**
 * The anchors grouped by the word they start with (`F` for `F. Supp. 2d`, `9th` for `9th Cir. R.`, `§`): the scan
 * reads the text word by word and tries only the group of that word, instead of every spelling at every position.
 */
const ANCHOR_GROUPS: ReadonlyMap<string, { regex: RegExp; lookup: ReadonlyMap<string, Anchor> }> = groupByFirstWord(allEntries());
const WORDS = [...ANCHOR_GROUPS.keys()].filter((word) => word !== '§').sort((a, b) => b.length - a.length);
/**
 * The first words themselves, as whole words: a literal alternation the regex engine scans far faster than every word.
 * The lookahead of their first letters lets it pass over the many words that start with none of them at once.
 */
const FIRST_WORDS = new RegExp(`\\b(?=[${[...new Set(WORDS.map((word) => word[0]))].join('')}])(?:${WORDS.join('|')})\\b|§`, 'g');

function firstWord(written: string): string {
  return /^[A-Za-z0-9]+/.exec(written)?.[0] ?? written[0];
}

function groupByFirstWord(entries: readonly AnchorEntry<Anchor>[]) {
  const byWord = new Map<string, AnchorEntry<Anchor>[]>();
  for (const entry of entries) {
    const word = firstWord(entry.written);
    if (!/^(?:[A-Za-z0-9]+|§)$/.test(word)) throw new Error(`The anchor "${entry.written}" must start with a letter, a digit or §`);
    byWord.set(word, [...(byWord.get(word) ?? []), entry]);
  }
  return new Map([...byWord].map(([word, group]) => {
    const table = buildAnchorTable(group);
    return [word, { regex: new RegExp(`(?:${table.source})`, 'y'), lookup: table.lookup }];
  }));
}

/**
 * Every anchor in `text` from `from`, left to right. After a hit, `next` takes where to go on (past the cite read
 * from it), so no anchor inside a cite is read twice.
 */
export class AnchorScanner {
  private readonly words = new RegExp(FIRST_WORDS.source, 'g');

  constructor(private readonly text: string, from = 0) {
    this.words.lastIndex = from;
  }

  next(resumeAt?: number): AnchorHit | undefined {
    const { text, words } = this;
    if (resumeAt !== undefined) words.lastIndex = Math.max(words.lastIndex, resumeAt);
    for (let word = words.exec(text); word !== null; word = words.exec(text)) {
      const group = ANCHOR_GROUPS.get(word[0]);
      const start = word.index;
      // An anchor must begin a word: `id.` in `valid.` is not one (`\b` alone would let `_id.` through).
      if (group === undefined || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) continue;
      group.regex.lastIndex = start;
      const match = group.regex.exec(text);
      if (match === null) continue;
      const end = start + match[0].length;
      const anchor = group.lookup.get(anchorKey(match[0]));
      if (anchor === undefined) throw new Error(`No anchor for "${match[0]}"`);
      words.lastIndex = end;
      return { start, end, anchor };
    }
    return undefined;
  }
}

/** A letter, a digit or `_`, as `[A-Za-z0-9_]`. */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Reads an anchor of one table exactly at `position` (a parallel reporter, a rule set after `Rule 26,`). */
export class StickyAnchors<A> {
  private readonly regex: RegExp;

  constructor(private readonly table: AnchorTable<A>) {
    this.regex = new RegExp(`(?:${table.source})`, 'y');
  }

  at(text: string, position: number): { anchor: A; end: number } | undefined {
    this.regex.lastIndex = position;
    const match = this.regex.exec(text);
    if (!match) return undefined;
    const anchor = this.table.lookup.get(anchorKey(match[0]));
    return anchor === undefined ? undefined : { anchor, end: position + match[0].length };
  }
}
