import type { Footnote, SurfaceForm } from './brief';
import { trimmedSpan } from './headings';
import type { Line } from './surface/mask';
import { readable } from './words';

const MARKDOWN_DEFINITION = /^ {0,3}\[\^([^\]\s]{1,20})\]:/;
const MARKDOWN_REFERENCE = /\[\^([^\]\s]{1,20})\](?!:)/g;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Plain text converted from Word or PDF marks a footnote with superscript digits, as the order does (`court.¹`). */
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/g;
/** `¹²³` are one-byte characters, found by the fast `includes`; the others are not, so the regex returns at once on one-byte text. */
const WIDE_SUPERSCRIPT_DIGIT = /[⁰⁴⁵⁶⁷⁸⁹]/;

function hasSuperscriptDigit(text: string): boolean {
  return text.includes('¹') || text.includes('²') || text.includes('³') || WIDE_SUPERSCRIPT_DIGIT.test(text);
}

/**
 * Footnotes and the calls to them. Markdown: `[^1]` and `[^1]: text` (continued by indented lines);
 * plain text: a superscript number in the text and a paragraph that starts with it.
 */
export function findFootnotes(text: string, lines: readonly Line[], form: SurfaceForm): Footnote[] {
  // Most briefs have few footnotes or none: one search for a mark spares a look at every line.
  if (form === 'markdown' ? !text.includes('[^') : !hasSuperscriptDigit(text)) return [];
  const footnotes = form === 'markdown' ? markdownDefinitions(text, lines) : superscriptDefinitions(text, lines);
  const byLabel = new Map(footnotes.map((footnote) => [footnote.label, footnote]));
  const references = form === 'markdown' ? text.matchAll(MARKDOWN_REFERENCE) : text.matchAll(SUPERSCRIPT_RUN);
  for (const match of references) {
    const label = form === 'markdown' ? match[1] : fromSuperscript(match[0]);
    const footnote = byLabel.get(label);
    const start = match.index;
    if (!footnote || footnote.reference || (start >= footnote.span.start && start < footnote.span.end)) continue;
    footnote.reference = { start, end: start + match[0].length };
  }
  return footnotes;
}

function markdownDefinitions(text: string, lines: readonly Line[]): Footnote[] {
  const footnotes: Footnote[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A definition opens its line (after at most three spaces): most lines are passed over without a regex.
    if (!text.slice(line.start, line.start + 5).includes('[^')) continue;
    const match = MARKDOWN_DEFINITION.exec(text.slice(line.start, Math.min(line.end, line.start + 30)));
    if (!match) continue;
    let end = line.end;
    // A definition goes on over indented lines and lazy continuation lines, up to a blank line before unindented text.
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j];
      const content = trimmedSpan(text, next);
      if (content === undefined) {
        const after = lines[j + 1];
        if (after && /^(?: {4}|\t)/.test(text.slice(after.start, after.start + 4)) && trimmedSpan(text, after)) continue;
        break;
      }
      if (MARKDOWN_DEFINITION.test(text.slice(next.start, Math.min(next.end, next.start + 30)))) break;
      end = next.end;
    }
    const start = line.start + match[0].length;
    footnotes.push({ label: match[1], span: { start: line.start, end }, text: readable(text.slice(start, end)) });
    i = j - 1;
  }
  return footnotes;
}

function superscriptDefinitions(text: string, lines: readonly Line[]): Footnote[] {
  const footnotes: Footnote[] = [];
  for (let i = 0; i < lines.length; i++) {
    const content = trimmedSpan(text, lines[i]);
    if (!content || !SUPERSCRIPT_DIGITS.includes(text[content.start])) continue;
    let labelEnd = content.start;
    while (labelEnd < content.end && SUPERSCRIPT_DIGITS.includes(text[labelEnd])) labelEnd++;
    let end = content.end;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = trimmedSpan(text, lines[j]);
      if (!next || SUPERSCRIPT_DIGITS.includes(text[next.start])) break;
      end = next.end;
    }
    footnotes.push({
      label: fromSuperscript(text.slice(content.start, labelEnd)),
      span: { start: content.start, end },
      text: readable(text.slice(labelEnd, end)),
    });
    i = j - 1;
  }
  return footnotes;
}

function fromSuperscript(digits: string): string {
  return [...digits].map((digit) => String(SUPERSCRIPT_DIGITS.indexOf(digit))).join('');
}
