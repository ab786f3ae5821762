/** Cites to the case's own record: docket entries, exhibits, declarations and other filings. Never authority. */
import type { Anchor, AnchorHit } from './anchors';
import { capitalisedNameBefore } from './names';
import { PARAGRAPHS, PIN, sticky } from './patterns';
import { execAt, fold, makeCitation, matchEnd } from './scan';
import type { Scan } from './scan';
import type { Citation } from './types';

const PINS = String.raw`${PIN}(?:\s*,\s*${PIN}){0,5}`;

/** A pin into a filing: `at 4`, `at 3:20–23`, `, at 3`, `¶¶ 3–5`. */
const FILING_PIN = String.raw`(?:\s*,?\s*at\s+(?<pin>${PINS})|\s*,?\s*(?<paragraphs>${PARAGRAPHS}))?`;

/** `No. 66`, `Nos. 12, 14`, `#45`, `62-1`, then the pin. */
const DOCKET_NUMBER = sticky(
  String.raw`(?<number>\s*(?:Nos?\.\s*|#\s*)?\d{1,5}(?:-\d{1,3})?(?![\dA-Za-z]))${FILING_PIN}`,
);

const EXHIBIT_ID = String.raw`(?:[A-Z]{1,2}|\d{1,4})(?:-\d{1,3})?(?![A-Za-z0-9])`;

/** `A`, `3`, `A-1`, `A and B`, `1–3`, then the pin. */
const EXHIBIT = sticky(
  String.raw`(?<number>\s*(?:No\.\s*)?${EXHIBIT_ID}(?:\s*(?:,|and|&|through|[-–])\s*${EXHIBIT_ID}){0,6})${FILING_PIN}`,
);

/**
 * What must follow a filing's name for it to be a cite: a paragraph, a page, a page and line
 * (`Tr. 45:3–10`), or an exhibit to it (`Smith Decl. Ex. A`). `the Smith Decl. shows` is no cite.
 */
const PAPER_PIN = sticky(
  String.raw`(?<of>\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?` +
    String.raw`(?:\s*,?\s*(?<paragraphs>${PARAGRAPHS})|\s*,?\s*at\s+(?<pin>${PINS})|\s+(?<lines>\d{1,4}:\d{1,3}(?:\s*[-–]\s*(?:\d{1,4}:)?\d{1,3})?)|` +
    String.raw`\s*,?\s*(?<exhibit>(?:Ex(?:h|s)?\.|Exhibits?)\s*${EXHIBIT_ID}))`,
);

/** The administrative record by page: `AR 123`, `AR 123-25`. */
const RECORD_PAGE = sticky(String.raw`\s*(?<pin>\d{1,6}(?:\s*[-–]\s*\d{1,6})?)(?![\dA-Za-z])`);

/** The words that name a filing before `Decl.` or `Compl.`: `Smith`, `Pl.'s`, `First Am.`. */
const MAX_FILING_NAME_WORDS = 4;

function pinOf(groups: Record<string, string | undefined>): string | undefined {
  const pin = groups.pin ?? groups.paragraphs ?? groups.lines;
  return pin === undefined ? undefined : fold(pin);
}

export function parseRecord(scan: Scan, hit: AnchorHit<Anchor & { type: 'record' }>): Citation | undefined {
  const { text } = scan;
  switch (hit.anchor.form) {
    case 'docket':
    case 'exhibit': {
      const match = execAt(hit.anchor.form === 'docket' ? DOCKET_NUMBER : EXHIBIT, text, hit.end);
      if (!match?.groups) return undefined;
      const document = fold(text.slice(hit.start, hit.end + match.groups.number.length));
      return makeCitation(scan, 'record', hit.start, matchEnd(match), { document, pin: pinOf(match.groups) });
    }
    case 'paper': {
      const match = execAt(PAPER_PIN, text, hit.end);
      if (!match?.groups) return undefined;
      const name = capitalisedNameBefore(text, hit.start, scan.floor, MAX_FILING_NAME_WORDS);
      const start = name?.start ?? hit.start;
      const documentEnd = hit.end + (match.groups.of?.length ?? 0);
      const exhibit = match.groups.exhibit;
      const document = fold(text.slice(start, documentEnd)) + (exhibit ? ` ${fold(exhibit)}` : '');
      return makeCitation(scan, 'record', start, matchEnd(match), { document, pin: pinOf(match.groups) });
    }
    case 'administrative': {
      const match = execAt(RECORD_PAGE, text, hit.end);
      if (!match?.groups) return undefined;
      return makeCitation(scan, 'record', hit.start, matchEnd(match), { document: hit.anchor.written, pin: match.groups.pin });
    }
  }
}
