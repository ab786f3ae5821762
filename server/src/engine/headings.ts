import type { Heading, SurfaceForm } from './brief';
import type { Line } from './surface/mask';
import { isAllCaps, readable } from './words';

/** Plain-text heading levels: ALL-CAPS titles outrank Roman numerals, which outrank letters, which outrank numbers. */
const LEVEL = { caps: 1, roman: 2, letter: 3, number: 4 } as const;

const ENUMERATED = /^(?:([IVX]{1,6}|[A-Z]|\d{1,2}))\.[ \t]+(?=\S)/;
const MARKDOWN_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;

export interface HeadingScan {
  headings: Heading[];
  /** Lines of a table of contents (dot leaders and a page number): they repeat headings but are not sections. */
  tocLines: Line[];
}

/**
 * Finds the headings of the brief's body, after `bodyStart` (the caption and title are not sections) and before `bodyEnd`
 * (the signature block). `text` is the cleaned text.
 */
export function findHeadings(text: string, lines: readonly Line[], form: SurfaceForm, bodyStart: number, bodyEnd: number): HeadingScan {
  const headings: Heading[] = [];
  const tocLines: Line[] = [];
  let previousBlank = true;
  let previousLetter: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const content = trimmedSpan(text, line);
    if (line.start < bodyStart || line.start >= bodyEnd || content === undefined) {
      previousBlank = content === undefined;
      continue;
    }
    // Most lines can be neither a heading nor a line of contents, and are passed over without being copied.
    // A plain heading is enumerated (`I.`, `A.`, `1.`) or in capitals: a line that opens in lower case is neither.
    const mayBeHeading = form === 'markdown' ? text[content.start] === '#' : previousBlank && !isLowerCaseLetter(text.charCodeAt(content.start));
    if (!mayBeHeading && !TOC_PAGE_CHARACTERS.includes(text[content.end - 1])) {
      previousBlank = false;
      continue;
    }
    const raw = text.slice(content.start, content.end);
    if (isTocLine(raw)) {
      tocLines.push(line);
      previousBlank = false;
      continue;
    }
    const heading = !mayBeHeading ? undefined : form === 'markdown'
      ? readMarkdownHeading(raw, content.start)
      : readPlainHeading(raw, content.start, previousLetter, nextLineBlank(text, lines, i));
    if (heading) {
      if (form !== 'markdown' && heading.level === LEVEL.caps) extendWrappedHeading(heading, text, lines, i);
      if (heading.level === LEVEL.letter) previousLetter = heading.label?.[0];
      headings.push(heading);
    }
    previousBlank = false;
  }
  return { headings, tocLines };
}

function readMarkdownHeading(raw: string, start: number): Heading | undefined {
  const match = MARKDOWN_HEADING.exec(raw);
  if (!match) return undefined;
  let body = raw.slice(match[0].length);
  let cut = body.length;
  while (cut > 0 && (body[cut - 1] === '#' || body[cut - 1] === ' ' || body[cut - 1] === '\t')) cut--;
  body = body.slice(0, cut);
  if (body === '') return undefined;
  const enumerated = ENUMERATED.exec(body);
  return {
    span: { start, end: start + raw.length },
    text: readable(raw.slice(match[0].length, match[0].length + cut)),
    level: match[1].length,
    label: enumerated ? `${enumerated[1]}.` : undefined,
    title: readable(enumerated ? body.slice(enumerated[0].length) : body),
  };
}

function readPlainHeading(raw: string, start: number, previousLetter: string | undefined, nextBlank: boolean): Heading | undefined {
  if (raw.length > 200) return undefined;
  const enumerated = ENUMERATED.exec(raw);
  if (enumerated) {
    const title = raw.slice(enumerated[0].length);
    if (!looksLikeHeadingTitle(title, nextBlank)) return undefined;
    const label = enumerated[1];
    const level = /^\d/.test(label) ? LEVEL.number : isRoman(label, previousLetter) ? LEVEL.roman : LEVEL.letter;
    return { span: { start, end: start + raw.length }, text: readable(raw), level, label: `${label}.`, title: readable(title) };
  }
  // `TO THE COURT, ALL PARTIES, AND THEIR COUNSEL OF RECORD:` addresses the reader; it heads nothing.
  if (isAllCaps(raw) && raw.length <= 120 && !/[,;]$/.test(raw) && /^[A-Z"“]/.test(raw) && !/^TO .*:$/.test(raw)) {
    const text = readable(raw);
    return { span: { start, end: start + raw.length }, text, level: LEVEL.caps, title: text };
  }
  return undefined;
}

/** `I`, `V` and `X` alone are Roman numerals, unless they follow the letter before them (`H.` then `I.`). */
function isRoman(label: string, previousLetter: string | undefined): boolean {
  if (label.length > 1) return true;
  if (!'IVX'.includes(label)) return false;
  return previousLetter === undefined || previousLetter.charCodeAt(0) !== label.charCodeAt(0) - 1;
}

/** A heading reads as a title: capitalised, short, and not a paragraph of several sentences. */
function looksLikeHeadingTitle(title: string, nextBlank: boolean): boolean {
  if (!/^[A-Z"“'‘(]/.test(title) || title.length > 160) return false;
  if (/[.!?]["”]?\s+[A-Z]/.test(title) && !isAllCaps(title)) return false;
  if (isAllCaps(title) || nextBlank) return true;
  const words = title.split(/\s+/).filter((word) => word.length >= 4);
  const capitalised = words.filter((word) => /^["“'‘(]?[A-Z]/.test(word)).length;
  return words.length > 0 && capitalised / words.length >= 0.6;
}

/** An ALL-CAPS heading too long for one line continues on the next ALL-CAPS line. */
function extendWrappedHeading(heading: Heading, text: string, lines: readonly Line[], index: number): void {
  for (let j = index + 1; j < lines.length && j <= index + 3; j++) {
    const content = trimmedSpan(text, lines[j]);
    if (!content) return;
    const raw = text.slice(content.start, content.end);
    if (!isAllCaps(raw) || ENUMERATED.test(raw) || isTocLine(raw)) return;
    heading.span = { start: heading.span.start, end: content.end };
    heading.text = readable(text.slice(heading.span.start, heading.span.end));
    heading.title = heading.text;
  }
}

function nextLineBlank(text: string, lines: readonly Line[], index: number): boolean {
  return index + 1 >= lines.length || trimmedSpan(text, lines[index + 1]) === undefined;
}

/** The line's content without surrounding whitespace; undefined for a blank line. */
export function trimmedSpan(text: string, line: Line): { start: number; end: number } | undefined {
  let start = line.start;
  let end = line.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === end ? undefined : { start, end };
}

function isLowerCaseLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0;
}

/** A line of contents ends in a page number, in digits or small Roman numerals. */
const TOC_PAGE_CHARACTERS = '0123456789ivx';

/** `ARGUMENT ............ 5`, `I. ARGUMENT . . . . 5`, or a title followed by a wide gap and a page number. */
export function isTocLine(line: string): boolean {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  let digits = end;
  while (digits > 0 && TOC_PAGE_CHARACTERS.includes(line[digits - 1])) digits--;
  if (digits === end || end - digits > 4) return false;
  let gapStart = digits;
  let dots = 0;
  while (gapStart > 0 && (line[gapStart - 1] === '.' || line[gapStart - 1] === ' ' || line[gapStart - 1] === '\t' || line[gapStart - 1] === '…')) {
    if (line[gapStart - 1] === '.' || line[gapStart - 1] === '…') dots++;
    gapStart--;
  }
  if (gapStart === 0) return false;
  const gap = line.slice(gapStart, digits);
  return dots >= 3 || gap.includes('\t') || gap.length >= 4;
}
