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

const ALL_ANCHORS: AnchorTable<Anchor> = buildAnchorTable(allEntries());

const WORD_BEFORE = /[A-Za-z0-9_]/;

/**
 * Every anchor in `text`, left to right. `resumeAt` tells the scan where to go on after a hit
 * (past the cite read from it), so no anchor inside a cite is read twice.
 */
export function* scanAnchors(text: string): Generator<AnchorHit, void, number | undefined> {
  const scan = new RegExp(ALL_ANCHORS.source, 'g');
  for (let match = scan.exec(text); match !== null; match = scan.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    // An anchor must begin a word: `id.` in `valid.` is not one.
    if (start > 0 && WORD_BEFORE.test(text[start - 1])) {
      scan.lastIndex = start + 1;
      continue;
    }
    const anchor = ALL_ANCHORS.lookup.get(anchorKey(match[0]));
    if (anchor === undefined) throw new Error(`No anchor for "${match[0]}"`);
    const resumeAt = yield { start, end, anchor };
    scan.lastIndex = Math.max(end, resumeAt ?? end);
  }
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
