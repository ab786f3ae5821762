/** Compounds such as `non-dispositive` keep their hyphen when broken at it; other words were split by the typesetter. */
const HYPHENATED_PREFIXES = new Set(['non', 'pre', 'post', 'anti', 'self', 'co', 'ex', 'semi', 'multi', 'cross', 'quasi', 'sub', 'inter']);

/** Folds every whitespace run to one space and rejoins words hyphenated across a line break (`protec-\ntive`). */
export function readable(text: string): string {
  return text
    .replace(/([A-Za-z]{1,20})-[ \t]*\r?\n\s*(?=[A-Za-z])/g, (_, before: string) =>
      HYPHENATED_PREFIXES.has(before.toLowerCase()) ? `${before}-` : before)
    .replace(/\s+/g, ' ')
    .trim();
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
