import type { SurfaceForm } from '../brief';
import { isDigit, type Span } from '../text';

/**
 * Noise is hidden behind spaces of the same length, as eyecite hides markup, so that every offset
 * found in the cleaned text is also an offset in the file. Line breaks are never hidden.
 */
export class Mask {
  /** The source's code units, blanked in place as spans are hidden; made on the first hide. */
  private units: Uint8Array | Uint16Array | undefined;
  private buffer: Buffer | undefined;
  private encoding: 'latin1' | 'utf16le' = 'latin1';
  /** The last text applied, and the spans hidden since. */
  private applied: string | undefined;
  private hiddenSinceApplied: Span[] = [];

  constructor(private readonly source: string) {}

  hide(span: Span): void {
    this.hideRange(span.start, span.end);
  }

  /** As `hide`, for the callers that hide a span on every line and need not make an object of each. */
  hideRange(from: number, to: number): void {
    if (to <= from) return;
    const units = this.units ?? this.copySource();
    const start = Math.max(0, from);
    const end = Math.min(to, units.length);
    for (let i = start; i < end; i++) {
      const code = units[i];
      if (code !== LINE_FEED && code !== CARRIAGE_RETURN) units[i] = SPACE;
    }
    // Only a few spans are worth patching an applied text with; past that, it is decoded afresh and they are not kept.
    if (this.hiddenSinceApplied.length <= PATCH_LIMIT) this.hiddenSinceApplied.push({ start, end });
  }

  /** The source with every hidden span blanked. */
  apply(): string {
    if (this.buffer === undefined) return this.source;
    const since = this.hiddenSinceApplied;
    if (this.applied === undefined || since.length > PATCH_LIMIT) this.applied = this.buffer.toString(this.encoding);
    else if (since.length > 0) this.applied = blankSpans(this.applied, since);
    this.hiddenSinceApplied = [];
    return this.applied;
  }

  /**
   * Blanking code units in one buffer and decoding it once is linear; slicing and joining strings per span was not cheap.
   * Text with no character above U+00FF stays one byte a character, which every later regular expression reads faster.
   */
  private copySource(): Uint8Array | Uint16Array {
    const length = this.source.length;
    this.encoding = WIDE_CHARACTER.test(this.source) ? 'utf16le' : 'latin1';
    // Not zero-filled, for `write` fills every byte; never from the shared pool, so a 16-bit view is aligned.
    const buffer = Buffer.allocUnsafeSlow(this.encoding === 'latin1' ? length : length * 2);
    buffer.write(this.source, this.encoding);
    this.buffer = buffer;
    this.units = this.encoding === 'latin1' ? buffer : new Uint16Array(buffer.buffer, buffer.byteOffset, length);
    return this.units;
  }
}

/** A text applied before and a few spans hidden since (page furniture) are patched; more are decoded afresh. */
const PATCH_LIMIT = 64;

/** `text` with each span's characters but line breaks made spaces, as `Mask.hide` blanks code units. */
function blankSpans(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    const hidden = text.slice(start, span.end);
    pieces.push(text.slice(at, start), hidden.includes('\n') || hidden.includes('\r') ? hidden.replace(/[^\r\n]/g, ' ') : ' '.repeat(hidden.length));
    at = span.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
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

/** Pleading paper numbers its lines from 1 down the margin; five numbered lines in order are enough to tell. */
export function detectSurfaceForm(path: string, source: string, lines: readonly Line[]): SurfaceForm {
  if (/\.(?:md|markdown)$/i.test(path)) return 'markdown';
  let expected = 1;
  for (const line of lines) {
    const tab = marginTabAt(source, line);
    if (tab !== -1 && Number(source.slice(Math.max(line.start, tab - 2), tab)) === expected) {
      expected++;
      if (expected > 5) return 'pleading';
    }
  }
  return 'plain';
}

/** Hides pleading-paper margin numbers. */
export function maskMarginNumbers(mask: Mask, source: string, lines: readonly Line[]): void {
  for (const line of lines) {
    const tab = marginTabAt(source, line);
    if (tab !== -1) mask.hideRange(line.start, tab);
  }
}

/**
 * Where the tab after a margin number is, as on pleading paper (up to three spaces, one or two digits and a tab at the
 * start of the line), or -1. Read by character code: it is tried on every line.
 */
function marginTabAt(source: string, line: Line): number {
  let at = line.start;
  while (at < line.end && at - line.start < 3 && source.charCodeAt(at) === SPACE) at++;
  const digitsStart = at;
  while (at < line.end && at - digitsStart < 2 && isDigit(source.charCodeAt(at))) at++;
  return at > digitsStart && at < line.end && source.charCodeAt(at) === TAB ? at : -1;
}

const TAB = 9;

/** Underline, italic and bold tags left by conversion from Word or PDF split case names (as in the order itself). */
const INLINE_TAG = /<\/?(?:u|i|b|em|strong|span)>/gi;

export function maskInlineTags(mask: Mask, source: string): void {
  if (!source.includes('<')) return;
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

function isWordChar(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
