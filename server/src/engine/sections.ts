import type { Footnote, Heading, Section, TextElement } from './brief';
import { trimmedSpan } from './headings';
import type { Line } from './surface/mask';
import { insideAny } from './spans';
import type { Span } from './text';
import { readable } from './words';

/** The memorandum that holds a motion's argument: its parts nest under it even when headed at the same level. */
const MEMORANDUM = /^MEMORANDUM OF POINTS AND AUTHORITIES\b/i;
/** Parts of a brief that are never argument, for briefs whose argument parts carry no ARGUMENT heading. */
const NOT_ARGUMENT = /^(?:TABLE OF (?:CONTENTS|AUTHORITIES)|INTRODUCTION|PRELIMINARY STATEMENT|SUMMARY OF (?:THE )?ARGUMENT|(?:STATEMENT OF (?:THE )?)?(?:RELEVANT |FACTUAL |PROCEDURAL )*(?:FACTS|BACKGROUND|HISTORY)|FACTUAL AND PROCEDURAL BACKGROUND|PROCEDURAL HISTORY|ISSUES? PRESENTED|STATEMENT OF (?:THE )?ISSUES?|LEGAL STANDARDS?|STANDARDS? OF REVIEW|APPLICABLE LEGAL STANDARDS?|CONCLUSION|PRAYER(?: FOR RELIEF)?|NOTICE OF MOTION|RELIEF REQUESTED|CERTIFICATE OF SERVICE|MEMORANDUM OF POINTS AND AUTHORITIES)\b/i;

/**
 * Builds the tree of sections from headings in order. `end` is where the last section stops (the signature block),
 * `footnotes` are taken out of the paragraphs and attached to the section that calls them.
 */
export function buildSections(
  text: string,
  lines: readonly Line[],
  headings: readonly Heading[],
  end: number,
  footnotes: readonly Footnote[],
  excluded: readonly Span[],
  pageBreaks: ReadonlySet<number>,
): Section[] {
  const roots: Section[] = [];
  const stack: { section: Section; rank: number }[] = [];
  const all: Section[] = [];
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i];
    const rank = MEMORANDUM.test(heading.title) ? heading.level - 0.5 : heading.level;
    const section: Section = {
      heading,
      span: { start: heading.span.start, end },
      body: { start: heading.span.end, end },
      paragraphs: [],
      children: [],
      footnotes: [],
      isArgument: false,
      namedArgument: false,
    };
    while (stack.length > 0 && stack[stack.length - 1].rank >= rank) {
      stack.pop()!.section.span.end = heading.span.start;
    }
    const parent = stack[stack.length - 1]?.section;
    if (parent) parent.children.push(section);
    else roots.push(section);
    // A section's own body ends where the next heading starts, whatever its level.
    const previous = all[all.length - 1];
    if (previous && previous.body.end > heading.span.start) previous.body.end = heading.span.start;
    stack.push({ section, rank });
    all.push(section);
  }
  const skip = [...excluded, ...footnotes.map((footnote) => footnote.span)].sort((a, b) => a.start - b.start);
  for (const section of all) readParagraphsWhenAsked(section, () => paragraphsIn(text, lines, section.body, skip, pageBreaks));
  attachFootnotes(all, footnotes);
  return roots;
}

/**
 * Paragraphs are runs of non-blank lines; lines inside `skip` spans (footnotes, table-of-contents lines) are left out,
 * and page breaks (the lines that held page numbers and running footers) are passed over.
 */
export function paragraphsIn(text: string, lines: readonly Line[], span: Span, skip: readonly Span[], pageBreaks: ReadonlySet<number>): TextElement[] {
  const paragraphs: TextElement[] = [];
  // A caption can run into the signature block: a stretch that ends before it starts has no paragraphs.
  if (span.end <= span.start) return paragraphs;
  let current: Span | undefined;
  const close = () => {
    if (current) paragraphs.push(lazyText(text, current));
    current = undefined;
  };
  for (let i = firstLineEndingAtOrAfter(lines, span.start); i < lines.length && lines[i].start < span.end; i++) {
    const line = lines[i];
    if (pageBreaks.has(line.start)) continue;
    const content = trimmedSpan(text, { start: Math.max(line.start, span.start), end: Math.min(line.end, span.end) });
    if (!content || insideAny(skip, content.start)) {
      close();
      continue;
    }
    if (current) current.end = content.end;
    else current = content;
  }
  close();
  return paragraphs;
}

/**
 * Most rules read the paragraphs of a few sections only (the argument, the conclusion), and the editor analyses the
 * brief at each keystroke: a section's paragraphs are found the first time they are read, then kept.
 */
function readParagraphsWhenAsked(section: Section, read: () => TextElement[]): void {
  Object.defineProperty(section, 'paragraphs', {
    enumerable: true,
    configurable: true,
    get() {
      const paragraphs = read();
      Object.defineProperty(section, 'paragraphs', { value: paragraphs, enumerable: true, writable: true, configurable: true });
      return paragraphs;
    },
  });
}

/** A paragraph whose readable text is made when first read: most paragraphs are never read that way. */
function lazyText(text: string, span: Span): TextElement {
  let readableText: string | undefined;
  return {
    span,
    get text() {
      return (readableText ??= readable(text.slice(span.start, span.end)));
    },
  };
}

function firstLineEndingAtOrAfter(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lines[mid].end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Each footnote belongs to the section whose own text calls it; sections in document order own disjoint stretches. */
function attachFootnotes(sections: readonly Section[], footnotes: readonly Footnote[]): void {
  for (const footnote of footnotes) {
    const anchor = footnote.reference?.start ?? footnote.span.start;
    let low = 0;
    let high = sections.length - 1;
    let owner: Section | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (sections[mid].heading.span.start <= anchor) {
        owner = sections[mid];
        low = mid + 1;
      } else high = mid - 1;
    }
    if (owner && anchor < owner.body.end) owner.footnotes.push(footnote);
  }
}

/**
 * Marks argument sections: those headed as argument (and everything under them), the argument parts of a memorandum
 * of points and authorities, or, in a brief with no such heading, its enumerated parts that are not introduction,
 * facts, standard or conclusion.
 */
export function markArgument(roots: readonly Section[], argumentHeadings: readonly string[]): void {
  const names = argumentHeadings.map((heading) => heading.toUpperCase());
  const memorandum = names.includes('MEMORANDUM OF POINTS AND AUTHORITIES');
  let found = false;
  const visit = (section: Section, inside: boolean) => {
    const title = headingName(section.heading.title);
    if (!inside && memorandum && MEMORANDUM.test(title) && section.children.length > 0) {
      const named = section.children.filter((child) => names.includes(headingName(child.heading.title)));
      const parts = named.length > 0 ? named : section.children.filter((child) => !NOT_ARGUMENT.test(child.heading.title));
      for (const part of parts) markSubtree(part, named.length > 0);
      found ||= parts.length > 0;
      for (const child of section.children) if (!parts.includes(child)) visit(child, false);
      return;
    }
    const isNamed = !inside && names.includes(title) && !(MEMORANDUM.test(title) && memorandum && section.children.length > 0);
    if (isNamed) {
      markSubtree(section, true);
      found = true;
      return;
    }
    for (const child of section.children) visit(child, inside);
  };
  for (const root of roots) visit(root, false);
  if (found) return;
  const enumerated = topEnumeratedSections(roots);
  for (const part of enumerated) if (!NOT_ARGUMENT.test(part.heading.title)) markSubtree(part, false);
}

function markSubtree(section: Section, named: boolean): void {
  section.isArgument = true;
  section.namedArgument = named;
  for (const child of section.children) markSubtree(child, false);
}

/** The outermost enumerated sections (`I.`, `II.` or `A.`, `B.`): the parts of an argument that has no ARGUMENT heading. */
function topEnumeratedSections(roots: readonly Section[]): Section[] {
  let level: Section[] = [...roots];
  while (level.length > 0) {
    const enumerated = level.filter((section) => section.heading.label !== undefined);
    if (enumerated.length > 0) return enumerated;
    level = level.flatMap((section) => section.children);
  }
  return [];
}

/** The heading's name for matching: capitals, no closing punctuation, and the part before a subtitle's colon. */
function headingName(title: string): string {
  return title.toUpperCase().split(':')[0].replace(/[\s.]+$/, '').trim();
}

/**
 * The units an argument is judged by: each sub-part of a section headed ARGUMENT (or the section itself when it has
 * none), and each enumerated argument part of a brief without that heading.
 */
export function argumentUnits(roots: readonly Section[]): Section[] {
  const units: Section[] = [];
  const visit = (section: Section) => {
    if (section.isArgument) {
      if (section.namedArgument && section.children.length > 0) units.push(...section.children);
      else units.push(section);
      return;
    }
    section.children.forEach(visit);
  };
  roots.forEach(visit);
  return units;
}

/** Depth-first, in document order. */
export function allSections(roots: readonly Section[]): Section[] {
  const out: Section[] = [];
  const visit = (section: Section) => {
    out.push(section);
    section.children.forEach(visit);
  };
  roots.forEach(visit);
  return out;
}
