import type { TextElement } from './brief';
import { trimmedSpan } from './headings';
import type { Line } from './surface/mask';
import { insideAny } from './spans';
import type { Span } from './text';
import { readable } from './words';

const SIGNATURE_START = /^(?:Dated|DATED|Date|DATE)\s*:|^Respectfully submitted|^RESPECTFULLY SUBMITTED|^\/s\/|^By:\s*\/s\//;
const SIGNATURE_SEARCH_LINES = 60;

/**
 * The signature block: found by reading up from the end of the brief, past footnote definitions, to the first
 * `Dated:`, `Respectfully submitted` or `/s/` line that no paragraph of prose precedes.
 */
export function findSignature(text: string, lines: readonly Line[], skip: readonly Span[]): TextElement | undefined {
  let start: number | undefined;
  let end: number | undefined;
  let read = 0;
  for (let i = lines.length - 1; i >= 0 && read < SIGNATURE_SEARCH_LINES; i--) {
    const content = trimmedSpan(text, lines[i]);
    if (!content || insideAny(skip, content.start)) continue;
    end ??= content.end;
    read++;
    const line = text.slice(content.start, Math.min(content.end, content.start + 30));
    if (SIGNATURE_START.test(line)) start = content.start;
    else if (content.end - content.start > 100) break;
  }
  if (start === undefined || end === undefined) return undefined;
  return { span: { start, end }, text: readable(text.slice(start, end)) };
}
