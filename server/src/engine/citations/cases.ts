/** Case cites, full and short, read outward from a reporter anchor. */
import { REPORTER_ENTRIES, StickyAnchors } from './anchors';
import type { Anchor, AnchorHit } from './anchors';
import { caseNameBefore, commaBefore, shortNameBefore } from './names';
import type { NameSpan } from './names';
import { buildAnchorTable, PIN, sticky, YEAR } from './patterns';
import type { Reporter } from './reporters';
import { execAt, fold, makeCitation, matchEnd, numberBefore, skipSpaceBack } from './scan';
import type { Scan } from './scan';
import type { Citation } from './types';

const REPORTER_AT = new StickyAnchors(buildAnchorTable(REPORTER_ENTRIES));

/** Volumes have at most four digits (a Westlaw or Lexis "volume" is a year). */
const MAX_VOLUME_DIGITS = 4;
const MAX_PINS = 6;
const MAX_PARALLELS = 4;

/** `508 U.S. at 623`, `508 U.S., at 623`. */
const SHORT_PIN = sticky(String.raw`,?\s+at\s+(${PIN})`);
/** The first page, a Westlaw or Lexis document number, or the blank of a slip opinion (`___`). */
const PAGE = sticky(String.raw`\s+(\d{1,8}|_{2,10})(?![\dA-Za-z])`);
const PIN_AFTER = sticky(String.raw`\s*,\s*(at\s+)?(${PIN})`);
const PARALLEL_VOLUME = sticky(String.raw`\s*,\s*(\d{1,4})\s+`);
const SPACE = sticky(String.raw`\s+`);
const PARENTHETICAL = sticky(String.raw`\s*\(([^()]{1,200})\)`);

const YEAR_AT_END = new RegExp(String.raw`(?:^|\s)(${YEAR})$`);
const DATE_AT_END = /(?:^|\s)(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},$/;
const COURT_WORD = /^(?:[A-Z0-9][A-Za-z0-9.'’&]*|&)$/;

interface Dated {
  court?: string;
  year: string;
}

/** The court and year of a parenthetical like `(S.D. Cal. Dec. 11, 2007)` or `(1993)`; undefined for an explanatory one. */
function courtAndYear(inside: string): Dated | undefined {
  const folded = fold(inside);
  const year = YEAR_AT_END.exec(folded);
  if (!year) return undefined;
  const court = folded.slice(0, year.index).trim().replace(DATE_AT_END, '').trim();
  if (court === '') return { year: year[1] };
  return court.split(' ').every((word) => COURT_WORD.test(word)) ? { court, year: year[1] } : undefined;
}

interface Core {
  volumeStart: number;
  volume: string;
  reporter: Reporter;
  page?: string;
  /** The pin of a short form (`at 623`). */
  shortPin?: string;
  end: number;
}

function readCore(scan: Scan, volumeStart: number, volume: string, reporter: Reporter, reporterEnd: number): Core | undefined {
  const short = execAt(SHORT_PIN, scan.text, reporterEnd);
  if (short) return { volumeStart, volume, reporter, shortPin: short[1], end: matchEnd(short) };
  const page = execAt(PAGE, scan.text, reporterEnd);
  if (!page) return undefined;
  return { volumeStart, volume, reporter, page: page[1], end: matchEnd(page) };
}

/** Whether a reporter (a parallel cite) begins after whitespace at `position`. */
function reporterFollows(text: string, position: number): boolean {
  const space = execAt(SPACE, text, position);
  return space !== null && REPORTER_AT.at(text, matchEnd(space)) !== undefined;
}

/** Pins after the first page: `, 623`, `, at *2`, `, 623-25, 630`. A number that starts a parallel cite is not one. */
function readPins(text: string, from: number): { pins: string[]; end: number } {
  const pins: string[] = [];
  let end = from;
  while (pins.length < MAX_PINS) {
    const pin = execAt(PIN_AFTER, text, end);
    if (!pin || (pin[1] === undefined && reporterFollows(text, matchEnd(pin)))) break;
    pins.push(fold(pin[2]));
    end = matchEnd(pin);
  }
  return { pins, end };
}

/** Parallel cites after the first: `, 113 S. Ct. 2264, 124 L. Ed. 2d 539`. */
function readParallels(scan: Scan, from: number): number {
  let end = from;
  for (let count = 0; count < MAX_PARALLELS; count++) {
    const volume = execAt(PARALLEL_VOLUME, scan.text, end);
    if (!volume) break;
    const reporter = REPORTER_AT.at(scan.text, matchEnd(volume));
    if (!reporter) break;
    const core = readCore(scan, volume.index, volume[1], reporter.anchor.reporter, reporter.end);
    if (!core || core.page === undefined) break;
    end = readPins(scan.text, core.end).end;
  }
  return end;
}

/** How far before a volume the `(2004)` of a California-style cite may open. */
const MAX_LEADING_PARENTHETICAL = 80;

/**
 * The court and year written between the name and the volume, as California courts write cites
 * (`People v. Smith (2004) 34 Cal.4th 100`), with the position of its opening parenthesis.
 */
function parentheticalBefore(scan: Scan, volumeStart: number): { open: number; dated: Dated } | undefined {
  const close = skipSpaceBack(scan.text, volumeStart, scan.floor) - 1;
  if (close <= scan.floor || scan.text[close] !== ')') return undefined;
  for (let open = close - 1; open >= scan.floor && close - open <= MAX_LEADING_PARENTHETICAL; open--) {
    const char = scan.text[open];
    if (char === ')') return undefined;
    if (char === '(') {
      const dated = courtAndYear(scan.text.slice(open + 1, close));
      return dated && { open, dated };
    }
  }
  return undefined;
}

interface Named {
  name?: NameSpan;
  /** The court and year, when written before the volume. */
  dated?: Dated;
}

/**
 * The name before a volume: `Smith v. Jones, 1 F.3d`, `Concrete Pipe, 508 U.S.`, or, in a full cite
 * as California courts write it, `People v. Smith (2004) 34 Cal.4th`.
 */
function nameBefore(scan: Scan, volumeStart: number, fullCite: boolean): Named {
  const comma = commaBefore(scan.text, volumeStart, scan.floor);
  if (comma !== -1) return { name: shortNameBefore(scan.text, comma, scan.floor) };
  const leading = fullCite ? parentheticalBefore(scan, volumeStart) : undefined;
  const name = leading && caseNameBefore(scan.text, leading.open, scan.floor);
  return name ? { name, dated: leading.dated } : {};
}

export function parseCase(scan: Scan, hit: AnchorHit<Anchor & { type: 'reporter' }>): Citation | undefined {
  const { reporter } = hit.anchor;
  const volume = numberBefore(scan, hit.start, MAX_VOLUME_DIGITS);
  if (!volume) return undefined;
  const core = readCore(scan, volume.start, volume.value, reporter, hit.end);
  if (!core) return undefined;
  const parts = { volume: core.volume, reporter: reporter.abbreviation, court: reporter.court };

  if (core.shortPin !== undefined) {
    const { name } = nameBefore(scan, core.volumeStart, false);
    return makeCitation(scan, 'short-case', name?.start ?? core.volumeStart, core.end, {
      caseName: name?.name,
      ...parts,
      pin: core.shortPin,
    });
  }

  const pins = readPins(scan.text, core.end);
  const end = readParallels(scan, pins.end);
  const parenthetical = execAt(PARENTHETICAL, scan.text, end);
  const datedAfter = parenthetical ? courtAndYear(parenthetical[1]) : undefined;
  const { name, dated: datedBefore } = nameBefore(scan, core.volumeStart, true);
  const dated = datedAfter ?? datedBefore;
  // A Westlaw or Lexis cite without its court and date is the short form (`Guzman, 2014 WL 3407242, at *4`).
  const kind = reporter.database && !dated ? 'short-case' : 'case';
  return makeCitation(scan, kind, name?.start ?? core.volumeStart, datedAfter && parenthetical ? matchEnd(parenthetical) : end, {
    caseName: name?.name,
    ...parts,
    page: core.page,
    pin: pins.pins.length > 0 ? pins.pins.join(', ') : undefined,
    court: dated?.court ?? reporter.court,
    year: dated?.year,
  });
}
