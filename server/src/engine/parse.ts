import { DEFAULT_ARGUMENT_HEADINGS, type Brief, type BriefKind, type Caption, type ParseOptions, type TextElement } from './brief';
import { kindFromTitle, normaliseCaseNumber, readPlainCaption, TITLE_WORDS, type CaptionScan } from './caption';
import { rescanCitations, scanCitations, type CitationScan } from './citations/recognize';
import { findFootnotes } from './footnotes';
import { findHeadings } from './headings';
import { resolveIdCitations } from './resolve';
import { buildSections, markArgument, paragraphsIn } from './sections';
import { findSignature } from './signature';
import { readFrontMatter } from './surface/frontmatter';
import { maskPageFurniture, scanPageFurniture, type FurnitureScan } from './surface/furniture';
import { detectSurfaceForm, Mask, maskEmphasis, maskHtmlComments, maskInlineTags, maskMarginNumbers, splitLines } from './surface/mask';
import { LineIndex } from './text';

const DISABLE = 'brieflint-disable';
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

const DEFAULT_OPTIONS: ParseOptions = { argumentHeadings: DEFAULT_ARGUMENT_HEADINGS };

/**
 * Reads a brief in any of its surface forms (Markdown, plain text, pleading paper) into one model.
 * Every span in the model is an offset into `source`.
 */
export function parseBrief(path: string, source: string, options: ParseOptions = DEFAULT_OPTIONS): Brief {
  return readBrief(path, source, options, {});
}

/**
 * Parses the successive versions of one document, as an editor holds it while the attorney types. Each result is
 * what `parseBrief` would give; the costliest readings — page furniture and citations — are redone only around what
 * changed since the last version.
 */
export class BriefParser {
  private memory: ParseMemory = {};

  parse(path: string, source: string, options: ParseOptions = DEFAULT_OPTIONS): Brief {
    // Should a parse ever fail half-way, the next one starts afresh rather than from a half-updated memory.
    const memory = this.memory;
    this.memory = {};
    const brief = readBrief(path, source, options, memory);
    this.memory = memory;
    return brief;
  }
}

/** What a parse leaves for the next parse of the same document; each reading is replaced as it is redone. */
interface ParseMemory {
  furniture?: FurnitureScan;
  citations?: { text: string; scan: CitationScan };
}

function readBrief(path: string, source: string, options: ParseOptions, memory: ParseMemory): Brief {
  // 1. Surface: which form the text takes, and its noise hidden behind spaces of the same length.
  const lines = splitLines(source);
  const form = detectSurfaceForm(path, source, lines);
  const frontMatter = readFrontMatter(source);
  const mask = new Mask(source);
  if (frontMatter) mask.hide(frontMatter.span);
  // Read in every form: the editor's "Disable rule for this file" writes such a comment into plain text too.
  const comments = maskHtmlComments(mask, source);
  maskInlineTags(mask, source);
  if (form === 'markdown') maskEmphasis(mask, source);
  if (form === 'pleading') maskMarginNumbers(mask, source, lines);
  // Running footers and page numbers are told apart only once the margin numbers are gone.
  let pageBreaks = new Set<number>();
  if (form !== 'markdown') {
    memory.furniture = scanPageFurniture(mask.apply(), lines, memory.furniture);
    pageBreaks = maskPageFurniture(mask, memory.furniture);
  }
  const text = mask.apply();

  // 2. Caption and title, then the kind of brief.
  const { caption, title, bodyStart } = form === 'markdown'
    ? readMarkdownCaption(text, frontMatter?.span.end ?? 0)
    : readPlainCaption(text, lines, form);
  if (frontMatter?.case) caption.caseNumber = normaliseCaseNumber(frontMatter.case) ?? frontMatter.case;
  if (frontMatter?.court) caption.court = frontMatter.court;
  const kind: BriefKind = frontMatter?.kind ?? (title ? kindFromTitle(title.text) : 'unknown');

  // 3. Footnotes, the signature block, headings and the tree of sections.
  const footnotes = findFootnotes(text, lines, form);
  const footnoteSpans = footnotes.map((footnote) => footnote.span);
  const signature = findSignature(text, lines, footnoteSpans);
  const bodyEnd = signature?.span.start ?? text.length;
  const { headings, tocLines } = findHeadings(text, lines, form, bodyStart, bodyEnd);
  const sections = buildSections(text, lines, headings, bodyEnd, footnotes, tocLines, pageBreaks);
  markArgument(sections, options.argumentHeadings);
  const preambleEnd = headings[0]?.span.start ?? bodyEnd;
  const preamble = paragraphsIn(text, lines, { start: bodyStart, end: preambleEnd }, [...footnoteSpans, ...tocLines].sort((a, b) => a.start - b.start), pageBreaks);

  // 4. Citations, everywhere in the text; each Id. takes its antecedent's standing.
  const previous = memory.citations;
  memory.citations = { text, scan: previous ? rescanCitations(previous.scan, previous.text, text) : scanCitations(text) };
  const citations = resolveIdCitations(memory.citations.scan.citations);

  return {
    path,
    source,
    text,
    // The engine's lines end only at \n; an editor also breaks a line at a lone \r, so such a text is counted again.
    lines: new LineIndex(source, LONE_CARRIAGE_RETURN.test(source) ? undefined : lines.map((line) => line.start)),
    form,
    frontMatter,
    caption,
    title,
    kind,
    kindFrom: frontMatter?.kind ? 'front matter' : title && kind !== 'unknown' ? 'title' : 'none',
    preamble,
    sections,
    footnotes,
    citations,
    signature,
    disabledRules: [...(frontMatter?.disable ?? []), ...comments.flatMap((comment) => disabledBy(comment.body))],
  };
}

/** `<!-- brieflint-disable rule-a rule-b -->` names rules; with no names it switches off every rule (`*`). */
function disabledBy(comment: string): string[] {
  const body = comment.trim();
  const rest = body.slice(DISABLE.length);
  if (!body.startsWith(DISABLE) || (rest !== '' && !/^\s/.test(rest))) return [];
  const ids = rest.split(/[\s,]+/).filter((id) => id !== '');
  return ids.length > 0 ? ids : ['*'];
}

/** Markdown: the title is the first heading that names a brief; lines before it are the caption. */
function readMarkdownCaption(text: string, start: number): CaptionScan {
  const heading = /^ {0,3}#{1,6}[ \t]+(.+)$/gm;
  heading.lastIndex = start;
  let title: TextElement | undefined;
  for (let match = heading.exec(text); match; match = heading.exec(text)) {
    if (TITLE_WORDS.test(match[1].toUpperCase())) {
      const offset = match.index + match[0].length - match[1].length;
      const titleText = trimEdges(match[1], ' \t#');
      title = { span: { start: offset, end: offset + match[1].trimEnd().length }, text: titleText };
    }
    break;
  }
  const captionEnd = title ? title.span.start : start;
  const captionText = text.slice(start, captionEnd);
  const caption: Caption = {};
  const caseNumber = normaliseCaseNumber(captionText);
  if (caseNumber) caption.caseNumber = caseNumber;
  const court = /^.*\bCourt\b.*$/im.exec(captionText);
  if (court) caption.court = trimEdges(court[0], ' \t#*');
  if (captionEnd > start) caption.span = { start, end: captionEnd };
  return { caption, title, bodyStart: title ? title.span.end : start };
}

/** Trims the given characters from both ends (a regex such as /[\s#]+$/ would be quadratic on a long run of spaces). */
function trimEdges(value: string, characters: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && characters.includes(value[start])) start++;
  while (end > start && characters.includes(value[end - 1])) end--;
  return value.slice(start, end);
}
