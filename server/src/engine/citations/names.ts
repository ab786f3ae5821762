/**
 * Finding the case name (or author, or declarant) written before a cite, by walking back over a
 * bounded window of words. The window never reaches past the previous citation, a stop character
 * or a blank line, so the cost per cite is bounded whatever the text.
 */
import { isWhitespace } from '../text';

/** How far back a name may start: longer than any real case name, short enough to keep the scan linear. */
const NAME_WINDOW = 250;
const MAX_PARTY_WORDS = 16;
const MAX_SHORT_NAME_WORDS = 5;

/** Signals and clause joins: walking back, a name ends before them (`See also Smith v. Jones`, `quoting Smith`). */
const NAME_BOUNDARY_WORDS = new Set([
  'See', 'see', 'also', 'Cf.', 'cf.', 'But', 'but', 'Compare', 'compare', 'with', 'Accord', 'accord',
  'E.g.', 'e.g.', 'generally', 'Contra', 'contra', 'and', 'quoting', 'citing',
]);

/** Capitalised words that open a sentence or clause, not a case name (`Under Smith v. Jones`). */
export const LEAD_IN_WORDS = new Set([
  'In', 'Under', 'As', 'Like', 'Unlike', 'Citing', 'Quoting', 'Following', 'Applying', 'Relying',
  'Accordingly', 'Thus', 'Here', 'There', 'Also', 'And', 'Because', 'Since', 'Although', 'While',
  'When', 'Where', 'Indeed', 'Moreover', 'Further', 'Furthermore', 'However', 'Similarly', 'Likewise',
  'Notably', 'Finally', 'Even', 'After', 'Before', 'Per', 'Then', 'Therefore', 'Hence', 'Consequently',
  'Specifically', 'Additionally', 'Nevertheless', 'Nonetheless', 'Yet', 'Again', 'Still', 'Only', 'The',
  'This', 'That', 'These', 'Those', 'Both', 'Each', 'Neither', 'Nor', 'Or', 'So', 'If', 'Unless',
]);

/** Lowercase words that occur inside party names (`Bd. of Trs.`, `United States ex rel. Smith`). */
export const NAME_CONNECTORS = new Set([
  'of', 'the', 'for', '&', 'de', 'del', 'la', 'le', 'du', 'da', 'van', 'von', 'der', 'den',
  'ex', 'rel.', 'et', 'al.', 'd/b/a', 'dba', 'aka', 'a/k/a', 'f/k/a', 'n/k/a', 'o/b/o',
]);

/**
 * More connectors, allowed only between `v.` and the comma, where the name's end is certain.
 * Before `v.` they would pull in the sentence (`the Court in Smith v. Jones`).
 */
export const DEFENDANT_CONNECTORS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'to', 'by', 'a', 'an', 'from', 'upon', 'under', 'or']);
const NO_MORE_CONNECTORS: ReadonlySet<string> = new Set();

/** Words that follow a comma inside a name (`Costco, Inc.`), so the comma does not end it. */
export const ENTITY_SUFFIXES = new Set([
  'Inc.', 'Inc', 'LLC', 'L.L.C.', 'Ltd.', 'Co.', 'Corp.', 'L.P.', 'LP', 'LLP', 'L.L.P.', 'N.A.', 'P.C.',
  'P.A.', 'S.A.', 'PLC', 'plc', 'AG', 'GmbH', 'et', 'Jr.', 'Sr.', 'II', 'III', 'IV', 'Esq.', 'PLLC', 'LLLP',
]);

/**
 * Words that end in a period without ending a sentence: the abbreviations of Bluebook tables T6 and
 * T10 that a case name commonly uses and that have a vowel (words without one, like `Mfg.`, and
 * single initials are recognised by shape).
 */
export const ABBREVIATIONS = new Set([
  'Acad', 'Admin', 'Advert', 'Advoc', 'Agric', 'Ala', 'Am', 'Ams', 'App', 'Ariz', 'Ark', 'Assoc', 'Assocs',
  'Atl', 'Auth', 'Auto', 'Ave', 'Bankr', 'Bros', 'Bus', 'Cal', 'Cap', 'Cas', 'Cent', 'Chem', 'Civ', 'Coal',
  'Co', 'Colo', 'Coll', 'Comm', 'Comp', 'Con', 'Condo', 'Conf', 'Cong', 'Conn', 'Consol', 'Const', 'Constr',
  'Coop', 'Corp', 'Corr', 'Cos', 'Crim', 'Def', 'Del', 'Dep', 'Det', 'Dev', 'Dir', 'Dist', 'Distrib', 'Div',
  'Econ', 'Educ', 'Elec', 'Emp', 'Ent', 'Envtl', 'Equip', 'Est', 'Exch', 'Exec', 'Expl', 'Fam', 'Fed', 'Fid',
  'Fin', 'Fla', 'Found', 'Ga', 'Gen', 'Guar', 'Haw', 'Hosp', 'Hous', 'Ill', 'Imp', 'Inc', 'Ind', 'Indem',
  'Indep', 'Indus', 'Info', 'Ins', 'Inst', 'Inv', 'Invs', 'Iowa', 'Kan', 'Ky', 'La', 'Lab', 'Liab', 'Ltd',
  'Mach', 'Maint', 'Mass', 'Me', 'Med', 'Merch', 'Metro', 'Mich', 'Mil', 'Min', 'Minn', 'Miss', 'Mo', 'Mont',
  'Mortg', 'Mun', 'Mut', 'Nat', 'Neb', 'Nev', 'No', 'Nos', 'Okla', 'Op', 'Or', 'Org', 'Pa', 'Pac', 'Par',
  'Pharm', 'Phil', 'Pol', 'Prac', 'Prob', 'Proc', 'Prod', 'Prods', 'Prof', 'Prop', 'Prot', 'Psych', 'Pub',
  'Rec', 'Ref', 'Reg', 'Rehab', 'Rel', 'Rels', 'Rep', 'Reprod', 'Res', 'Resol', 'Rest', 'Ret', 'Rev', 'Sav',
  'Sci', 'Sec', 'Serv', 'Servs', 'Soc', 'Sol', 'Sols', 'Sta', 'Sup', 'Sur', 'Tech', 'Tel', 'Telecomm',
  'Temp', 'Tenn', 'Terr', 'Tex', 'Transcon', 'Transp', 'Univ', 'Util', 'Va', 'Vill', 'Wash', 'Wis', 'Wyo',
  'Jr', 'Sr', 'al', 'Hon', 'Gov', 'Sen', 'Atty', 'Fiduc', 'Invest', 'Litig',
]);

interface Word {
  text: string;
  start: number;
  end: number;
}

export interface NameSpan {
  start: number;
  end: number;
  /** The name with whitespace folded. */
  name: string;
}

function withoutComma(word: string): string {
  return word.endsWith(',') ? word.slice(0, -1) : word;
}

function isBoundaryWord(word: string): boolean {
  return NAME_BOUNDARY_WORDS.has(withoutComma(word));
}

function isCapitalised(word: string): boolean {
  // `eBay`, `iHeart`: a lowercase initial before a capital still names a party.
  return /^[A-Z0-9&$'‘’]/.test(word) || /^[a-z][A-Z]/.test(word);
}

function isNameWord(word: string, connectors: ReadonlySet<string>): boolean {
  const bare = withoutComma(word);
  return NAME_CONNECTORS.has(bare) || connectors.has(bare) || isCapitalised(bare);
}

/** Whether a word ends a sentence, rather than abbreviating (`Inc.`, `Mfg.`, `S.`, `U.S.`, `Dep't.`). */
function endsSentence(word: string): boolean {
  const unquoted = word.replace(/["'”’)]+$/, '');
  if (/[?!]$/.test(unquoted)) return true;
  if (!unquoted.endsWith('.')) return false;
  const body = unquoted.slice(0, -1);
  if (body.includes('.') || body.includes("'") || body.includes('’') || body.length <= 1) return false;
  if (!/[aeiouAEIOU]/.test(body)) return false;
  if (ABBREVIATIONS.has(body)) return false;
  // Lowercase words ending in a period end sentences; the caller stops at them anyway.
  return true;
}

function isLeadIn(word: string, next: Word | undefined): boolean {
  const bare = withoutComma(word);
  if (bare === 'In' && next?.text === 're') return false;
  return LEAD_IN_WORDS.has(bare);
}

/** The words between the last name-stop before `end` and `end`, never before `floor`. */
function wordsBefore(text: string, end: number, floor: number): Word[] {
  const windowStart = Math.max(floor, end - NAME_WINDOW);
  let cut = lastNameStopEnd(text, windowStart, end);
  // A window that begins inside a word must not offer the tail of that word as a name.
  if (cut === windowStart && windowStart > floor && !isWhitespace(text.charCodeAt(windowStart - 1))) {
    while (cut < end && !isWhitespace(text.charCodeAt(cut))) cut++;
  }
  const words: Word[] = [];
  for (let at = cut; at < end;) {
    while (at < end && isWhitespace(text.charCodeAt(at))) at++;
    const start = at;
    while (at < end && !isWhitespace(text.charCodeAt(at))) at++;
    if (at > start) words.push({ text: text.slice(start, at), start, end: at });
  }
  return words;
}

/** Characters that cannot be inside a case name: the name starts after the last of them. */
const NAME_STOP_CODES: ReadonlySet<number> = new Set([...';()[]{}"“”:?!§¶'].map((char) => char.charCodeAt(0)));
const LINE_FEED = 10;

/**
 * Where the last name-stop in [from, to) ends — a stop character, or a blank line (a line break, blanks, a line
 * break) — or `from` if there is none. Read backwards, so a cite close to the last stop costs only that distance.
 */
function lastNameStopEnd(text: string, from: number, to: number): number {
  for (let at = to - 1; at >= from; at--) {
    const code = text.charCodeAt(at);
    if (NAME_STOP_CODES.has(code)) return at + 1;
    if (code !== LINE_FEED) continue;
    let before = at - 1;
    while (before >= from && text.charCodeAt(before) !== LINE_FEED && isWhitespace(text.charCodeAt(before))) before--;
    if (before >= from && text.charCodeAt(before) === LINE_FEED) return at + 1;
  }
  return from;
}

/**
 * Walks back from `words[last]` over the words of a party name and returns the index of its first
 * word, or `last + 1` if there is none.
 */
function partyStart(words: Word[], last: number, maxWords: number): number {
  let first = last + 1;
  for (let k = last; k >= 0 && last - k < maxWords; k--) {
    const word = words[k].text;
    if (NAME_CONNECTORS.has(word)) {
      first = k;
      continue;
    }
    if (isBoundaryWord(word) || endsSentence(word) || !isNameWord(word, NO_MORE_CONNECTORS)) break;
    if (word.endsWith(',') && (k === last || !ENTITY_SUFFIXES.has(withoutComma(words[k + 1].text)))) break;
    first = k;
  }
  while (first <= last && (!isCapitalised(words[first].text) || isLeadIn(words[first].text, words[first + 1]))) {
    first++;
  }
  return first;
}

function span(text: string, words: Word[], first: number, last: number): NameSpan {
  const start = words[first].start;
  const end = words[last].end;
  return { start, end, name: text.slice(start, end).replace(/\s+/g, ' ') };
}

function isVersus(word: string): boolean {
  return word === 'v.' || word === 'v' || word === 'vs.';
}

/** `In re X`, `Ex parte X`, `Matter of X`, `In the Matter of X`: the index of the name's first word, or -1. */
function proceduralNameStart(words: Word[]): number {
  for (let k = words.length - 3; k >= 0; k--) {
    const first = words[k].text;
    const second = words[k + 1].text;
    if ((first === 'In' && second === 're') || ((first === 'Ex' || first === 'ex') && second === 'parte')) return k;
    if (first === 'Matter' && second === 'of') {
      return k >= 2 && words[k - 2].text === 'In' && words[k - 1].text === 'the' ? k - 2 : k;
    }
  }
  return -1;
}

function defendantIsName(words: Word[], from: number, to: number): boolean {
  if (from > to || to - from >= MAX_PARTY_WORDS) return false;
  for (let k = from; k <= to; k++) {
    const word = words[k].text;
    if (!isNameWord(word, DEFENDANT_CONNECTORS) || isBoundaryWord(word) || endsSentence(word)) return false;
  }
  return true;
}

/**
 * The full case name that ends at `end`: `Smith v. Jones`, `In re Acme Corp.`, `Ex parte Young`.
 * Undefined when the words before `end` are not shaped like one.
 */
export function caseNameBefore(text: string, end: number, floor: number): NameSpan | undefined {
  return caseNameIn(text, wordsBefore(text, end, floor));
}

function caseNameIn(text: string, words: Word[]): NameSpan | undefined {
  const last = words.length - 1;
  if (last < 0) return undefined;
  let versus = -1;
  for (let k = last - 1; k > 0 && versus === -1; k--) if (isVersus(words[k].text)) versus = k;
  if (versus !== -1) {
    if (!defendantIsName(words, versus + 1, last)) return undefined;
    const first = partyStart(words, versus - 1, MAX_PARTY_WORDS);
    return first < versus ? span(text, words, first, last) : undefined;
  }
  const procedural = proceduralNameStart(words);
  if (procedural === -1) return undefined;
  // The party's name follows `In re`, `Ex parte`, `Matter of` (two words) or `In the Matter of` (four).
  const nameFrom = words[procedural + 1].text === 'the' ? procedural + 4 : procedural + 2;
  return defendantIsName(words, nameFrom, last) ? span(text, words, procedural, last) : undefined;
}

/**
 * Up to `maxWords` capitalised words ending at `end`, as in an author (`Wright & Miller`), a declarant
 * (`Smith Decl.`) or a short case name (`Concrete Pipe`).
 */
export function capitalisedNameBefore(text: string, end: number, floor: number, maxWords: number): NameSpan | undefined {
  return capitalisedNameIn(text, wordsBefore(text, end, floor), maxWords);
}

function capitalisedNameIn(text: string, words: Word[], maxWords: number): NameSpan | undefined {
  const last = words.length - 1;
  if (last < 0) return undefined;
  const first = partyStart(words, last, maxWords);
  return first <= last ? span(text, words, first, last) : undefined;
}

/** A short case name ending at `end`: a full case name if there is one, else a few capitalised words. */
export function shortNameBefore(text: string, end: number, floor: number): NameSpan | undefined {
  const words = wordsBefore(text, end, floor);
  return caseNameIn(text, words) ?? capitalisedNameIn(text, words, MAX_SHORT_NAME_WORDS);
}

/** The position of a comma before `position`, across whitespace only, or -1. */
export function commaBefore(text: string, position: number, floor: number): number {
  let at = position - 1;
  while (at >= floor && position - at < 200 && isWhitespace(text.charCodeAt(at))) at--;
  return at >= floor && text[at] === ',' ? at : -1;
}
