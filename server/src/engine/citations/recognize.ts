/**
 * The citation recognizer. One global scan finds the anchors (reporters, codes, `§`, `Id.`, `Doc.`…);
 * each cite is then read outward from its anchor with sticky regexes and bounded lookbacks, so the
 * whole pass is linear in the length of the text.
 */
import { AnchorScanner } from './anchors';
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
import { changedRange } from '../text';

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
 * How far a cite is read from its anchor: forward past the anchor's end, and back before its start. Longer than
 * any real cite, its name, its signal and the gaps masked markup leaves, so no real cite is cut. The bounds make
 * each cite depend only on the text near its anchor, which is what lets `rescanCitations` reuse the rest.
 */
const READ_AHEAD = 4096;
const READ_BEHIND = 1024;
/** The anchor scan itself reads a word and a character past an anchor; this covers it. */
const ANCHOR_SLACK = 64;

/** The citations of a text before `Id.` is resolved, with where each one's anchor ended. */
export interface CitationScan {
  citations: Citation[];
  anchorEnds: number[];
}

/**
 * Every citation in a brief's cleaned text (noise masked by spaces, offsets those of the file),
 * sorted by start; spans never overlap. A cite nested in an explanatory parenthetical is found on
 * its own, after the cite it explains.
 */
export function findCitations(text: string): Citation[] {
  return scanCitations(text).citations;
}

export function scanCitations(text: string): CitationScan {
  const scan: CitationScan = { citations: [], anchorEnds: [] };
  scanFrom(text, 0, scan);
  return scan;
}

/**
 * The citations of `text`, given those of `previousText`: the same as `scanCitations(text)`, but only the part
 * around what changed is read again. Cites whose reading ends before the change are kept; the scan restarts after
 * the last of them and stops once it ends a cite exactly where the old scan ended one, past the change — from
 * there both scans are in the same state over the same text, so the old cites follow, moved.
 */
export function rescanCitations(previous: CitationScan, previousText: string, text: string): CitationScan {
  const change = changedRange(previousText, text);
  if (change === undefined) return previous;
  const delta = change.newEnd - change.oldEnd;
  let kept = 0;
  while (kept < previous.citations.length && previous.anchorEnds[kept] + READ_AHEAD + ANCHOR_SLACK <= change.start) kept++;
  const scan: CitationScan = { citations: previous.citations.slice(0, kept), anchorEnds: previous.anchorEnds.slice(0, kept) };
  const oldIndexByEnd = new Map<number, number>();
  previous.citations.forEach((citation, index) => {
    if (citation.span.end > change.oldEnd + ANCHOR_SLACK) oldIndexByEnd.set(citation.span.end, index);
  });
  const inStep = (citation: Citation) => citation.span.end > change.newEnd + ANCHOR_SLACK && oldIndexByEnd.has(citation.span.end - delta);
  const restart = kept > 0 ? scan.citations[kept - 1].span.end : 0;
  const last = scanFrom(text, restart, scan, inStep);
  if (last === undefined) return scan;
  for (let index = (oldIndexByEnd.get(last.span.end - delta) as number) + 1; index < previous.citations.length; index++) {
    const citation = previous.citations[index];
    scan.citations.push({ ...citation, span: { start: citation.span.start + delta, end: citation.span.end + delta } });
    scan.anchorEnds.push(previous.anchorEnds[index] + delta);
  }
  return scan;
}

/** Scans from `floor` (the end of the last cite, or 0), adding to `scan`; returns the cite `stop` accepted, if any. */
function scanFrom(text: string, floor: number, scan: CitationScan, stop?: (citation: Citation) => boolean): Citation | undefined {
  const anchors = new AnchorScanner(text, floor);
  let hit = anchors.next();
  while (hit !== undefined) {
    const bounded: Scan = { text: text.slice(0, hit.end + READ_AHEAD), floor: Math.max(floor, hit.start - READ_BEHIND) };
    const citation = parse(bounded, hit);
    if (!citation) {
      hit = anchors.next();
      continue;
    }
    const signal = signalBefore(text, citation.span.start, bounded.floor);
    // The cite was made for this scan alone, so it takes its signal in place.
    if (signal) citation.signal = signal;
    scan.citations.push(citation);
    scan.anchorEnds.push(hit.end);
    if (stop?.(citation)) return citation;
    floor = citation.span.end;
    // On past the cite, so that no anchor inside it is read twice.
    hit = anchors.next(citation.span.end);
  }
  return undefined;
}
