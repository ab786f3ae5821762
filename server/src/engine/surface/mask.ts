import type { SurfaceForm } from '../brief';
import { isWhitespace, type Span } from '../text';

/**
 * Noise is hidden behind spaces of the same length, as eyecite hides markup, so that every offset
 * found in the cleaned text is also an offset in the file. Line breaks are never hidden.
 */
export class Mask {
  /** The source's code units, blanked in place as spans are hidden; made on the first hide. */
  private units: Uint8Array | Uint16Array | undefined;
  private buffer: Buffer | undefined;
  private encoding: 'latin1' | 'utf16le' = 'latin1';
  /** The last text applied, until the next hide. */
  private applied: string | undefined;

  constructor(private readonly source: string) {}

  hide(span: Span): void {
    if (span.end <= span.start) return;
    const units = this.units ?? this.copySource();
    for (let i = Math.max(0, span.start), end = Math.min(span.end, units.length); i < end; i++) {
      const code = units[i];
      if (code !== LINE_FEED && code !== CARRIAGE_RETURN) units[i] = SPACE;
    }
    this.applied = undefined;
  }

  /** The source with every hidden span blanked. */
  apply(): string {
    if (this.buffer === undefined) return this.source;
    this.applied ??= this.buffer.toString(this.encoding);
    return this.applied;
  }

  /**
   * Blanking code units in one buffer and decoding it once is linear; slicing and joining strings per span was not cheap.
   * Text with no character above U+00FF stays one byte a character, which every later regular expression reads faster.
   */
  private copySource(): Uint8Array | Uint16Array {
    const length = this.source.length;
    this.encoding = WIDE_CHARACTER.test(this.source) ? 'utf16le' : 'latin1';
    const buffer = Buffer.alloc(this.encoding === 'latin1' ? length : length * 2);
    buffer.write(this.source, this.encoding);
    this.buffer = buffer;
    this.units = this.encoding === 'latin1' ? buffer : new Uint16Array(buffer.buffer, buffer.byteOffset, length);
    return this.units;
  }
}

const WIDE_CHARACTER = /[^\u0000-\u00ff]/;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character, before the line break. */
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

/** A margin number: up to 2 digits and a tab at the start of a line, as on pleading paper. */
const MARGIN_NUMBER = /^[ ]{0,3}(\d{1,2})\t/;

/** Pleading paper numbers its lines from 1 down the margin; five numbered lines in order are enough to tell. */
export function detectSurfaceForm(path: string, source: string, lines: readonly Line[]): SurfaceForm {
  if (/\.(?:md|markdown)$/i.test(path)) return 'markdown';
  let expected = 1;
  for (const line of lines) {
    const match = MARGIN_NUMBER.exec(source.slice(line.start, Math.min(line.end, line.start + 8)));
    if (match && Number(match[1]) === expected) {
      expected++;
      if (expected > 5) return 'pleading';
    }
  }
  return 'plain';
}

/** Hides pleading-paper margin numbers. */
export function maskMarginNumbers(mask: Mask, source: string, lines: readonly Line[]): void {
  for (const line of lines) {
    const match = MARGIN_NUMBER.exec(source.slice(line.start, Math.min(line.end, line.start + 8)));
    if (match) mask.hide({ start: line.start, end: line.start + match[0].length - 1 });
  }
}

/** Underline, italic and bold tags left by conversion from Word or PDF split case names (as in the order itself). */
const INLINE_TAG = /<\/?(?:u|i|b|em|strong|span)>/gi;

export function maskInlineTags(mask: Mask, source: string): void {
  for (const match of source.matchAll(INLINE_TAG)) mask.hide({ start: match.index, end: match.index + match[0].length });
}

/** Markdown emphasis marks around case names; `*` before a digit is a Westlaw star page (`at *2`) and stays. */
export function maskEmphasis(mask: Mask, source: string): void {
  for (const match of source.matchAll(/[*_]/g)) {
    const i = match.index;
    const hidden = match[0] === '*'
      ? !isDigit(source.charCodeAt(i + 1))
      : !isWordChar(source.charCodeAt(i - 1)) || !isWordChar(source.charCodeAt(i + 1));
    if (hidden) mask.hide({ start: i, end: i + 1 });
  }
}

/** HTML comments in Markdown; returns their spans and texts so that `brieflint-disable` comments can be read. */
export function maskHtmlComments(mask: Mask, source: string): { span: Span; body: string }[] {
  const comments: { span: Span; body: string }[] = [];
  for (let open = source.indexOf('<!--'); open !== -1; open = source.indexOf('<!--', open + 4)) {
    const close = source.indexOf('-->', open + 4);
    const end = close === -1 ? source.length : close + 3;
    comments.push({ span: { start: open, end }, body: source.slice(open + 4, close === -1 ? source.length : close) });
    mask.hide({ start: open, end });
    if (close === -1) break;
    open = end - 4;
  }
  return comments;
}

/**
 * Running headers and footers and page numbers from converted PDFs: a line that is only a page number
 * (`12`, `- 12 -`, `Page 3 of 9`), an ECF stamp (`Case 3:16-cv-01283-JM-MDD Document 89 Filed …`),
 * or a short line repeated identically on three or more pages. Returns the starts of the lines it hid: a page break
 * inside a paragraph does not end the paragraph.
 */
export function maskPageFurniture(mask: Mask, text: string, lines: readonly Line[]): Set<number> {
  const masked = new Set<number>();
  // Only a line that could be furniture is sliced and counted: most lines of prose are rejected by their characters.
  const candidates = lines.map((line) => furnitureCandidate(text, line));
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    if (candidate?.mayRepeat) counts.set(candidate.content, (counts.get(candidate.content) ?? 0) + 1);
  }
  lines.forEach((line, i) => {
    const candidate = candidates[i];
    if (candidate === undefined) return;
    const { content } = candidate;
    if (isPageNumber(content) || isEcfStamp(content) || (candidate.mayRepeat && isRunningLine(content, counts.get(content) ?? 0))) {
      mask.hide(line);
      masked.add(line.start);
    }
  });
  return masked;
}

const LONGEST_PAGE_NUMBER = 'Page 9999 of 9999'.length;

/** The trimmed line, if it could be a page number, an ECF stamp or a running line; whether it could repeat as one. */
function furnitureCandidate(text: string, line: Line): { content: string; mayRepeat: boolean } | undefined {
  let start = line.start;
  let end = line.end;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  const length = end - start;
  if (length === 0) return undefined;
  const first = text.charCodeAt(start);
  const mayBePageNumber = length <= LONGEST_PAGE_NUMBER && (isDigit(first) || first === 45 /* - */ || first === 80 /* P */ || first === 112 /* p */);
  const mayBeEcfStamp = first === 67 /* C */ || first === 99 /* c */;
  const mayRepeat = length >= 3 && length <= 100 && (hasDigit(text, start, end) || (length > 20 && !hasAsciiLowercase(text, start, end)));
  return mayBePageNumber || mayBeEcfStamp || mayRepeat ? { content: text.slice(start, end), mayRepeat } : undefined;
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

function hasAsciiLowercase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

function isPageNumber(line: string): boolean {
  return /^(?:-\s?)?\d{1,4}(?:\s?-)?$/.test(line) || /^Page \d{1,4}(?: of \d{1,4})?$/i.test(line) || /^\d{1,4} of \d{1,4}$/.test(line);
}

function isEcfStamp(line: string): boolean {
  return /^Case \d{1,2}:\d{2}-[a-z]{2}-\d{3,6}\S* +Document \d/i.test(line);
}

/** A repeated line that names a page or the case (has a digit) or is a running title in capitals; never an enumerated heading. */
function isRunningLine(line: string, count: number): boolean {
  if (count < 3 || line.length > 100) return false;
  if (/^(?:[IVXLC]{1,7}|[A-Z]|\d{1,3})\.\s/.test(line)) return false;
  return /\d/.test(line) || (line === line.toUpperCase() && /[A-Z]{3}/.test(line) && line.length > 20);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordChar(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
