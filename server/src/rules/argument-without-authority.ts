import type { Brief, Section } from '../engine/brief';
import type { Citation } from '../engine/citations/types';
import { allSections, argumentUnits } from '../engine/sections';
import { startingWithin } from '../engine/spans';
import type { Report, RuleModule } from './types';

const MARKER = ' [citation needed]';

export const argumentWithoutAuthority: RuleModule = {
  id: 'argument-without-authority',
  title: 'An argument section must cite legal authority, not only the record',
  defaultSeverity: 'warning',
  appliesTo: ['motion', 'opposition', 'reply', 'objection', 'unknown'],
  source: {
    quote: 'Defendant does not cite to a single authority in the "Argument" section of its motion to support its position',
    locator: 'Discussion',
  },
  messages: {
    onlyRecord:
      '"{{heading}}" cites only the record ({{record}}), no legal authority. The record shows what happened; a case, statute or rule shows why the court should rule for you.',
    noCitation:
      '"{{heading}}" cites no legal authority: no case, statute, rule or other authority supports this argument.',
  },
  fixable: 'fix',
  check(brief: Brief): Report[] {
    return argumentUnits(brief.sections).flatMap((unit) => {
      const cited = citationsOf(unit, brief.citations);
      if (cited.some((citation) => citation.authority)) return [];
      const heading = unit.heading.text;
      const record = cited.filter((citation) => !citation.authority);
      const fix = citationNeededFix(unit);
      return [{
        messageId: record.length > 0 ? 'onlyRecord' : 'noCitation',
        data: { heading, record: listRecord(record) },
        span: unit.heading.span,
        fixes: fix ? [fix] : [],
      }];
    });
  },
};

/**
 * The citations that support a section: those in its text and its sub-sections' text, outside any footnote, and those
 * in the footnotes its text calls (wherever the footnote's text happens to stand).
 */
function citationsOf(unit: Section, citations: readonly Citation[]): Citation[] {
  const sections = allSections([unit]);
  const spans = [
    ...sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.span)),
    ...sections.flatMap((section) => section.footnotes.map((note) => note.span)),
  ];
  return spans.flatMap((span) => startingWithin(citations, span));
}

/** The record cites as a reader would list them: `Doc. No. 66 at 4; Doc. No. 59`, at most three. */
function listRecord(record: readonly Citation[]): string {
  const unique = [...new Set(record.map((citation) => citation.text))];
  const shown = unique.slice(0, 3).join('; ');
  return unique.length > 3 ? `${shown}; and ${unique.length - 3} more` : shown;
}

/** Marks the end of the section's first paragraph, where the missing authority belongs. */
function citationNeededFix(unit: Section) {
  const first = allSections([unit]).find((section) => section.paragraphs.length > 0)?.paragraphs[0];
  if (!first) return undefined;
  const at = first.span.end;
  return { title: 'Insert a [citation needed] marker at the end of the first paragraph', edits: [{ span: { start: at, end: at }, newText: MARKER }] };
}
