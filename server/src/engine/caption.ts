import type { BriefKind, Caption, SurfaceForm, TextElement } from './brief';
import { trimmedSpan } from './headings';
import type { Line } from './surface/mask';
import type { Span } from './text';
import { isAllCaps, readable } from './words';

/** The words that make a line a brief's (or an order's) title rather than a court's name or a party's. */
export const TITLE_WORDS = /\b(?:MOTION|OPPOSITION|REPLY|OBJECTIONS?|RESPONSE|MEMORANDUM|BRIEF|ORDER|PETITION|NOTICE|APPLICATION)\b/;
const COURT_LINE = /\bCOURT\b|\bDISTRICT OF\b|\bCIRCUIT\b/;
/** Federal case numbers: `16cv1283`, `3:16-cv-01283-JM-MDD`, `16-CV-1283`. */
const CASE_NUMBER = /\b(?:\d{1,2}:)?(\d{2})[- ]?(cv|cr|mc|mj|bk|ap)[- ]?0*(\d{1,6})\b/i;
const CAPTION_SCAN_LINES = 80;
const ENUMERATED_LINE = /^(?:[IVX]{1,6}|[A-Z]|\d{1,2})\.\s/;

export interface CaptionScan {
  caption: Caption;
  title?: TextElement;
  /** Where the brief's body begins: after the caption and title. */
  bodyStart: number;
}

/** Normalises a case number to the form courts write in short: `16cv1283`. */
export function normaliseCaseNumber(text: string): string | undefined {
  const match = CASE_NUMBER.exec(text);
  return match ? `${match[1]}${match[2].toLowerCase()}${Number(match[3])}` : undefined;
}

interface CaptionCell {
  text: string;
  span: Span;
}

interface CaptionRow {
  line: Line;
  left?: CaptionCell;
  right?: CaptionCell;
}

/**
 * Reads a plain-text or pleading-paper caption: court lines, parties on the left, case number and title on the right
 * (two columns separated by tabs, as in the order), or the same stacked in one column.
 */
export function readPlainCaption(text: string, lines: readonly Line[], form: SurfaceForm): CaptionScan {
  const rows = lines.slice(0, CAPTION_SCAN_LINES).map((line) => splitColumns(text, line, form));
  const caption: Caption = {};
  const courtLines: string[] = [];
  const partyCells: CaptionCell[] = [];
  let captionEnd = 0;
  let caseRow = -1;
  let lastCourtRow = -1;
  for (let i = 0; i < rows.length; i++) {
    const { left, right } = rows[i];
    for (const cell of [left, right]) {
      if (!cell) continue;
      const number = caseRow === -1 ? normaliseCaseNumber(cell.text) : undefined;
      if (number && /\bNo\b|\d:\d|cv|cr/i.test(cell.text)) {
        caption.caseNumber = number;
        caseRow = i;
        captionEnd = Math.max(captionEnd, cell.span.end);
      }
    }
    // The court's name stands above the parties and the case number, in capitals.
    const courtBlockOpen = caseRow === -1 && (lastCourtRow === -1 || lastCourtRow >= i - 2);
    if (left && !right && courtBlockOpen && COURT_LINE.test(left.text) && isAllCaps(left.text)) {
      courtLines.push(left.text);
      lastCourtRow = i;
      captionEnd = Math.max(captionEnd, left.span.end);
    }
  }
  const title = findTitle(rows, caseRow);
  if (title) captionEnd = Math.max(captionEnd, title.span.end);
  // The caption block goes on to its first blank line: parties often end below the title in the left column.
  if (captionEnd > 0) {
    for (const row of rows) {
      if (row.line.end <= captionEnd) continue;
      if (!row.left && !row.right) break;
      captionEnd = row.line.end;
    }
  }
  // Parties stand on the left between the court's name and the end of the caption.
  for (const row of rows.slice(lastCourtRow + 1)) {
    if (row.line.start >= captionEnd) break;
    const cell = row.left;
    if (!cell || COURT_LINE.test(cell.text)) continue;
    if (title && !row.right && cell.span.start >= title.span.start && cell.span.end <= title.span.end) continue;
    if (caption.caseNumber && normaliseCaseNumber(cell.text) === caption.caseNumber) continue;
    partyCells.push(cell);
  }
  if (courtLines.length > 0) caption.court = readable(courtLines.join(' '));
  if (partyCells.length > 0 && partyCells.some((cell) => /^v\.?$|\bv\.\s/i.test(cell.text))) {
    caption.parties = readable(partyCells.map((cell) => cell.text).join(' '));
  }
  if (captionEnd > 0) caption.span = { start: 0, end: captionEnd };
  return { caption, title, bodyStart: captionEnd };
}

function splitColumns(text: string, line: Line, form: SurfaceForm): CaptionRow {
  let start = line.start;
  // The margin number is masked already; its tab still separates it from the text.
  if (form === 'pleading') {
    while (start < line.end && text[start] === ' ') start++;
    if (text[start] === '\t') start++;
  }
  const raw = text.slice(start, line.end);
  const gap = /\t+| {4,}/.exec(raw);
  const cell = (from: number, to: number): CaptionCell | undefined => {
    const span = trimmedSpan(text, { start: start + from, end: start + to });
    return span && { text: text.slice(span.start, span.end), span };
  };
  if (!gap) return { line, left: cell(0, raw.length) };
  return { line, left: cell(0, gap.index), right: cell(gap.index + gap[0].length, raw.length) };
}

/**
 * The title: the right column under the case number, or stacked capitals naming a motion, opposition, reply…,
 * read over consecutive lines (`NOTICE OF MOTION AND MOTION FOR RELIEF FROM NON-` / `DISPOSITIVE …`).
 */
function findTitle(rows: readonly CaptionRow[], caseRow: number): TextElement | undefined {
  const pick = (cellOf: (row: CaptionRow) => CaptionCell | undefined, from: number): TextElement | undefined => {
    let first = -1;
    for (let i = from; i < rows.length; i++) {
      const cell = cellOf(rows[i]);
      if (first === -1) {
        if (cell && isAllCaps(cell.text) && TITLE_WORDS.test(cell.text) && !COURT_LINE.test(cell.text) && !ENUMERATED_LINE.test(cell.text)) first = i;
        continue;
      }
      if (!cell || !isAllCaps(cell.text) || ENUMERATED_LINE.test(cell.text)) return joinCells(rows, first, i, cellOf);
    }
    return first === -1 ? undefined : joinCells(rows, first, rows.length, cellOf);
  };
  if (caseRow !== -1) {
    const right = pick((row) => row.right, caseRow);
    if (right) return right;
  }
  return pick((row) => (row.right ? undefined : row.left), 0);
}

function joinCells(rows: readonly CaptionRow[], from: number, to: number, cellOf: (row: CaptionRow) => CaptionCell | undefined): TextElement {
  const cells = rows.slice(from, to).map(cellOf).filter((cell): cell is CaptionCell => cell !== undefined);
  const joined = cells.map((cell) => cell.text).join('\n');
  return { span: { start: cells[0].span.start, end: cells[cells.length - 1].span.end }, text: readable(joined) };
}

/** The kind of brief its title names; the first of the telling words wins (`REPLY IN SUPPORT OF … MOTION` is a reply). */
export function kindFromTitle(title: string): BriefKind {
  const upper = title.toUpperCase();
  const first = /\b(REPLY|OPPOSITION|OPPOSING|RESPONSE|OBJECTIONS?|MOTION|ORDER)\b/.exec(upper);
  if (!first) return 'unknown';
  const reviewsMagistrate = /\bMAGISTRATE\b|\bREPORT AND RECOMMENDATION\b|\bFINDINGS AND RECOMMENDATIONS?\b/.test(upper);
  switch (first[1]) {
    case 'REPLY':
      return 'reply';
    case 'OPPOSITION':
    case 'OPPOSING':
    case 'RESPONSE':
      return 'opposition';
    case 'OBJECTION':
    case 'OBJECTIONS':
      return reviewsMagistrate ? 'objection' : 'unknown';
    case 'MOTION':
      return reviewsMagistrate && /\b(?:RELIEF FROM|REVIEW|RECONSIDERATION|SET ASIDE|MODIFY|VACATE|APPEAL)\b/.test(upper) ? 'objection' : 'motion';
    default:
      return 'unknown';
  }
}

