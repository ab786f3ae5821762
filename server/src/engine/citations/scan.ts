/** Helpers shared by the parsers that read a cite outward from its anchor. */
import type { Citation, CitationKind, CitationParts } from './types';
import { isWhitespace } from '../text';

/** What a parser reads: the text, and where the previous citation ended (no lookback goes before it). */
export interface Scan {
  text: string;
  floor: number;
}

/** Masked markup and margin numbers can leave long runs of whitespace inside a cite; longer runs end it. */
const MAX_GAP = 200;

export function fold(text: string): string {
  // Most parts of a cite are already folded; testing is cheaper than replacing.
  return UNFOLDED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Whitespace that folding would change: a run, any but a plain space, or a space at either end. */
const UNFOLDED = /\s\s|[^\S ]|^ | $/;

const SPACE_BEFORE_CLOSE = / [,;)]/;

/**
 * The cite as a reader sees it: whitespace folded, and none left before a comma, semicolon or
 * closing parenthesis, where only masked markup can have put it (`<u>Stoba v. Saveology.com, LLC</u>, 2015 WL`).
 */
export function readerText(text: string): string {
  const folded = fold(text);
  return SPACE_BEFORE_CLOSE.test(folded) ? folded.replace(/ (?=[,;)])/g, '') : folded;
}

export function makeCitation(scan: Scan, kind: CitationKind, start: number, end: number, parts: CitationParts): Citation {
  return {
    kind,
    authority: kind !== 'record',
    span: { start, end },
    text: readerText(scan.text.slice(start, end)),
    parts: definedParts(parts),
  };
}

/** Parts without the keys that were not found, so a citation lists only what it has. */
function definedParts(parts: CitationParts): CitationParts {
  const defined: CitationParts = {};
  for (const key in parts) {
    const value = parts[key as keyof CitationParts];
    if (value !== undefined) defined[key as keyof CitationParts] = value;
  }
  return defined;
}

/** Runs a sticky regex at `position`. */
export function execAt(regex: RegExp, text: string, position: number): RegExpExecArray | null {
  regex.lastIndex = position;
  return regex.exec(text);
}

/** The end of a sticky match from `execAt`. */
export function matchEnd(match: RegExpExecArray): number {
  return match.index + match[0].length;
}

/** Moves back from `position` over whitespace, at most MAX_GAP characters and never before `floor`. */
export function skipSpaceBack(text: string, position: number, floor: number): number {
  let at = position;
  while (at > floor && position - at < MAX_GAP && isWhitespace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Characters that, right before a number, show it is part of something else (`1,500`, `3.5`, `$20`, `§ 12`). */
const NOT_A_VOLUME_BEFORE = /[A-Za-z0-9.,$:/\-–§¶'’*]/;

/**
 * The number (a volume or a title) written before `position` with whitespace between: `508` before
 * ` U.S.`. At most `maxDigits` digits, optionally followed by one capital (`8A`) when `letter` is set.
 */
export function numberBefore(
  scan: Scan,
  position: number,
  maxDigits: number,
  letter = false,
): { start: number; value: string } | undefined {
  const { text, floor } = scan;
  const end = skipSpaceBack(text, position, floor);
  if (end === position) return undefined;
  let start = end;
  if (letter && start > floor && /[A-Z]/.test(text[start - 1])) start--;
  const digitsEnd = start;
  while (start > floor && digitsEnd - start <= maxDigits && /\d/.test(text[start - 1])) start--;
  const digits = digitsEnd - start;
  if (digits === 0 || digits > maxDigits) return undefined;
  if (start > floor && NOT_A_VOLUME_BEFORE.test(text[start - 1])) return undefined;
  return { start, value: text.slice(start, end) };
}
