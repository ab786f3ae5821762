import { isWhitespace, type Span } from './text';

/** Words ending in a period that do not end a sentence in legal writing. */
const ABBREVIATIONS = new Set([
  'v', 'vs', 'no', 'nos', 'inc', 'corp', 'co', 'ltd', 'llc', 'llp', 'u.s', 'fed', 'r', 'civ', 'p', 'crim', 'evid', 'app', 'cal',
  'doc', 'dkt', 'ecf', 'ex', 'exh', 'decl', 'compl', 'id', 'cir', 'ct', 'dist', 'supp', 'f', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr',
  'e.g', 'i.e', 'cf', 'etc', 'al', 'para', 'sec', 'art', 'amend', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept',
  'sep', 'oct', 'nov', 'dec', 'prod', 'prods', 'constr', 'tr', 'educ', 'pension', 'assn', "ass'n", 'dep', "dep't", 'gov', 'hon',
  'mag', 'j', 'n', 's', 'd', 'c', 'e', 'w', 'op', 'ord', 'mot', "opp'n", 'reply', 'br', 'mem', 'pl', 'def', 'pls', 'defs', 'at',
]);

/**
 * Splits a span of prose into sentences: a sentence ends at `.`, `?` or `!` (and any closing quotes or brackets)
 * followed by white space and a capital, quote or bracket, unless the word before the period is an abbreviation.
 */
export function splitSentences(text: string, span: Span): Span[] {
  const sentences: Span[] = [];
  let start = skipSpace(text, span.start, span.end);
  for (let i = start; i < span.end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '?' && c !== '!') continue;
    let end = i + 1;
    while (end < span.end && /["'”’)\]]/.test(text[end])) end++;
    const next = skipSpace(text, end, span.end);
    if (next === end && next < span.end) continue;
    if (next < span.end && !/[A-Z"“(\[]/.test(text[next])) continue;
    if (c === '.' && endsWithAbbreviation(text, start, i)) continue;
    sentences.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < span.end) {
    const end = trimEnd(text, start, span.end);
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}

function endsWithAbbreviation(text: string, sentenceStart: number, period: number): boolean {
  let wordStart = period;
  while (wordStart > sentenceStart && period - wordStart < 12 && !/[\s(\[“"]/.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, period).toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^\d+$/.test(word) && period + 1 < text.length && /\d/.test(text[period + 1]);
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end;
}
