/** Introductory signals (Bluebook rule 1.2), read back from the start of a cite. */
import { isWhitespace } from '../text';

/** Longer than any signal with its comma (`See also, e.g.,` is 16 characters). */
const SIGNAL_WINDOW = 24;
/** Masked markup can leave a long run of spaces between a signal and its cite. */
const MAX_GAP = 200;

const SIGNAL_AT_END =
  /(?:^|[^A-Za-z.'’])((?:[Ss]ee(?: also)?(?:, e\.g\.)?|[Ss]ee generally|[Bb]ut see|[Bb]ut cf\.|[Cc]f\.|[Cc]ompare|[Aa]ccord|[Ee]\.g\.|[Cc]ontra)),? ?$/;

/** The last character of every signal above (`See`, `also`, `e.g.`, `generally`, `Accord`, `Contra`) or of its comma. */
const SIGNAL_LAST_CHARACTERS = 'eo.yda,';

/**
 * The signal that introduces the cite starting at `start`, as written but without its trailing comma
 * (`See`, `See also`, `See, e.g.`, `But cf.`), or undefined. Never reads before `floor`.
 */
export function signalBefore(text: string, start: number, floor: number): string | undefined {
  let end = start;
  while (end > floor && start - end < MAX_GAP && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end === floor || !SIGNAL_LAST_CHARACTERS.includes(text[end - 1])) return undefined;
  const window = text.slice(Math.max(floor, end - SIGNAL_WINDOW), end).replace(/\s+/g, ' ');
  return SIGNAL_AT_END.exec(window)?.[1];
}
