/**
 * Builds syntaxes/brief.tmLanguage.json, the TextMate grammar of the `brief` language, from the citation engine's own
 * tables (reporters, codes, rule sets, constitutions, journals, treatises, record words) and its regex fragments, so
 * that the editor colours the abbreviations the engine recognises, and a new table row reaches both.
 * `npx tsc -p . && node out/scripts/brief-grammar.js` rewrites the file; test/grammar fails when it is stale.
 *
 * Linear time. TextMate tries every pattern at every position of a line, with Oniguruma and, in our tests, no time
 * limit. So every repetition here is bounded (`{0,15}`), or is a run of a class that the next item cannot match
 * (`\s*` before a literal), and the words of a name are atomic groups: one attempt reads a bounded stretch of text.
 * test/grammar tokenizes adversarial lines of 100,000 characters to hold us to it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPORTER_ENTRIES, RULE_SET_ENTRIES } from '../server/src/engine/citations/anchors';
import { CODES, CONSTITUTION_JURISDICTIONS, JOURNALS, RECORD_WORDS, TREATISES } from '../server/src/engine/citations/codes';
import type { Code, RecordForm } from '../server/src/engine/citations/codes';
import {
  ABBREVIATIONS as ENGINE_ABBREVIATIONS, DEFENDANT_CONNECTORS as ENGINE_DEFENDANT_CONNECTORS, ENTITY_SUFFIXES as ENGINE_ENTITY_SUFFIXES,
  LEAD_IN_WORDS, NAME_CONNECTORS,
} from '../server/src/engine/citations/names';
import { PRIVATE_INSTRUMENTS as ENGINE_PRIVATE_INSTRUMENTS } from '../server/src/engine/citations/statutes';
import {
  abbreviationPattern, anchorKey, buildAnchorTable, PARAGRAPHS, PIN, RULE_LIST, SECTION, SECTION_LIST, YEAR,
} from '../server/src/engine/citations/patterns';

export const BRIEF_GRAMMAR_PATH = 'syntaxes/brief.tmLanguage.json';

/** Every scope the grammar assigns, by role. syntaxes/README.md documents them and a test keeps the two in step. */
export const SCOPES = {
  heading: 'markup.heading.brief',
  headingTitle: 'entity.name.section.brief',
  headingLabel: 'punctuation.definition.heading.brief',
  marginNumber: 'comment.line.number.margin.brief',
  pageFurniture: 'comment.other.page-furniture.brief',
  paragraph: 'meta.paragraph.brief',
  caseCite: 'markup.underline.link.citation.case.brief',
  idCite: 'markup.underline.link.citation.id.brief',
  supraCite: 'markup.underline.link.citation.supra.brief',
  statuteCite: 'markup.underline.link.citation.statute.brief',
  regulationCite: 'markup.underline.link.citation.statute.regulation.brief',
  ruleCite: 'markup.underline.link.citation.rule.brief',
  constitutionCite: 'markup.underline.link.citation.constitution.brief',
  secondaryCite: 'markup.underline.link.citation.secondary.brief',
  recordCite: 'string.other.citation.record.brief',
  /** Two scopes: themes colour the first, and the second makes it italic, as briefs print case names. */
  caseName: 'entity.name.type.case.brief markup.italic.brief',
  /** The author or short name before `supra`, and the authors of a treatise. */
  authorityName: 'entity.name.type.authority.brief',
  treatiseTitle: 'entity.name.type.title.brief markup.italic.brief',
  signal: 'keyword.other.signal.brief markup.italic.brief',
  id: 'variable.language.id.brief markup.italic.brief',
  supra: 'variable.language.supra.brief markup.italic.brief',
  sectionSign: 'keyword.other.section-sign.brief',
  volume: 'constant.numeric.volume.brief',
  page: 'constant.numeric.page.brief',
  pin: 'constant.numeric.pin.brief',
  year: 'constant.numeric.year.brief',
  title: 'constant.numeric.title.brief',
  section: 'constant.numeric.section.brief',
  reporter: 'support.type.reporter.brief',
  code: 'support.type.code.brief',
  court: 'support.constant.court.brief',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Building regexes with numbered captures

/** A regex piece: source text without capturing groups, or a capture with its scope. */
type Piece = string | Capture;

interface Capture {
  scope: string;
  pieces: readonly Piece[];
}

const capture = (scope: string, ...pieces: Piece[]): Capture => ({ scope, pieces });

type Captures = Record<string, { name: string }>;

export interface GrammarRule {
  comment?: string;
  name?: string;
  contentName?: string;
  match?: string;
  captures?: Captures;
  begin?: string;
  beginCaptures?: Captures;
  end?: string;
  endCaptures?: Captures;
  include?: string;
  patterns?: GrammarRule[];
}

/** Joins the pieces into one source and numbers the captures as the regex engine will, by their opening parenthesis. */
function compile(pieces: readonly Piece[]): { source: string; captures?: Captures } {
  const captures: Captures = {};
  let count = 0;
  const render = (piece: Piece): string => {
    if (typeof piece === 'string') {
      assertNoCapturingGroups(piece);
      return piece;
    }
    const index = ++count;
    captures[String(index)] = { name: piece.scope };
    return `(${piece.pieces.map(render).join('')})`;
  };
  const source = pieces.map(render).join('');
  return { source, captures: count > 0 ? captures : undefined };
}

function match(comment: string, name: string | undefined, ...pieces: Piece[]): GrammarRule {
  const { source, captures } = compile(pieces);
  return { comment, ...(name === undefined ? {} : { name }), match: source, ...(captures ? { captures } : {}) };
}

/** Plain source must not number a group of its own: `(?:…)`, lookarounds and atomic groups only, no named groups. */
function assertNoCapturingGroups(source: string): void {
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
    } else if (char === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (char === '(' && (source[i + 1] !== '?' || /^\?<[A-Za-z]/.test(source.slice(i + 1, i + 4)))) {
      throw new Error(`A fragment opens a capturing group, which would shift the captures: …${source.slice(i, i + 40)}…`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Alternations made from the engine's tables

/** Not `localeCompare`: the generated file must not depend on the machine's locale. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The spellings as the engine matches them (spacing free after a period), longest first. */
function spellings(written: readonly string[]): string {
  const unique = [...new Map(written.map((spelling) => [anchorKey(spelling), spelling])).values()];
  unique.sort((a, b) => anchorKey(b).length - anchorKey(a).length || byCodeUnits(a, b));
  return `(?:${unique.map(abbreviationPattern).join('|')})`;
}

const REPORTERS = `(?:${buildAnchorTable(REPORTER_ENTRIES).source})`;
const RULE_SETS = `(?:${buildAnchorTable(RULE_SET_ENTRIES).source})`;
const codeSpellings = (select: (code: Code) => boolean) =>
  spellings(CODES.filter(select).flatMap((code) => [code.abbreviation, ...(code.variants ?? [])]));
const recordSpellings = (form: RecordForm) => spellings(RECORD_WORDS.filter((word) => word.form === form).map((word) => word.written));

/** A trie-shaped alternation (first letter, then the rest), so a word is compared with a handful of entries, not all. */
function wordTrie(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const word of [...new Set(words)].sort((a, b) => b.length - a.length || byCodeUnits(a, b))) {
    byFirst.set(word[0], [...(byFirst.get(word[0]) ?? []), word.slice(1)]);
  }
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  return `(?:${[...byFirst].map(([first, rests]) => `${escape(first)}(?:${rests.map(escape).join('|')})`).join('|')})`;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared fragments

/** Whitespace inside a cite: a few characters at most on one line (a longer run is not one cite). */
const GAP = String.raw`\s{1,4}`;
const OPTIONAL_GAP = String.raw`\s{0,4}`;
const WORD_CHARACTER = String.raw`[\p{L}\p{N}'’&/-]`;
/** Not inside a word: `_` and `*` are not word characters, so Markdown emphasis around a cite does not hide it. */
const NO_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}'’&./-])`;
const NO_WORD_AFTER = String.raw`(?![\p{L}\p{N}'’&./-])`;
/** A number is not the tail of a longer number, a decimal or an amount (`1.5 F.3d`, `123456 U.S.`, `$1,500`). */
const NO_NUMBER_BEFORE = String.raw`(?<![\p{L}\p{N}'’&./,$-])`;
/** After a list of pins, a number followed by an abbreviation starts a parallel cite (`, 110 S. Ct. 2000`). */
const NOT_A_VOLUME = String.raw`(?!\s{1,4}[A-Z][A-Za-z]{0,5}\.)`;
const PINS = String.raw`${PIN}${NOT_A_VOLUME}(?:\s{0,3},${OPTIONAL_GAP}${PIN}${NOT_A_VOLUME}){0,5}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DATE = String.raw`${MONTH}\s{1,3}\d{1,2},`;
const COURT_WORD = String.raw`(?:[A-Z0-9][A-Za-z0-9.'’&]{0,15}|&)`;
const COURT = String.raw`${COURT_WORD}(?:\s{1,3}${COURT_WORD}){0,7}`;
const SECTION_SIGN = '§{1,2}';
const SECTION_WORD = String.raw`§{1,2}|[Ss]ections?|[Ss]ecs?\.`;
const ET_SEQ = String.raw`(?:${OPTIONAL_GAP}et${GAP}seq\.)?`;

// ---------------------------------------------------------------------------------------------------------------
// Names: parties, short names, authors. The word lists are the engine's own (server/src/engine/citations/names.ts);
// the engine reads a name backwards from its cite, the grammar forwards, so the two are not one regex.

/** Capitalised words that open a sentence or clause, not a case name (`Under Smith v. Jones`), and the signals. */
const NOT_A_FIRST_WORD = [...LEAD_IN_WORDS];
const SIGNAL_WORDS = ['See', 'Cf.', 'But', 'Compare', 'Accord', 'E.g.', 'Contra', 'Id.', 'Ibid.'];

/** Abbreviations with a vowel that end in a period inside a name (`Prods.`, `Cal.`); other such words end a sentence. */
const ABBREVIATIONS = [...ENGINE_ABBREVIATIONS];
/** Words after a comma inside a name (`Costco, Inc.`): the comma does not end the name. */
const ENTITY_SUFFIXES = [...ENGINE_ENTITY_SUFFIXES];
/** Lowercase words inside party names (`Bd. of Trs.`, `United States ex rel. Smith`). */
const CONNECTORS = [...NAME_CONNECTORS];
/** More connectors, allowed only between `v.` and the comma before a volume, where the name's end is certain. */
const DEFENDANT_CONNECTORS = [...ENGINE_DEFENDANT_CONNECTORS];

const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const oneOf = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).map(literal).join('|')})`;

/**
 * A capitalised word of a name: `Smith`, `Saveology.com`, `U.S.`, `L.L.C.`, `S.`, `Int'l`, `Mfg.`, `Prods.`, `eBay`.
 * A word ending in a period that is none of these (`Dembin.`, `Court.`) ends a sentence, so it is no name word.
 * Atomic: once a word is read it is not read again shorter, which keeps a failed attempt short.
 */
const CAPITALISED_WORD = String.raw`(?=\p{Lu}|\p{Ll}\p{Lu})(?>` + [
  String.raw`${WORD_CHARACTER}{1,30}${NO_WORD_AFTER}`,
  String.raw`${WORD_CHARACTER}{1,20}(?:\.${WORD_CHARACTER}{1,20}){1,6}\.?${NO_WORD_AFTER}`,
  String.raw`[\p{L}\p{N}&/-]{1,15}['’]${WORD_CHARACTER}{0,15}\.${NO_WORD_AFTER}`,
  String.raw`\p{Lu}\.${NO_WORD_AFTER}`,
  String.raw`[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]{0,7}\.${NO_WORD_AFTER}`,
  String.raw`${wordTrie(ABBREVIATIONS)}\.${NO_WORD_AFTER}`,
].join('|') + ')';

const NAME_WORD = `(?!${oneOf(SIGNAL_WORDS)}${NO_WORD_AFTER})${CAPITALISED_WORD}`;
const FIRST_NAME_WORD = `(?!${oneOf([...NOT_A_FIRST_WORD, ...SIGNAL_WORDS])}${NO_WORD_AFTER})${CAPITALISED_WORD}`;
const SEPARATOR = String.raw`(?:\s{1,3}|,\s{1,3}(?=${oneOf(ENTITY_SUFFIXES)}(?![\p{L}\p{N}])))`;
const connector = (words: readonly string[]) => `${oneOf(words)}${NO_WORD_AFTER}`;

/** A party: up to `words` capitalised words, with up to `joins` lowercase connectors before each. */
function party(first: string, words: number, joins: number, connectors: readonly string[]): string {
  return `${first}(?:${SEPARATOR}(?:${connector(connectors)}${SEPARATOR}){0,${joins}}${NAME_WORD}){0,${words - 1}}`;
}

const PROCEDURAL = String.raw`(?:In\s{1,3}re|[Ee]x\s{1,3}parte|(?:In\s{1,3}the\s{1,3})?Matter\s{1,3}of)\s{1,3}`;
const VERSUS = String.raw`\s{1,3}(?:v\.|vs\.|v(?=\s))\s{1,3}`;
const MAX_PARTY_WORDS = 16;

/**
 * A cheap look ahead for the `v.` of a name before the plaintiff's words are read one by one, so that a line of
 * capitalised words with no `v.` in it is passed over quickly. 250 characters is the engine's window for a name.
 */
const VERSUS_AHEAD = String.raw`(?=[^\n;()\[\]{}"“”:?!§¶]{1,250}?\sv(?:s?\.|(?=\s))\s)`;

/** `Smith v. Jones`, `In re Acme Corp.`; before a cite the defendant may hold `in`, `on`, `a`… (`Smith v. Town of Ayer`). */
function caseName(defendantConnectors: readonly string[]): string {
  const defendant = party(NAME_WORD, MAX_PARTY_WORDS, 3, defendantConnectors);
  return `(?:${PROCEDURAL}${defendant}|${VERSUS_AHEAD}${party(FIRST_NAME_WORD, MAX_PARTY_WORDS, 3, CONNECTORS)}${VERSUS}${defendant})`;
}

const FULL_CASE_NAME = caseName([...CONNECTORS, ...DEFENDANT_CONNECTORS]);
const BARE_CASE_NAME = caseName(CONNECTORS);
/** `Concrete Pipe`, `Iqbal`, `Wright & Miller`: a few capitalised words. */
const SHORT_NAME = party(FIRST_NAME_WORD, 5, 2, CONNECTORS);

// ---------------------------------------------------------------------------------------------------------------
// Citations, one rule per kind

const caseCite = match(
  'A case cite, full or short: name, volume, reporter, then the page, pins and court-and-year, or `at` and a pin. ' +
    'The name is optional (`508 U.S. at 623`); California style puts the year before the volume.',
  SCOPES.caseCite,
  NO_WORD_BEFORE,
  '(?:', capture(SCOPES.caseName, `(?:${FULL_CASE_NAME}|${SHORT_NAME})`),
  String.raw`(?:,${GAP}|${GAP}\(`, capture(SCOPES.year, YEAR), String.raw`\)${GAP}))?`,
  NO_NUMBER_BEFORE, capture(SCOPES.volume, String.raw`\d{1,4}`), GAP, capture(SCOPES.reporter, REPORTERS),
  String.raw`(?:,?${GAP}at${GAP}`, capture(SCOPES.pin, PIN),
  `|${GAP}`, capture(SCOPES.page, String.raw`\d{1,8}|_{2,10}`), String.raw`(?![\p{L}\p{N}])`,
  String.raw`(?:\s{0,3},${OPTIONAL_GAP}(?:at${GAP})?`, capture(SCOPES.pin, PINS), ')?',
  String.raw`(?:${OPTIONAL_GAP}\((?:`, capture(SCOPES.court, COURT), String.raw`\s{1,3})?(?:${DATE}\s{1,3})?`,
  capture(SCOPES.year, YEAR), String.raw`\))?)`,
);

const bareCaseName = match(
  'A case name without a cite after it (`Romero v. Securus is a class action`): still a name, not a citation.',
  undefined,
  NO_WORD_BEFORE, capture(SCOPES.caseName, BARE_CASE_NAME),
);

const idCite = match(
  '`Id.`, `Id. at 4`, `id. ¶ 5`, `Id. § 3`, `Ibid.`',
  SCOPES.idCite,
  String.raw`(?<![\p{L}\p{N}'’.])`, capture(SCOPES.id, String.raw`[Ii]d\.|[Ii]bid\.`), String.raw`(?![\p{L}\p{N}])`,
  String.raw`(?:${OPTIONAL_GAP},?${OPTIONAL_GAP}at${GAP}`, capture(SCOPES.pin, PINS),
  `|${OPTIONAL_GAP},?${OPTIONAL_GAP}`, capture(SCOPES.pin, PARAGRAPHS),
  `|${OPTIONAL_GAP},?${OPTIONAL_GAP}`, capture(SCOPES.sectionSign, SECTION_SIGN), OPTIONAL_GAP, capture(SCOPES.section, SECTION_LIST), ')?',
);

const supraCite = match(
  '`Smith, supra note 3, at 12`, `Wright & Miller, supra, § 2035`. A `supra` with no name and comma before it refers to ' +
    'the brief itself (`discussed supra`) and is no cite.',
  SCOPES.supraCite,
  NO_WORD_BEFORE, capture(SCOPES.authorityName, `(?:${BARE_CASE_NAME}|${SHORT_NAME})`), `,${GAP}`,
  capture(SCOPES.supra, 'supra'), String.raw`(?![\p{L}\p{N}])`,
  String.raw`(?:${GAP}notes?${GAP}\d{1,4}(?:${OPTIONAL_GAP}[-–,]${OPTIONAL_GAP}\d{1,4})?)?`,
  String.raw`(?:${OPTIONAL_GAP},${OPTIONAL_GAP}(?:at${GAP}`, capture(SCOPES.pin, PINS),
  '|', capture(SCOPES.sectionSign, SECTION_SIGN), OPTIONAL_GAP, capture(SCOPES.section, SECTION_LIST),
  '|', capture(SCOPES.pin, PARAGRAPHS), '))?',
);

const TITLE_NUMBER = String.raw`\d{1,3}`;
const STATUTE_YEAR = [String.raw`(?:${OPTIONAL_GAP}\((?:[A-Z][A-Za-z.]{0,15}${GAP}){0,3}`, capture(SCOPES.year, YEAR), String.raw`\))?`];

/** After a code: `§ 1983`, `§§ 1331, 1332`, `section 2025.450`, `tit. 22, § 100`, `ch. 93A, § 2`, `pt. 541`, `et seq.`, `(2018)`. */
const SECTIONS: Piece[] = [
  String.raw`(?:${OPTIONAL_GAP},)?${OPTIONAL_GAP}(?:(?:tit\.|ch\.)${OPTIONAL_GAP}`, capture(SCOPES.title, String.raw`\d{1,3}[A-Z]{0,2}`),
  String.raw`${OPTIONAL_GAP},?${OPTIONAL_GAP})?`,
  '(?:', capture(SCOPES.sectionSign, SECTION_WORD), OPTIONAL_GAP, capture(SCOPES.section, SECTION_LIST),
  '|', capture(SCOPES.section, String.raw`(?:pts?\.|[Pp]arts?)${OPTIONAL_GAP}\d{1,4}(?:\.\d{1,4})?`), ')',
  ET_SEQ, ...STATUTE_YEAR,
];

/** After a code cited by bare number: `N.Y. C.P.L.R. 3211(a)(7)`, `815 ILCS 505/2`. */
const NUMBERS: Piece[] = [
  String.raw`(?:${OPTIONAL_GAP},)?${OPTIONAL_GAP}(?:`, capture(SCOPES.sectionSign, SECTION_WORD), `${OPTIONAL_GAP})?`,
  capture(SCOPES.section, SECTION_LIST), ET_SEQ, ...STATUTE_YEAR,
];

const codeCite = (comment: string, scope: string, select: (code: Code) => boolean, tail: readonly Piece[]) => match(
  comment, scope,
  NO_NUMBER_BEFORE, '(?:', capture(SCOPES.title, TITLE_NUMBER), `${GAP})?`,
  NO_WORD_BEFORE, capture(SCOPES.code, codeSpellings(select)), ...tail,
);

const statuteSections = codeCite(
  'A statute by section: `28 U.S.C. § 636(b)(1)(A)`, `Cal. Civ. Proc. Code § 2025.450`, `Civ. Code, § 1542`.',
  SCOPES.statuteCite, (code) => code.kind === 'statute' && (code.cites ?? 'sections') === 'sections', SECTIONS,
);
const statuteNumbers = codeCite(
  'A statute cited by number, the section sign optional: `N.Y. C.P.L.R. 3211(a)(7)`, `815 ILCS 505/2`.',
  SCOPES.statuteCite, (code) => code.kind === 'statute' && code.cites === 'numbers', NUMBERS,
);
const regulationSections = codeCite(
  'A regulation by section or part: `17 C.F.R. § 240.10b-5`, `29 C.F.R. pt. 541`, `Cal. Code Regs. tit. 22, § 100`.',
  SCOPES.regulationCite, (code) => code.kind === 'regulation' && (code.cites ?? 'sections') === 'sections', SECTIONS,
);

const REGISTER_PAGE = String.raw`\d{1,3}(?:,\d{3}){0,2}(?!\d)`;
const federalRegister = match(
  'The Federal Register by page: `85 Fed. Reg. 12,345, 12,350 (Mar. 2, 2020)`.',
  SCOPES.regulationCite,
  NO_NUMBER_BEFORE, capture(SCOPES.title, TITLE_NUMBER), GAP,
  capture(SCOPES.code, codeSpellings((code) => code.cites === 'pages')), GAP, capture(SCOPES.page, REGISTER_PAGE),
  String.raw`(?:${OPTIONAL_GAP},${OPTIONAL_GAP}`, capture(SCOPES.pin, REGISTER_PAGE), ')?',
  String.raw`(?:${OPTIONAL_GAP}\((?:${DATE}${GAP})?`, capture(SCOPES.year, YEAR), String.raw`\))?`,
);

const publicLaw = match(
  'A public law: `Pub. L. No. 111-148, § 1501, 124 Stat. 119 (2010)`.',
  SCOPES.statuteCite,
  NO_WORD_BEFORE, capture(SCOPES.code, codeSpellings((code) => code.cites === 'public-law')),
  String.raw`${OPTIONAL_GAP}No\.${OPTIONAL_GAP}`, capture(SCOPES.section, String.raw`\d{1,3}-\d{1,4}(?!\d)`),
  String.raw`(?:${OPTIONAL_GAP},${OPTIONAL_GAP}`, capture(SCOPES.sectionSign, SECTION_SIGN), OPTIONAL_GAP, capture(SCOPES.section, SECTION_LIST), ')?',
  String.raw`(?:${OPTIONAL_GAP},${OPTIONAL_GAP}\d{1,3}${GAP}Stat\.${GAP}\d{1,5}(?:${OPTIONAL_GAP},${OPTIONAL_GAP}\d{1,5})?)?`,
  String.raw`(?:${OPTIONAL_GAP}\(`, capture(SCOPES.year, YEAR), String.raw`\))?`,
);

/** What follows a section of a private document (`§ 5 of the contract`): that is no authority. */
const PRIVATE_INSTRUMENTS = [...ENGINE_PRIVATE_INSTRUMENTS];
const OF_A_DOCUMENT =
  String.raw`${GAP}of${GAP}(?:the|this|that|these|those|its|their|our|his|her|said|such|each|any)${GAP}` +
  String.raw`(?:[A-Za-z'’-]{1,30}${GAP})?(?i:${oneOf(PRIVATE_INSTRUMENTS)})(?![A-Za-z])`;

const bareSection = match(
  'A section sign with no code before it: in a brief, a short form of a statute (`under § 1983`), unless it is a ' +
    'section of a private document (`§ 5 of the contract`). The list is atomic so that it cannot give back digits to ' +
    'dodge that test.',
  SCOPES.statuteCite,
  NO_WORD_BEFORE, capture(SCOPES.sectionSign, SECTION_SIGN), OPTIONAL_GAP,
  '(?>', capture(SCOPES.section, SECTION_LIST), ET_SEQ, `)(?!${OF_A_DOCUMENT})`,
);

const ruleSetCite = match(
  'A rule of a named set: `Fed. R. Civ. P. 72(a)`, `Federal Rule of Civil Procedure 26(c)`, `Civ. L.R. 7-3`, ' +
    '`Local Rule 7.1(d)(1)`, `Cal. Rules of Court, rule 8.204`.',
  SCOPES.ruleCite,
  NO_WORD_BEFORE, capture(SCOPES.code, RULE_SETS), String.raw`(?:${OPTIONAL_GAP},)?${OPTIONAL_GAP}(?:[Rr]ules?${GAP})?`,
  capture(SCOPES.section, RULE_LIST),
);

const bareRuleCite = match(
  'A bare `Rule 26(c)`, perhaps with its set after it (`Rule 26(c), Fed. R. Civ. P.`, `Rule 26(c) of the Federal Rules ' +
    'of Civil Procedure`), unless that set has a number of its own (`Rule 12(b)(6), Fed. R. Civ. P. 8(a)` is two cites).',
  SCOPES.ruleCite,
  NO_WORD_BEFORE, capture(SCOPES.code, 'Rules?'), GAP, capture(SCOPES.section, RULE_LIST),
  String.raw`(?:(?:${OPTIONAL_GAP},${OPTIONAL_GAP}|${GAP}of${GAP}the${GAP})`, capture(SCOPES.code, RULE_SETS), String.raw`(?!${OPTIONAL_GAP}\d))?`,
);

const constitutionCite = match(
  'A constitution by article or amendment: `U.S. Const. art. III, § 2`, `U.S. Const. amend. XIV, § 1`, `Cal. Const. art. I, § 7`.',
  SCOPES.constitutionCite,
  NO_WORD_BEFORE, capture(SCOPES.code, spellings(CONSTITUTION_JURISDICTIONS.map((jurisdiction) => `${jurisdiction} Const.`))),
  `${OPTIONAL_GAP},?${OPTIONAL_GAP}`,
  capture(SCOPES.section,
    String.raw`(?:art\.|amend\.)${OPTIONAL_GAP}(?:[IVXLC]{1,7}|\d{1,3})(?![A-Za-z0-9])` +
      String.raw`(?:${OPTIONAL_GAP},${OPTIONAL_GAP}§{1,2}${OPTIONAL_GAP}\d{1,3}[a-z]?(?:\([a-z0-9]{1,4}\))?)?` +
      String.raw`(?:${OPTIONAL_GAP},${OPTIONAL_GAP}cl\.${OPTIONAL_GAP}\d{1,2})?|pmbl\.`),
);

const restatementCite = match(
  'A Restatement: `Restatement (Second) of Torts § 402A (1965)`, `Restatement (Third) of Agency § 7.03 cmt. b`.',
  SCOPES.secondaryCite,
  NO_WORD_BEFORE,
  capture(SCOPES.code,
    String.raw`Restatement${OPTIONAL_GAP}(?:\((?:First|Second|Third|Fourth)\)${OPTIONAL_GAP})?of${GAP}(?:the${GAP})?` +
      String.raw`[A-Z][A-Za-z'’:]{0,20}(?:${GAP}(?:[A-Z][A-Za-z'’:]{0,20}|of|and|the|&)){0,5}`),
  `${OPTIONAL_GAP},?${OPTIONAL_GAP}`, capture(SCOPES.sectionSign, SECTION_SIGN), OPTIONAL_GAP, capture(SCOPES.section, SECTION),
  String.raw`(?:${OPTIONAL_GAP},?${OPTIONAL_GAP}cmt\.${OPTIONAL_GAP}[a-z](?:${OPTIONAL_GAP},${OPTIONAL_GAP}illus\.${OPTIONAL_GAP}\d{1,2})?)?`,
  String.raw`(?:${OPTIONAL_GAP}\((?:Am\.${OPTIONAL_GAP}L(?:aw)?\.${OPTIONAL_GAP}Inst\.${OPTIONAL_GAP})?`, capture(SCOPES.year, YEAR), String.raw`\))?`,
);

const journalCite = match(
  'A law review or journal by volume and page: `100 Harv. L. Rev. 1, 5 (1987)`.',
  SCOPES.secondaryCite,
  NO_NUMBER_BEFORE, capture(SCOPES.volume, String.raw`\d{1,4}`), GAP, capture(SCOPES.code, spellings(JOURNALS)), GAP,
  capture(SCOPES.page, String.raw`\d{1,5}`), String.raw`(?![\p{L}\p{N}])`,
  String.raw`(?:\s{0,3},${OPTIONAL_GAP}`, capture(SCOPES.pin, PINS), ')?',
  String.raw`(?:${OPTIONAL_GAP}\(`, capture(SCOPES.year, YEAR), String.raw`\))?`,
);

const AUTHORS = String.raw`[A-Z][\p{L}.'’-]{0,20}(?:\s{1,3}(?:[A-Z][\p{L}.'’-]{0,20}|&|et\s{1,3}al\.)){0,9}`;
const treatiseCite = match(
  "A treatise by section: `8A Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 2035 (3d ed. 2010)`, " +
    "`6 Moore's Federal Practice § 26.41[1]`.",
  SCOPES.secondaryCite,
  NO_NUMBER_BEFORE, '(?:', capture(SCOPES.volume, String.raw`\d{1,3}[A-Z]?`), GAP,
  '(?:', capture(SCOPES.authorityName, AUTHORS), `,${GAP})?)?`,
  NO_WORD_BEFORE, capture(SCOPES.treatiseTitle, spellings(TREATISES.flatMap((treatise) => [treatise.title, ...(treatise.variants ?? [])]))),
  String.raw`(?:${OPTIONAL_GAP},)?${OPTIONAL_GAP}(?:`, capture(SCOPES.sectionSign, SECTION_SIGN), OPTIONAL_GAP,
  capture(SCOPES.section, String.raw`${SECTION}(?:\[\d{1,3}\](?:\[[a-z]\])?)?`),
  String.raw`|¶${OPTIONAL_GAP}`, capture(SCOPES.section, String.raw`\d{1,5}(?:\.\d{1,4}){0,3}`), ')',
  String.raw`(?:${OPTIONAL_GAP}\((?:\d{1,2}(?:st|nd|rd|d|th)${GAP}ed\.)?${OPTIONAL_GAP}(?:[A-Z][A-Za-z.]{0,15}${GAP}){0,2}`,
  '(?:', capture(SCOPES.year, YEAR), String.raw`)?\))?`,
);

// The record: the court's own docket, exhibits and filings. Never authority, so never the authority scopes.
const FILING_PIN = String.raw`(?:${OPTIONAL_GAP},?${OPTIONAL_GAP}at${GAP}${PINS}|${OPTIONAL_GAP},?${OPTIONAL_GAP}${PARAGRAPHS})?`;
const EXHIBIT_ID = String.raw`(?:[A-Z]{1,2}|\d{1,4})(?:-\d{1,3})?(?![A-Za-z0-9])`;

const docketCite = match(
  'A docket entry: `Doc. No. 66 at 4`, `ECF No. 12-1, at 3`, `Dkt. 45`, `Doc. #45`.',
  SCOPES.recordCite,
  NO_WORD_BEFORE, recordSpellings('docket'),
  String.raw`${OPTIONAL_GAP}(?:Nos?\.${OPTIONAL_GAP}|#\s{0,2})?\d{1,5}(?:-\d{1,3})?(?![\dA-Za-z])${FILING_PIN}`,
);

const exhibitCite = match(
  'An exhibit: `Ex. A`, `Exh. 3 at 4`, `Exhibits A and B`.',
  SCOPES.recordCite,
  NO_WORD_BEFORE, recordSpellings('exhibit'),
  String.raw`${OPTIONAL_GAP}(?:No\.${OPTIONAL_GAP})?${EXHIBIT_ID}(?:${OPTIONAL_GAP}(?:,|and|&|through|[-–])${OPTIONAL_GAP}${EXHIBIT_ID}){0,6}${FILING_PIN}`,
);

const paperCite = match(
  "A filing by name, with the paragraph, page, page:line or exhibit it points to: `Smith Decl. ¶ 3`, `Compl. ¶ 12`, " +
    "`Pl.'s Mot. at 5`, `Hr'g Tr. 45:3-10`, `Smith Decl. Ex. A`. `the Smith Decl. shows` is no cite.",
  SCOPES.recordCite,
  NO_WORD_BEFORE,
  String.raw`(?:(?!${oneOf(NOT_A_FIRST_WORD)}${NO_WORD_AFTER})[A-Z][\p{L}.'’-]{0,20}\s{1,3}){0,4}`,
  recordSpellings('paper'),
  String.raw`(?:${GAP}of${GAP}[A-Z][\p{L}.'’-]{0,20}(?:${GAP}[A-Z][\p{L}.'’-]{0,20}){0,2})?`,
  String.raw`(?:${OPTIONAL_GAP},?${OPTIONAL_GAP}${PARAGRAPHS}|${OPTIONAL_GAP},?${OPTIONAL_GAP}at${GAP}${PINS}`,
  String.raw`|${GAP}\d{1,4}:\d{1,3}(?:${OPTIONAL_GAP}[-–]${OPTIONAL_GAP}(?:\d{1,4}:)?\d{1,3})?`,
  String.raw`|${OPTIONAL_GAP},?${OPTIONAL_GAP}${recordSpellings('exhibit')}${OPTIONAL_GAP}${EXHIBIT_ID})`,
);

const administrativeRecordCite = match(
  'The administrative record by page: `AR 123`, `A.R. 123-25`.',
  SCOPES.recordCite,
  NO_WORD_BEFORE, recordSpellings('administrative'),
  String.raw`${GAP}\d{1,6}(?:${OPTIONAL_GAP}[-–]${OPTIONAL_GAP}\d{1,6})?(?![\p{L}\p{N}])`,
);

/** Bluebook rule 1.2. A signal counts only right before something cited: a name, a number, `§`, `id.`, a quotation. */
const SIGNAL_FOLLOWS = String.raw`(?=${GAP}(?:[\p{Lu}\p{N}§_*"“]|[Ii]d\.|[Ii]bid\.|e\.g\.))`;
const signals = (first: (word: string) => string) =>
  `(?:${first('see')}${GAP}generally|${first('see')}(?:${GAP}also)?(?:,${GAP}e\\.g\\.,?)?|${first('but')}${GAP}(?:see|cf\\.)` +
  `|${first('cf')}\\.|${first('compare')}|${first('accord')}|${first('e')}\\.g\\.,?|${first('contra')}(?!${GAP}Costa))`;

const capitalisedSignal = match(
  'A signal opening a citation sentence: `See`, `See also`, `See, e.g.,`, `See generally`, `But see`, `But cf.`, `Cf.`, ' +
    '`Compare`, `Accord`, `E.g.,`, `Contra`.',
  SCOPES.signal,
  String.raw`(?<![\p{L}\p{N}'’.])`, signals((word) => word[0].toUpperCase() + word.slice(1)), SIGNAL_FOLLOWS,
);

const lowercaseSignal = match(
  'A signal inside a string cite or a parenthetical: `; see also`, `(see Doc. No. 70)`, `, cf.`.',
  SCOPES.signal,
  String.raw`(?<=[;(\[,—–]|[;(\[,—–]\s)`, signals((word) => word), SIGNAL_FOLLOWS,
);

const sectionSign = match('A section sign anywhere, cite or not.', SCOPES.sectionSign, SECTION_SIGN);

// ---------------------------------------------------------------------------------------------------------------
// The page: margin numbers, page furniture, headings, paragraphs

const MARGIN = String.raw`[ ]{0,3}\d{1,2}\t`;

const marginNumber = match(
  'A pleading-paper margin number: up to two digits and a tab at the start of a line.',
  undefined,
  '^[ ]{0,3}', capture(SCOPES.marginNumber, String.raw`\d{1,2}`), String.raw`(?=\t)`,
);

const ecfStamp = match(
  'An ECF header stamped on each page: `Case 3:16-cv-01283-JM-MDD Document 89 Filed 01/05/18 Page 1 of 9`.',
  SCOPES.pageFurniture,
  String.raw`^[ \t]*Case\s\d{1,2}:\d{2}-[a-z]{2}-\d{3,6}\S{0,40}\s{1,8}Document\s\d.{0,200}$`,
);

const PAGE_NUMBER = String.raw`(?:-[ ]?\d{1,4}[ ]?-|[Pp]age[ ]\d{1,4}(?:[ ]of[ ]\d{1,4})?|\d{1,4}[ ]of[ ]\d{1,4}|\d{1,4})`;
/**
 * A running footer: a short unnumbered line that holds a case number (`16cv1283 JM (MDD)`, `3:16-cv-01283`) or is a title
 * in capitals. The engine finds footers by their repetition, which one line at a time cannot see; this shape keeps a
 * line of text after a page number (`See Fed. R. Civ. P. 72(a).`) from being taken for one.
 */
const CASE_NUMBER = String.raw`(?<![\p{L}\p{N}])(?:\d{1,2}:\d{2}-[a-z]{2}-\d{3,6}|\d{2}-?[a-z]{2,4}-?\d{3,6})(?![\p{L}\p{N}])`;
const RUNNING_FOOTER = String.raw`(?=[^\n]{1,100}$)(?:(?=[^\n]{0,100}?${CASE_NUMBER})|(?=[^\p{Ll}\n]{21,100}$))[^\n]{1,100}`;

const pageBreak: GrammarRule = {
  comment:
    'A page number alone on its line, and the running footer on the line after it if that line has no margin number. ' +
    'Inside a paragraph the break does not end the paragraph, as in the engine.',
  begin: compile([String.raw`^(?!${MARGIN})[ \t]*`, capture(SCOPES.pageFurniture, PAGE_NUMBER), String.raw`[ \t]*$`]).source,
  beginCaptures: { 1: { name: SCOPES.pageFurniture } },
  end: compile([String.raw`^(?:(?!${MARGIN})[ \t]*`, capture(SCOPES.pageFurniture, RUNNING_FOOTER), String.raw`[ \t]*$)?`]).source,
  endCaptures: { 1: { name: SCOPES.pageFurniture } },
};

/** Lowercase words of five letters or more do not occur in a heading in title case, except these prepositions. */
const TITLE_CASE_LOWERCASE = ['about', 'above', 'after', 'against', 'along', 'among', 'around', 'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'despite', 'during', 'except', 'inside', 'outside', 'since', 'through', 'throughout', 'toward', 'towards', 'under', 'until', 'within', 'without'];
const HEADING_START = String.raw`^(?:[ ]{0,3}`;
const HEADING_MARGIN = [HEADING_START, capture(SCOPES.marginNumber, String.raw`\d{1,2}`), String.raw`\t)?[ \t]{0,40}`];

const enumeratedHeading = match(
  'An enumerated heading: `I. ARGUMENT`, `A. Securus Did Seek a Protective Order`, `1. The Standard`. Its title is ' +
    'capitalised, one sentence, and in title case (no lowercase word of five letters or more but a preposition).',
  undefined,
  ...HEADING_MARGIN,
  capture(SCOPES.heading,
    capture(SCOPES.headingLabel, String.raw`(?:[IVX]{1,6}|[A-Z]|\d{1,2})\.`), String.raw`[ \t]{1,8}`,
    capture(SCOPES.headingTitle,
      String.raw`(?=[\p{Lu}"“'‘(])` +
        String.raw`(?![^\t\n]{0,160}?\p{Ll}[.!?]["”]?\s{1,4}\p{Lu})` +
        String.raw`(?![^\t\n]{0,160}?(?<![\p{L}\p{N}'’-])(?!${oneOf(TITLE_CASE_LOWERCASE)}(?!\p{L}))\p{Ll}{5})` +
        String.raw`[^\t\n]{0,159}[^\s]`)),
  String.raw`[ \t]*$`,
);

const capitalsHeading = match(
  'A heading in capitals: `ARGUMENT`, `LEGAL STANDARD`, `MEMORANDUM OF POINTS AND AUTHORITIES`. Not the address ' +
    '`TO THE COURT, …:`, a table-of-contents line with dot leaders, or a firm name in the signature block.',
  undefined,
  ...HEADING_MARGIN,
  capture(`${SCOPES.heading} ${SCOPES.headingTitle}`,
    String.raw`(?!TO\s[^\t\n]{0,116}:[ \t]*$)` +
      String.raw`(?![^\t\n]{0,120}?(?:\.[ ]?\.[ ]?\.|…))` +
      String.raw`(?![^\t\n]{0,120}?(?<![\p{L}])(?:LLP|LLC|L\.L\.P\.|L\.L\.C\.|P\.C\.|PLLC|P\.A\.)[ \t]*$)` +
      String.raw`(?=[^\t\n]{0,120}?\p{Lu}{2})` +
      String.raw`["“(]?\p{Lu}(?:[^\p{Ll}\t\n]{0,118}[^\p{Ll}\s,;])?`),
  String.raw`[ \t]*$`,
);

/** Blank: nothing, or only a margin number, on the line. */
const BLANK_LINE = String.raw`(?:${MARGIN})?[ \t]*$`;

const paragraph: GrammarRule = {
  comment:
    'A paragraph runs from a line with text to the next blank line. Headings are looked for only outside paragraphs, ' +
    'that is after a blank line, as the engine does.',
  name: SCOPES.paragraph,
  begin: `^(?!${BLANK_LINE})`,
  end: `^(?=${BLANK_LINE})`,
  patterns: [{ include: '#page-furniture' }, { include: '#margin-number' }, { include: '#citations' }],
};

export function briefGrammar(): Record<string, unknown> {
  const repository: Record<string, GrammarRule> = {
    citations: {
      comment: 'Everything inline: signals, cites of every kind, case names, section signs. The Markdown injection includes it.',
      patterns: [
        { include: '#signals' },
        { include: '#case' },
        { include: '#short-forms' },
        { include: '#statutes' },
        { include: '#rules' },
        { include: '#constitutions' },
        { include: '#secondary' },
        { include: '#record' },
        { include: '#case-name' },
        { include: '#section-sign' },
      ],
    },
    signals: { patterns: [capitalisedSignal, lowercaseSignal] },
    case: { patterns: [caseCite] },
    'short-forms': { patterns: [idCite, supraCite] },
    statutes: { patterns: [statuteSections, statuteNumbers, regulationSections, federalRegister, publicLaw, bareSection] },
    rules: { patterns: [ruleSetCite, bareRuleCite] },
    constitutions: { patterns: [constitutionCite] },
    secondary: { patterns: [restatementCite, journalCite, treatiseCite] },
    record: { patterns: [docketCite, exhibitCite, paperCite, administrativeRecordCite] },
    'case-name': { patterns: [bareCaseName] },
    'section-sign': { patterns: [sectionSign] },
    'margin-number': { patterns: [marginNumber] },
    'page-furniture': { patterns: [pageBreak, ecfStamp] },
    heading: { patterns: [enumeratedHeading, capitalsHeading] },
    paragraph,
  };
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    information_for_contributors: [
      'Generated by scripts/brief-grammar.ts from the citation engine\'s tables: do not edit by hand.',
      'Rebuild with `npx tsc -p . && node out/scripts/brief-grammar.js`; syntaxes/README.md lists the scopes.',
    ],
    name: 'Brief',
    scopeName: 'text.brief',
    patterns: [{ include: '#page-furniture' }, { include: '#heading' }, { include: '#paragraph' }, { include: '#margin-number' }],
    repository,
  };
}

export function renderBriefGrammar(): string {
  return `${JSON.stringify(briefGrammar(), null, 2)}\n`;
}

/** `node out/scripts/brief-grammar.js`: rewrites syntaxes/brief.tmLanguage.json. */
if (require.main === module) {
  const file = path.resolve(__dirname, '..', '..', BRIEF_GRAMMAR_PATH);
  fs.writeFileSync(file, renderBriefGrammar());
  console.log(`wrote ${BRIEF_GRAMMAR_PATH}`);
}
