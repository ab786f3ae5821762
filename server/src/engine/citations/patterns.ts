/**
 * Regex sources generated from the tables, and the fragments shared by the parsers.
 *
 * Linear time: every fragment here is either a literal, a bounded repetition, or an unbounded
 * repetition of a class that the next item cannot also match (`\s*` before a literal), so a match
 * attempt never backtracks more than a bounded distance.
 */

/** How a written abbreviation is looked up after a match: whitespace dropped, curly apostrophes made straight. */
export function anchorKey(written: string): string {
  // Most anchors are written without a space or a curly apostrophe; testing is cheaper than replacing.
  return KEY_NOISE.test(written) ? written.replace(/\s+/g, '').replace(/’/g, "'") : written;
}

const KEY_NOISE = /[\s’]/;

function escapeLiteral(piece: string): string {
  return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

const WORD_CHAR = /[A-Za-z0-9]/;

/**
 * The regex source that matches `abbreviation` as briefs write it: after a period, or around `&` and `§`,
 * whitespace of any kind and length may come or go (`F.3d`, `F. 3d`, `F.\n3d`); between plain words
 * (`Federal Rule of`) at least one whitespace character is required. Ends with a lookahead so that an
 * abbreviation does not match the start of a longer word (`U.S.` in `U.S.C.`, `Id` in `Idaho`).
 */
export function abbreviationPattern(abbreviation: string): string {
  const chunks = abbreviation.trim().split(/\s+/);
  let source = '';
  chunks.forEach((chunk, index) => {
    if (index > 0) {
      const previous = chunks[index - 1];
      const looseJoin = previous.endsWith('.') || !WORD_CHAR.test(previous.slice(-1)) || !WORD_CHAR.test(chunk[0]);
      source += looseJoin ? '\\s*' : '\\s+';
    }
    source += chunk
      .split(/(?<=\.)(?=.)/)
      .map(escapeLiteral)
      .join('\\s*');
  });
  const last = abbreviation.trim().slice(-1);
  if (WORD_CHAR.test(last)) source += '(?![A-Za-z0-9])';
  else if (last === '.') source += '(?![A-Za-z])';
  return source;
}

/** One spelling of an anchor and what it stands for. */
export interface AnchorEntry<T> {
  written: string;
  anchor: T;
}

export interface AnchorTable<T> {
  /** Alternation of every spelling, longest first, so that `F. Supp. 2d` wins over `F. Supp.` at the same start. */
  source: string;
  lookup: ReadonlyMap<string, T>;
}

/** Builds the alternation and the lookup; two different anchors written the same way is a bug in the tables. */
export function buildAnchorTable<T>(entries: readonly AnchorEntry<T>[]): AnchorTable<T> {
  const lookup = new Map<string, T>();
  const spellings: string[] = [];
  for (const { written, anchor } of entries) {
    const key = anchorKey(written);
    const known = lookup.get(key);
    if (known !== undefined) {
      if (known !== anchor) throw new Error(`Two citation anchors are both written "${written}"`);
      continue;
    }
    lookup.set(key, anchor);
    spellings.push(written);
  }
  spellings.sort((a, b) => anchorKey(b).length - anchorKey(a).length);
  return { source: spellings.map(abbreviationPattern).join('|'), lookup };
}

// Fragments shared by the parsers. All are bounded or deterministic (see the file comment).

/** A page or pin: `623`, `*2`, `623-25`, `*2–*3`, `45 n.3`, `3:20–23`. */
export const PIN = String.raw`\*{0,2}\d{1,7}(?::\d{1,4})?(?:\s*[-–—]\s*\*{0,2}\d{1,7}(?::\d{1,4})?)?(?:\s*nn?\.\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)?(?![\d])`;

/** One statute or regulation section with its subdivisions: `636(b)(1)(A)`, `240.10b-5`, `2025.450`, `505/2`, `2A:14-1`. */
export const SECTION = String.raw`\d{1,6}[A-Za-z]{0,3}(?:[.\-–:/]\d{1,6}[A-Za-z]{0,3}){0,5}(?:\([A-Za-z0-9]{1,6}\)){0,8}(?![\dA-Za-z])`;

const LIST_SEPARATOR = String.raw`\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|to\s+|through\s+|[-–—]\s*)`;

/** After a list separator, a number followed by an abbreviation starts the next cite (`§ 1983 and 28 U.S.C.`). */
const NOT_A_VOLUME = String.raw`(?!\s+[A-Z][A-Za-z]{0,5}\.)`;

/** `1331, 1332`, `1331 and 1332`, `1331–1332`: sections joined by commas, `and`, `or`, `to`, `through` or a dash. */
export const SECTION_LIST = String.raw`${SECTION}(?:${LIST_SEPARATOR}(?:§{1,2}\s*)?${SECTION}${NOT_A_VOLUME}){0,20}`;

/** A rule number: `72(a)`, `26(c)(1)`, `7.1(d)(1)`, `7-3`, `36-3`, `8.204`. */
export const RULE_NUMBER = String.raw`\d{1,4}[A-Za-z]?(?:[.\-]\d{1,4}[A-Za-z]?){0,3}(?:\([A-Za-z0-9]{1,5}\)){0,6}(?![\dA-Za-z])`;

/** `26 and 37`, `7-2, 7-3`: rule numbers joined as sections are. */
export const RULE_LIST = String.raw`${RULE_NUMBER}(?:${LIST_SEPARATOR}${RULE_NUMBER}${NOT_A_VOLUME}){0,6}`;

/** The paragraph form of a pin: `¶ 3`, `¶¶ 3–5`, `¶¶ 3, 7`. */
export const PARAGRAPHS = String.raw`¶{1,2}\s*\d{1,4}(?:\([a-z0-9]{1,3}\))?(?:\s*(?:[-–—]|,|and)\s*\d{1,4}(?:\([a-z0-9]{1,3}\))?){0,6}`;

/** A four-digit year from the range courts have sat in. */
export const YEAR = String.raw`(?:1[6-9]|20)\d\d`;

/** Compiles a fragment to a sticky regex: it matches only at `lastIndex`, which keeps each attempt local. */
export function sticky(source: string): RegExp {
  return new RegExp(source, 'y');
}
