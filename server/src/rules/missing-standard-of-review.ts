import type { Brief, Section } from '../engine/brief';
import { allSections } from '../engine/sections';
import { RULE_72A_SNIPPET, snippetText } from '../standards-of-review';
import type { Fix, Report, RuleModule } from './types';

/** `clearly erroneous`, `contrary to law` or `clear error`; the shared first letter outside the group lets the search skip ahead. */
const STANDARD_STATED = /\bc(?:learly\s+erroneous|ontrary\s+to\s+law|lear\s+error)\b/i;
/** Objections to a report and recommendation on a dispositive matter are reviewed de novo (Rule 72(b)(3)): not this rule's business. */
const REPORT_AND_RECOMMENDATION = /\b(?:report\s+and\s+recommendations?|findings\s+and\s+recommendations?|72\(b\))/i;
const NON_DISPOSITIVE = /\bnon-?\s?dispositive\b|\b72\(a\)/i;
const LEGAL_STANDARD = /^(?:LEGAL STANDARDS?|STANDARDS? OF REVIEW|APPLICABLE LEGAL STANDARDS?)\b/i;

export const missingStandardOfReview: RuleModule = {
  id: 'missing-standard-of-review',
  title: 'An objection to a magistrate judge\'s order must argue it was "clearly erroneous or contrary to law"',
  defaultSeverity: 'error',
  appliesTo: ['objection'],
  source: {
    quote: "nor does it address how the Magistrate Judge's Order was clearly erroneous or contrary to law",
    locator: 'Discussion',
  },
  messages: {
    missing:
      'This brief asks the district judge to set aside a magistrate judge\'s non-dispositive order but never argues that the order was "clearly erroneous or contrary to law", the only grounds on which it can be set aside (Fed. R. Civ. P. 72(a); 28 U.S.C. § 636(b)(1)(A)).',
  },
  fixable: 'fix',
  check(brief: Brief): Report[] {
    const text = brief.text;
    if (STANDARD_STATED.test(text)) return [];
    const reviewsRecommendation = REPORT_AND_RECOMMENDATION.test(brief.title?.text ?? '') ||
      (REPORT_AND_RECOMMENDATION.test(text) && !NON_DISPOSITIVE.test(text));
    if (reviewsRecommendation) return [];
    const span = brief.title?.span ?? brief.sections[0]?.heading.span ?? { start: 0, end: 0 };
    return [{ messageId: 'missing', span, fixes: [legalStandardFix(brief)] }];
  },
};

/** Inserts the Rule 72(a) standard: into an existing LEGAL STANDARD section, else as a new section before the argument. */
function legalStandardFix(brief: Brief): Fix {
  const eol = brief.source.includes('\r\n') ? '\r\n' : '\n';
  const standard = snippetText(RULE_72A_SNIPPET);
  const sections = allSections(brief.sections);
  const existing = sections.find((section) => LEGAL_STANDARD.test(section.heading.title) && section.paragraphs.length > 0);
  if (existing) {
    const at = existing.paragraphs[0].span.start;
    return { title: 'Add the Rule 72(a) standard of review to the LEGAL STANDARD section', edits: [{ span: { start: at, end: at }, newText: `${standard}${eol}${eol}` }] };
  }
  const before = sections.find((section) => section.isArgument) ?? sections.find((section) => /^CONCLUSION\b/i.test(section.heading.title));
  const heading = legalStandardHeading(brief, before);
  const at = before ? lineStart(brief.source, before.heading.span.start, brief.form === 'pleading') : brief.signature?.span.start ?? brief.source.length;
  const leading = before || at === 0 || brief.source.endsWith('\n') ? '' : `${eol}${eol}`;
  return {
    title: 'Insert a LEGAL STANDARD section with the Rule 72(a) standard of review',
    edits: [{ span: { start: at, end: at }, newText: `${leading}${heading}${eol}${eol}${standard}${eol}${eol}` }],
  };
}

function legalStandardHeading(brief: Brief, before: Section | undefined): string {
  if (brief.form !== 'markdown') return 'LEGAL STANDARD';
  return `${'#'.repeat(before?.heading.level ?? 2)} LEGAL STANDARD`;
}

/** The start of the heading's line; on pleading paper, the heading itself, so the margin number keeps its place. */
function lineStart(source: string, offset: number, keepMargin: boolean): number {
  if (keepMargin) return offset;
  const newline = source.lastIndexOf('\n', offset - 1);
  return newline + 1;
}
