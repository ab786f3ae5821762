/** Court rules: `Fed. R. Civ. P. 72(a)`, `Local Rule 7.1(d)(1)`, and the bare `Rule 26(c)` briefs write. */
import { RULE_SET_ENTRIES, StickyAnchors } from './anchors';
import type { Anchor, AnchorHit } from './anchors';
import { buildAnchorTable, RULE_LIST, sticky } from './patterns';
import { execAt, fold, makeCitation, matchEnd } from './scan';
import type { Scan } from './scan';
import type { Citation } from './types';

const RULE_SET_AT = new StickyAnchors(buildAnchorTable(RULE_SET_ENTRIES));

/** After a rule set: `72(a)`, `26 and 37`, `, rule 8.204` (California's `Cal. Rules of Court, rule 8.204`). */
const NUMBERS_AFTER_SET = sticky(String.raw`(?:\s*,)?\s*(?:[Rr]ules?\s+)?(?<numbers>${RULE_LIST})`);

/** After `Rule`: the numbers, then perhaps the set named after them (`Rule 26(c), Fed. R. Civ. P.`). */
const NUMBERS_AFTER_RULE = sticky(String.raw`\s+(?<numbers>${RULE_LIST})(?<joint>\s*,\s*|\s+of\s+the\s+)?`);

/** A rule set followed by a number is a cite of its own, not the name of the rule before it. */
const NUMBER_NEXT = sticky(String.raw`\s*\d`);

export function parseRuleSet(scan: Scan, hit: AnchorHit<Anchor & { type: 'rules' }>): Citation | undefined {
  const match = execAt(NUMBERS_AFTER_SET, scan.text, hit.end);
  if (!match?.groups) return undefined;
  return makeCitation(scan, 'rule', hit.start, matchEnd(match), {
    code: hit.anchor.rules.abbreviation,
    section: fold(match.groups.numbers),
  });
}

export function parseBareRule(scan: Scan, hit: AnchorHit<Anchor & { type: 'bare-rule' }>): Citation | undefined {
  const match = execAt(NUMBERS_AFTER_RULE, scan.text, hit.end);
  if (!match?.groups) return undefined;
  const section = fold(match.groups.numbers);
  const numbersEnd = match.index + match[0].length - (match.groups.joint?.length ?? 0);
  const set = match.groups.joint !== undefined ? RULE_SET_AT.at(scan.text, matchEnd(match)) : undefined;
  if (set && !execAt(NUMBER_NEXT, scan.text, set.end)) {
    return makeCitation(scan, 'rule', hit.start, set.end, { code: set.anchor.rules.abbreviation, section });
  }
  return makeCitation(scan, 'rule', hit.start, numbersEnd, { section });
}
