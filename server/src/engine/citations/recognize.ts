/**
 * The citation recognizer. One global scan finds the anchors (reporters, codes, `§`, `Id.`, `Doc.`…);
 * each cite is then read outward from its anchor with sticky regexes and bounded lookbacks, so the
 * whole pass is linear in the length of the text.
 */
import { scanAnchors } from './anchors';
import type { Anchor, AnchorHit } from './anchors';
import { parseCase } from './cases';
import { parseRecord } from './record';
import { parseBareRule, parseRuleSet } from './rules';
import type { Scan } from './scan';
import { parseJournal, parseRestatement, parseTreatise } from './secondary';
import { parseId, parseSupra } from './shortForms';
import { signalBefore } from './signals';
import { parseBareSection, parseCode, parseConstitution } from './statutes';
import type { Citation } from './types';

type Parsers = {
  [T in Anchor['type']]: (scan: Scan, hit: AnchorHit<Anchor & { type: T }>) => Citation | undefined;
};

const PARSERS: Parsers = {
  reporter: parseCase,
  code: parseCode,
  rules: parseRuleSet,
  'bare-rule': parseBareRule,
  constitution: parseConstitution,
  journal: parseJournal,
  treatise: parseTreatise,
  restatement: parseRestatement,
  id: parseId,
  supra: parseSupra,
  section: parseBareSection,
  record: parseRecord,
};

function parse<T extends Anchor['type']>(scan: Scan, hit: AnchorHit<Anchor & { type: T }>): Citation | undefined {
  const parser: Parsers[T] = PARSERS[hit.anchor.type as T];
  return parser(scan, hit);
}

/**
 * Every citation in a brief's cleaned text (noise masked by spaces, offsets those of the file),
 * sorted by start; spans never overlap. A cite nested in an explanatory parenthetical is found on
 * its own, after the cite it explains.
 */
export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  const scan: Scan = { text, floor: 0 };
  const anchors = scanAnchors(text);
  for (let next = anchors.next(); !next.done; ) {
    const citation = parse(scan, next.value);
    if (!citation) {
      next = anchors.next();
      continue;
    }
    const signal = signalBefore(text, citation.span.start, scan.floor);
    citations.push(signal ? { ...citation, signal } : citation);
    scan.floor = citation.span.end;
    next = anchors.next(citation.span.end);
  }
  return citations;
}
