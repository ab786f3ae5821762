/** Secondary authority: Restatements, treatises, and law reviews and journals. */
import type { Anchor, AnchorHit } from './anchors';
import { capitalisedNameBefore, commaBefore } from './names';
import { SECTION, sticky, YEAR } from './patterns';
import { execAt, fold, makeCitation, matchEnd, numberBefore } from './scan';
import type { Scan } from './scan';
import type { Citation } from './types';

/** `(Second) of Torts § 402A (1965)`, `of Contracts § 90`, `(Third) of Agency § 7.03 cmt. b (Am. L. Inst. 2006)` */
const RESTATEMENT = sticky(
  String.raw`\s*(?:\((?<series>First|Second|Third|Fourth)\)\s*)?of\s+(?:the\s+)?` +
    String.raw`(?<subject>[A-Z][A-Za-z'’:]*(?:\s+(?:[A-Z][A-Za-z'’:]*|of|and|the|&)){0,5})` +
    String.raw`\s*,?\s*§{1,2}\s*(?<section>${SECTION})(?:\s*,?\s*cmt\.\s*[a-z](?:\s*,\s*illus\.\s*\d{1,2})?)?` +
    String.raw`(?:\s*\((?:Am\.\s*L(?:aw)?\.\s*Inst\.\s*)?(?<year>${YEAR})\))?`,
);

export function parseRestatement(scan: Scan, hit: AnchorHit<Anchor & { type: 'restatement' }>): Citation | undefined {
  const match = execAt(RESTATEMENT, scan.text, hit.end);
  if (!match?.groups) return undefined;
  const { series, subject, section, year } = match.groups;
  const code = series ? `Restatement (${series}) of ${fold(subject)}` : `Restatement of ${fold(subject)}`;
  return makeCitation(scan, 'secondary', hit.start, matchEnd(match), { code, section, year });
}

/** `§ 2035`, `§ 26.41[1]`, `¶ 1.23`, then perhaps the edition: `(3d ed. 2010)`, `(3d ed.)`. */
const TREATISE_SECTION = sticky(
  String.raw`(?:\s*,)?\s*(?:§{1,2}\s*(?<section>${SECTION}(?:\[\d{1,3}\](?:\[[a-z]\])?)?)|¶\s*(?<paragraph>\d{1,5}(?:\.\d{1,4}){0,3}))` +
    String.raw`(?:\s*\((?:\d{1,2}(?:st|nd|rd|d|th)\s+ed\.)?\s*(?:[A-Z][A-Za-z.]*\s+){0,2}(?<year>${YEAR})?\))?`,
);

/** Volumes of a treatise: `8A`, `6`. */
const MAX_TREATISE_VOLUME_DIGITS = 3;
const MAX_AUTHOR_WORDS = 10;
const VOLUME_FIRST = /^(\d{1,3}[A-Z]?) /;

export function parseTreatise(scan: Scan, hit: AnchorHit<Anchor & { type: 'treatise' }>): Citation | undefined {
  const match = execAt(TREATISE_SECTION, scan.text, hit.end);
  if (!match?.groups) return undefined;
  const comma = commaBefore(scan.text, hit.start, scan.floor);
  const authors = comma === -1 ? undefined : capitalisedNameBefore(scan.text, comma, scan.floor, MAX_AUTHOR_WORDS);
  // The volume comes before the authors, and reads like a name's first word (`8A Charles Alan Wright`).
  const bareVolume = authors ? undefined : numberBefore(scan, hit.start, MAX_TREATISE_VOLUME_DIGITS, true);
  const volume = authors ? VOLUME_FIRST.exec(authors.name)?.[1] : bareVolume?.value;
  const { section, paragraph, year } = match.groups;
  return makeCitation(scan, 'secondary', authors?.start ?? bareVolume?.start ?? hit.start, matchEnd(match), {
    volume,
    code: hit.anchor.title,
    section: section ?? (paragraph && `¶ ${paragraph}`),
    year,
  });
}

/** `1 (1987)`, `1, 15-20 (1987)`, `1, 15 n.3`. */
const ARTICLE_PAGES = sticky(
  String.raw`\s+(?<page>\d{1,5})(?![\dA-Za-z])` +
    String.raw`(?<pins>(?:\s*,\s*\d{1,5}(?:\s*[-–—]\s*\d{1,5})?(?:\s*nn?\.\s*\d{1,4})?(?!\d)){0,3})` +
    String.raw`(?:\s*\((?<year>${YEAR})\))?`,
);

const MAX_JOURNAL_VOLUME_DIGITS = 4;

/** A law review or journal article, from its volume: the author and title before it are not read. */
export function parseJournal(scan: Scan, hit: AnchorHit<Anchor & { type: 'journal' }>): Citation | undefined {
  const volume = numberBefore(scan, hit.start, MAX_JOURNAL_VOLUME_DIGITS);
  const match = volume && execAt(ARTICLE_PAGES, scan.text, hit.end);
  if (!volume || !match?.groups) return undefined;
  const { page, pins, year } = match.groups;
  const pin = fold(pins).replace(/^,\s*/, '');
  return makeCitation(scan, 'secondary', volume.start, matchEnd(match), {
    volume: volume.value,
    code: hit.anchor.journal,
    page,
    pin: pin === '' ? undefined : pin,
    year,
  });
}
