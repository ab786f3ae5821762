/** Compounds such as `non-dispositive` keep their hyphen when broken at it; other words were split by the typesetter. */
const HYPHENATED_PREFIXES = new Set(['non', 'pre', 'post', 'anti', 'self', 'co', 'ex', 'semi', 'multi', 'cross', 'quasi', 'sub', 'inter']);

/** Folds every whitespace run to one space and rejoins words hyphenated across a line break (`protec-\ntive`). */
export function readable(text: string): string {
  return rejoinHyphenated(text).replace(/\s+/g, ' ').trim();
}

/** Finds each hyphen that ends a line before a word, then looks back at most 20 letters for the word it splits. */
function rejoinHyphenated(text: string): string {
  const breaks = /-[ \t]*\r?\n\s*(?=[A-Za-z])/g;
  const pieces: string[] = [];
  let at = 0;
  for (const match of text.matchAll(breaks)) {
    let wordStart = match.index;
    while (wordStart > 0 && match.index - wordStart < 20 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === match.index) continue;
    const keep = HYPHENATED_PREFIXES.has(text.slice(wordStart, match.index).toLowerCase());
    pieces.push(text.slice(at, match.index), keep ? '-' : '');
    at = match.index + match[0].length;
  }
  if (at === 0) return text;
  pieces.push(text.slice(at));
  return pieces.join('');
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when no letter is lower-case and there are at least three capitals. */
export function isAllCaps(text: string): boolean {
  let capitals = 0;
  for (const c of text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') capitals++;
  }
  return capitals >= 3;
}
