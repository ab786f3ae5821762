/** `Id.` and `supra`: short forms that point back to an authority cited before. */
import type { Anchor, AnchorHit } from './anchors';
import { commaBefore, shortNameBefore } from './names';
import { PARAGRAPHS, PIN, SECTION_LIST, sticky } from './patterns';
import { execAt, fold, makeCitation, matchEnd } from './scan';
import type { Scan } from './scan';
import type { Citation } from './types';
import { isWhitespace } from '../text';

const PINS = String.raw`${PIN}(?:\s*,\s*${PIN}){0,5}`;

/** `at 4`, `at *2`, `¶ 5`, `§ 3`: what `Id.` may point to. */
const ID_PIN = sticky(
  String.raw`(?:\s*,?\s*at\s+(?<pin>${PINS})|\s*,?\s*(?<paragraphs>${PARAGRAPHS})|\s*,?\s*§{1,2}\s*(?<section>${SECTION_LIST}))?`,
);

/** What a pin after `Id.` begins with, once a comma and spaces are passed: `at`, `¶`, `§`. */
const ID_PIN_STARTS = 'a¶§';

/** The position after any whitespace, one optional comma and any whitespace again. */
function afterCommaAndSpace(text: string, position: number): number {
  let at = position;
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
  if (text[at] === ',') at++;
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
  return at;
}

export function parseId(scan: Scan, hit: AnchorHit<Anchor & { type: 'id' }>): Citation {
  // Most `Id.` cites have no pin; the regex, which always matches, is run only where one may follow.
  if (!ID_PIN_STARTS.includes(scan.text[afterCommaAndSpace(scan.text, hit.end)])) return makeCitation(scan, 'id', hit.start, hit.end, {});
  const match = execAt(ID_PIN, scan.text, hit.end);
  const groups = match?.groups ?? {};
  const pin = groups.pin ?? groups.paragraphs;
  return makeCitation(scan, 'id', hit.start, match ? matchEnd(match) : hit.end, {
    pin: pin && fold(pin),
    section: groups.section && fold(groups.section),
  });
}

/** `note 3`, then `, at 12`, `, § 2035`, `, ¶ 4`. */
const SUPRA_PIN = sticky(
  String.raw`(?:\s+notes?\s+\d{1,4}(?:\s*[-–,]\s*\d{1,4})?)?` +
    String.raw`(?:\s*,\s*(?:at\s+(?<pin>${PINS})|§{1,2}\s*(?<section>${SECTION_LIST})|(?<paragraphs>${PARAGRAPHS})))?`,
);

/**
 * `Smith, supra note 3, at 12`. A `supra` with no name and comma before it is a cross-reference to
 * the brief itself (`discussed supra`, `supra Part II`), not a citation.
 */
export function parseSupra(scan: Scan, hit: AnchorHit<Anchor & { type: 'supra' }>): Citation | undefined {
  const comma = commaBefore(scan.text, hit.start, scan.floor);
  const name = comma === -1 ? undefined : shortNameBefore(scan.text, comma, scan.floor);
  if (!name) return undefined;
  const match = execAt(SUPRA_PIN, scan.text, hit.end);
  const groups = match?.groups ?? {};
  const pin = groups.pin ?? groups.paragraphs;
  return makeCitation(scan, 'supra', name.start, match ? matchEnd(match) : hit.end, {
    caseName: name.name,
    pin: pin && fold(pin),
    section: groups.section && fold(groups.section),
  });
}
