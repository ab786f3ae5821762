/** Statutes, regulations and constitutions, read forward from their code (and back to a title number). */
import type { Anchor, AnchorHit } from './anchors';
import { SECTION_LIST, sticky, YEAR } from './patterns';
import { execAt, fold, makeCitation, matchEnd, numberBefore } from './scan';
import type { Scan } from './scan';
import type { Citation } from './types';
import { isDigit, isWhitespace } from '../text';

const MAX_TITLE_DIGITS = 3;

/** The edition or year a statute cite may end with: `(2018)`, `(West 2020)`. */
const STATUTE_YEAR = String.raw`(?:\s*\((?:[A-Z][A-Za-z.]*\s+){0,3}(?<year>${YEAR})\))?`;

/** `§ 1983`, `§§ 1331, 1332`, `section 2025.450`, `tit. 22, § 100`, `ch. 93A, § 2`, `pt. 541`, `et seq.` */
const SECTIONS = sticky(
  String.raw`(?:\s*,)?\s*(?:(?<unit>tit\.|ch\.)\s*(?<unitNumber>\d{1,3}[A-Z]{0,2})\s*,?\s*)?` +
    String.raw`(?:(?:§{1,2}|[Ss]ections?|[Ss]ecs?\.)\s*(?<sections>${SECTION_LIST})|(?<part>(?:pts?\.|[Pp]arts?)\s*\d{1,4}(?:\.\d{1,4})?))` +
    String.raw`(?:\s*et\s+seq\.)?${STATUTE_YEAR}`,
);

/** Codes cited by bare number, the section sign optional: `N.Y. C.P.L.R. 3211(a)(7)`, `815 ILCS 505/2`. */
const NUMBERS = sticky(
  String.raw`(?:\s*,)?\s*(?:(?:§{1,2}|[Ss]ections?|[Ss]ecs?\.)\s*)?(?<sections>${SECTION_LIST})(?:\s*et\s+seq\.)?${STATUTE_YEAR}`,
);

/** The Federal Register: page, pin, date. `85 Fed. Reg. 12,345, 12,350 (Mar. 2, 2020)` */
const REGISTER_PAGES = sticky(
  String.raw`\s+(?<page>\d{1,3}(?:,\d{3}){0,2})(?!\d)(?:\s*,\s*(?<pin>\d{1,3}(?:,\d{3}){0,2})(?!\d))?` +
    String.raw`(?:\s*\((?:[A-Z][a-z]{2,4}\.?\s+\d{1,2},\s*)?(?<year>${YEAR})\))?`,
);

/** `No. 111-148, § 1501, 124 Stat. 119 (2010)` after `Pub. L.` */
const PUBLIC_LAW = sticky(
  String.raw`\s*No\.\s*(?<law>\d{1,3}-\d{1,4})(?!\d)(?:\s*,\s*§{1,2}\s*(?<sections>${SECTION_LIST}))?` +
    String.raw`(?:\s*,\s*\d{1,3}\s+Stat\.\s+\d{1,5}(?:\s*,\s*\d{1,5})?)?(?:\s*\((?<year>${YEAR})\))?`,
);

export function parseCode(scan: Scan, hit: AnchorHit<Anchor & { type: 'code' }>): Citation | undefined {
  const { code } = hit.anchor;
  const title = code.titled ? numberBefore(scan, hit.start, MAX_TITLE_DIGITS) : undefined;
  const start = title?.start ?? hit.start;
  const cites = code.cites ?? 'sections';
  const parts = { title: title?.value, code: code.abbreviation };

  if (cites === 'pages') {
    const pages = title && execAt(REGISTER_PAGES, scan.text, hit.end);
    if (!pages?.groups) return undefined;
    const { page, pin, year } = pages.groups;
    return makeCitation(scan, code.kind, start, matchEnd(pages), { ...parts, page, pin, year });
  }
  if (cites === 'public-law') {
    const law = execAt(PUBLIC_LAW, scan.text, hit.end);
    if (!law?.groups) return undefined;
    const { law: number, sections, year } = law.groups;
    const section = sections === undefined ? number : `${number}, § ${fold(sections)}`;
    return makeCitation(scan, code.kind, start, matchEnd(law), { ...parts, section, year });
  }
  const match = execAt(cites === 'numbers' ? NUMBERS : SECTIONS, scan.text, hit.end);
  if (!match?.groups) return undefined;
  const { unit, unitNumber, sections, part, year } = match.groups;
  const section = part !== undefined ? fold(part) : fold(sections);
  return makeCitation(scan, code.kind, start, matchEnd(match), {
    ...parts,
    title: unit === 'tit.' ? unitNumber : parts.title,
    section: unit === 'ch.' ? `ch. ${unitNumber}, § ${section}` : section,
    year,
  });
}

/** `art. III, § 2`, `amend. XIV, § 1`, `art. I, § 8, cl. 3`, `pmbl.` */
const CONSTITUTION_PART = sticky(
  String.raw`\s*,?\s*(?<part>(?:art\.|amend\.)\s*(?:[IVXLC]{1,7}|\d{1,3})(?![A-Za-z0-9])` +
    String.raw`(?:\s*,\s*§{1,2}\s*\d{1,3}[a-z]?(?:\([a-z0-9]{1,4}\))?)?(?:\s*,\s*cl\.\s*\d{1,2})?|pmbl\.)`,
);

export function parseConstitution(scan: Scan, hit: AnchorHit<Anchor & { type: 'constitution' }>): Citation | undefined {
  const match = execAt(CONSTITUTION_PART, scan.text, hit.end);
  if (!match?.groups) return undefined;
  return makeCitation(scan, 'constitution', hit.start, matchEnd(match), {
    code: hit.anchor.code,
    section: fold(match.groups.part),
  });
}

const BARE_SECTIONS = sticky(String.raw`\s*(?<sections>${SECTION_LIST})(?:\s*et\s+seq\.)?`);

/** What follows a section of a private document: `§ 5 of the contract`, `§ 4.2 of the Purchase Agreement`. */
const OF_A_DOCUMENT = sticky(
  String.raw`\s+of\s+(?:the|this|that|these|those|its|their|our|his|her|said|such|each|any)\s+(?<words>[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+)?)`,
);

export const PRIVATE_INSTRUMENTS = new Set([
  'agreement', 'agreements', 'contract', 'contracts', 'lease', 'policy', 'plan', 'bylaws', 'by-laws', 'charter',
  'license', 'note', 'deed', 'will', 'trust', 'indenture', 'settlement', 'stipulation', 'order', 'declaration',
  'articles', 'terms', 'handbook', 'manual', 'guidelines', 'warranty', 'mortgage', 'guaranty', 'guarantee',
  'amendment', 'addendum', 'exhibit', 'complaint', 'motion', 'brief', 'report', 'protocol', 'memorandum',
  'certificate', 'instrument', 'document',
]);

/**
 * A `§` with no code before it. In a brief that is a short form of a statute already cited in full
 * (`under § 1983`), so it is a statute cite, unless it is a section of a private document
 * (`§ 5 of the contract`, `§ 4.2 of the Agreement`), which is no authority at all.
 */
export function parseBareSection(scan: Scan, hit: AnchorHit<Anchor & { type: 'section' }>): Citation | undefined {
  // A section number starts with a digit: a `§` before anything else is passed over without a regex.
  let first = hit.end;
  while (first < scan.text.length && isWhitespace(scan.text.charCodeAt(first))) first++;
  if (!isDigit(scan.text.charCodeAt(first))) return undefined;
  const match = execAt(BARE_SECTIONS, scan.text, hit.end);
  if (!match?.groups) return undefined;
  const document = execAt(OF_A_DOCUMENT, scan.text, matchEnd(match));
  if (document?.groups && document.groups.words.toLowerCase().split(/\s+/).some((word) => PRIVATE_INSTRUMENTS.has(word))) {
    return undefined;
  }
  return makeCitation(scan, 'statute', hit.start, matchEnd(match), { section: fold(match.groups.sections) });
}
