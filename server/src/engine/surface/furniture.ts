import { changedRange, isDigit, isWhitespace } from '../text';
import type { Line, Mask } from './mask';

/**
 * Running headers and footers and page numbers from converted PDFs: a line that is only a page number
 * (`12`, `- 12 -`, `Page 3 of 9`), an ECF stamp (`Case 3:16-cv-01283-JM-MDD Document 89 Filed …`),
 * or a short line repeated identically on three or more pages.
 */

/** What one line could be, read from the line alone. */
interface LineReading {
  /** The line, trimmed. */
  content: string;
  /** A page number or an ECF stamp: furniture wherever it stands. */
  alone: boolean;
  /** Shaped like a running header or footer (a digit, or a title in capitals; not an enumerated heading): furniture if repeated. */
  ifRepeated: boolean;
}

/** The lines of a text read as furniture. A parser keeps it, so that the next version reads only the lines that changed. */
export interface FurnitureScan {
  text: string;
  lines: readonly Line[];
  /** One per line; undefined for a line that can be no furniture. */
  readings: (LineReading | undefined)[];
  /** How often each line shaped like a running line appears. */
  counts: Map<string, number>;
}

/** Reads every line of `text`, or, given the scan of an earlier version, only the lines an edit touched. */
export function scanPageFurniture(text: string, lines: readonly Line[], previous?: FurnitureScan): FurnitureScan {
  const change = previous && changedRange(previous.text, text);
  if (previous && !change) return { ...previous, lines };
  // Lines ending before the change, and starting after it, are the same lines as before.
  const kept = change && previous ? {
    before: firstIndex(previous.lines, (line) => line.end >= change.start),
    after: previous.lines.length - firstIndex(previous.lines, (line) => line.start > change.oldEnd),
  } : { before: 0, after: 0 };
  const counts = new Map(previous?.counts);
  const count = (reading: LineReading | undefined, by: number) => {
    if (!reading?.ifRepeated) return;
    const total = (counts.get(reading.content) ?? 0) + by;
    if (total === 0) counts.delete(reading.content);
    else counts.set(reading.content, total);
  };
  const oldReadings = previous?.readings ?? [];
  for (let i = kept.before; i < oldReadings.length - kept.after; i++) count(oldReadings[i], -1);
  const readings = oldReadings.slice(0, kept.before);
  for (let i = kept.before; i < lines.length - kept.after; i++) {
    const reading = readLine(text, lines[i]);
    count(reading, 1);
    readings.push(reading);
  }
  for (let i = oldReadings.length - kept.after; i < oldReadings.length; i++) readings.push(oldReadings[i]);
  return { text, lines, readings, counts };
}

/** Hides the furniture the scan found; returns the starts of the lines it hid: a page break inside a paragraph does not end it. */
export function maskPageFurniture(mask: Mask, scan: FurnitureScan): Set<number> {
  const masked = new Set<number>();
  scan.readings.forEach((reading, i) => {
    if (reading && (reading.alone || (reading.ifRepeated && (scan.counts.get(reading.content) ?? 0) >= 3))) {
      mask.hide(scan.lines[i]);
      masked.add(scan.lines[i].start);
    }
  });
  return masked;
}

/** The first index where `test` holds, in lines where it holds from some index on. */
function firstIndex(lines: readonly Line[], test: (line: Line) => boolean): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(lines[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}

const LONGEST_PAGE_NUMBER = 'Page 9999 of 9999'.length;
const LONGEST_RUNNING_LINE = 100;

/** Most lines of prose are rejected by their first character and their letters, without being sliced. */
function readLine(text: string, line: Line): LineReading | undefined {
  let start = line.start;
  let end = line.end;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  const length = end - start;
  if (length === 0) return undefined;
  const first = text.charCodeAt(start);
  const mayBePageNumber = length <= LONGEST_PAGE_NUMBER && (isDigit(first) || first === 45 /* - */ || first === 80 /* P */ || first === 112 /* p */);
  const mayBeEcfStamp = first === 67 /* C */ || first === 99 /* c */;
  const mayRepeat = length >= 3 && length <= LONGEST_RUNNING_LINE
    && (hasDigit(text, start, end) || (length > 20 && !hasAsciiLowercase(text, start, end)));
  if (!mayBePageNumber && !mayBeEcfStamp && !mayRepeat) return undefined;
  const content = text.slice(start, end);
  const alone = (mayBePageNumber && isPageNumber(content)) || (mayBeEcfStamp && isEcfStamp(content));
  const ifRepeated = mayRepeat && isRunningShape(content);
  return alone || ifRepeated ? { content, alone, ifRepeated } : undefined;
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

/** Names a page or the case (has a digit) or is a running title in capitals; never an enumerated heading. */
function isRunningShape(line: string): boolean {
  if (/^(?:[IVXLC]{1,7}|[A-Z]|\d{1,3})\.\s/.test(line)) return false;
  return /\d/.test(line) || (line === line.toUpperCase() && /[A-Z]{3}/.test(line) && line.length > 20);
}
