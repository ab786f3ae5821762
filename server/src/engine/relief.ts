import type { Brief, Section, TextElement } from './brief';
import { splitSentences } from './sentences';
import type { Span } from './text';
import { readable } from './words';

export interface ReliefRequest {
  /** The whole sentence that asks. */
  span: Span;
  text: string;
  /** Stems of what is asked for, without the boilerplate around it (`court`, `respectfully`, `requests`…). */
  terms: string[];
  /** The sentence says it answers the opposition: the order's exception for matter "directly in response to the opposition". */
  answersOpposition: boolean;
}

/** Phrases that ask a court for something, anywhere in a brief. */
const REQUEST_PHRASES = [
  /\b(?:asks?|asking|requests?|requesting|urges?|moves?|prays?|petitions?|seeks?)\s+(?:that\s+)?(?:the|this)\s+(?:honorable\s+)?court\b/i,
  /\brespectfully\s+(?:asks?|requests?|moves?|urges?|prays?|submits?\s+that\s+the\s+court\s+should)\b/i,
  /\b(?:will\s+and\s+hereby\s+do(?:es)?\s+move|hereby\s+moves?)\b/i,
  /\b(?:the|this)\s+court\s+should\s+(?:also\s+|instead\s+|therefore\s+)?(?:enter|grant|modify|vacate|set\s+aside|order|require|direct|deny|reverse|strike|compel|sustain|adopt|reject|remand|award|issue)\b/i,
  /\b(?:in\s+the\s+alternative|alternatively)\b/i,
  /\b(?:seeks?|requests?)\s+(?:an?\s+)?(?:order|relief|leave)\b/i,
];

/** In a conclusion or prayer, any sentence that names relief is a request. */
const RELIEF_VERB = /\b(?:grant|deny|modify|vacate|set\s+aside|enter|order|require|compel|reverse|remand|strike|dismiss|sustain|overrule|reject|award|direct)\b/i;
const CONCLUSION = /^(?:CONCLUSION|PRAYER|RELIEF REQUESTED|PRAYER FOR RELIEF)\b/i;

const RESPONSE_PHRASE = /\b(?:in\s+response\s+to|responding\s+to|in\s+reply\s+to|as\s+(?:plaintiffs?|defendants?|the\s+opposition)\s+(?:now\s+)?(?:suggests?|proposes?|argues?|contends?|requests?|concedes?))\b/i;
const OPPOSITION_WORD = /\b(?:opposition|opp['’]n|plaintiffs?|defendants?)\b/i;

/** Words that carry no content of their own in a request for relief. */
const BOILERPLATE = new Set((
  'a an the this that these those to of and or in on for by with from as at into upon its it be is are was were been being ' +
  'court courts honorable respectfully request requests requested asks ask asked asking urge urges moves move moved pray prays ' +
  'submit submits seek seeks hereby will does should would may must also again therefore accordingly thus foregoing reasons ' +
  'above stated set forth herein further instead alternative alternatively grant granted order orders motion relief magistrate ' +
  'judge judges modify modified defendant defendants plaintiff plaintiffs party parties its their his her such any all ' +
  'so not no issue enter entered which who whom whose what when where while because since than then there here has have ' +
  'had do did does own same other only very we our us you your they them'
).split(' '));

/** Stems for comparing what two requests ask: lower case, no possessive or plural, the first six letters. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 4) w = w.slice(0, -1);
  return w.slice(0, 6);
}

/** The stems of what a sentence asks for, leaving out boilerplate and the names of the parties (`ignored`). */
export function reliefTerms(sentence: string, ignored: ReadonlySet<string> = new Set()): string[] {
  const terms = new Set<string>();
  for (const word of words(sentence)) {
    if (word.length < 3 || BOILERPLATE.has(word) || ignored.has(stem(word))) continue;
    terms.add(stem(word));
  }
  return [...terms];
}

function words(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z'’]{0,40}/g) ?? []).map((word) => word.toLowerCase().replace(/['’]s?$/, ''));
}

/**
 * Finds the requests for relief a brief makes: sentences with a request phrase anywhere, and sentences naming relief
 * in its conclusion. A sentence reporting what the other side or the court asked (`Plaintiffs ask the Court to…`)
 * is not the brief's own request.
 */
export function findReliefRequests(brief: Brief): ReliefRequest[] {
  const opponent = opposingParty(brief.title?.text ?? '');
  const partyNames = new Set(words(brief.caption.parties ?? '').map(stem));
  const requests: ReliefRequest[] = [];
  const consider = (paragraph: TextElement, inConclusion: boolean) => {
    const sentences = splitSentences(brief.text, paragraph.span);
    sentences.forEach((span, index) => {
      const sentence = readable(brief.text.slice(span.start, span.end));
      const phrase = REQUEST_PHRASES.map((pattern) => pattern.exec(sentence)).find((match) => match !== null);
      const asks = phrase ? !reportsAnother(sentence.slice(0, phrase.index), opponent) : inConclusion && RELIEF_VERB.test(sentence);
      if (!asks) return;
      const previous = index > 0 ? readable(brief.text.slice(sentences[index - 1].start, sentences[index - 1].end)) : '';
      requests.push({
        span,
        text: sentence,
        terms: reliefTerms(sentence, partyNames),
        answersOpposition: [sentence, previous].some((s) => RESPONSE_PHRASE.test(s) && OPPOSITION_WORD.test(s)),
      });
    });
  };
  const visit = (section: Section, insideConclusion: boolean) => {
    const inConclusion = insideConclusion || CONCLUSION.test(section.heading.title);
    for (const paragraph of section.paragraphs) consider(paragraph, inConclusion);
    for (const child of section.children) visit(child, inConclusion);
  };
  for (const paragraph of brief.preamble) consider(paragraph, false);
  for (const section of brief.sections) visit(section, false);
  return requests;
}

/** The party on the other side: the title names the filer first (`REPLY IN SUPPORT OF DEFENDANT'S MOTION`). */
function opposingParty(title: string): RegExp | undefined {
  const upper = title.toUpperCase();
  const defendant = upper.indexOf('DEFENDANT');
  const plaintiff = upper.indexOf('PLAINTIFF');
  if (defendant === -1 && plaintiff === -1) return undefined;
  const filerIsDefendant = plaintiff === -1 || (defendant !== -1 && defendant < plaintiff);
  return filerIsDefendant ? /\bplaintiffs?\b/i : /\bdefendants?\b/i;
}

/** The clause before the request phrase names someone else as the one asking. */
function reportsAnother(before: string, opponent: RegExp | undefined): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (/\b(?:magistrate\s+judge|the\s+order|opposition)\b/i.test(clause)) return true;
  return opponent !== undefined && opponent.test(clause);
}
