import type { Hover } from 'vscode-languageserver';
import type { Brief } from '../engine/brief';
import type { Citation, CitationKind, CitationParts } from '../engine/citations/types';

const KIND_NAMES: Record<CitationKind, string> = {
  case: 'Case citation',
  'short-case': 'Short-form case citation',
  id: 'Id. citation',
  supra: 'Supra citation',
  statute: 'Statute',
  regulation: 'Regulation',
  rule: 'Court rule',
  constitution: 'Constitution',
  secondary: 'Secondary source',
  record: 'Record citation',
};

/** The parts a hover lists, in the order a citation is read. */
const PART_NAMES: readonly [keyof CitationParts, string][] = [
  ['caseName', 'Case name'],
  ['title', 'Title'],
  ['code', 'Code'],
  ['section', 'Section'],
  ['volume', 'Volume'],
  ['reporter', 'Reporter'],
  ['page', 'Page'],
  ['pin', 'Pin cite'],
  ['court', 'Court'],
  ['year', 'Year'],
  ['document', 'Document'],
];

/**
 * The citation under the cursor, its parts and whether the court will count it as authority; null elsewhere.
 * Markdown for clients that render it, plain text for the others (Eglot without markdown-mode asks for plain text).
 */
export function hoverAt(brief: Brief, offset: number, markdown: boolean): Hover | null {
  const citation = citationAt(brief.citations, offset);
  if (!citation) return null;
  const parts = PART_NAMES.filter(([key]) => citation.parts[key] !== undefined).map(([key, name]) => [name, oneLine(citation.parts[key] as string)]);
  const kind = KIND_NAMES[citation.kind];
  const signal = citation.signal ? ` (signal: ${markdown ? `*${citation.signal}*` : citation.signal})` : '';
  const lines = markdown
    ? [`**${kind}**${signal}`, '', `\`${citation.text}\``, '', ...(parts.length > 0 ? ['| | |', '|---|---|', ...parts.map(([name, value]) => `| ${name} | ${value.replace(/\|/g, '\\|')} |`), ''] : [])]
    : [`${kind}${signal}`, citation.text, '', ...parts.map(([name, value]) => `${name}: ${value}`), ...(parts.length > 0 ? [''] : [])];
  lines.push(standing(citation, markdown));
  return { contents: { kind: markdown ? 'markdown' : 'plaintext', value: lines.join('\n') }, range: brief.lines.rangeOf(citation.span) };
}

function standing(citation: Citation, markdown: boolean): string {
  if (citation.authority) return 'Counts as legal authority.';
  const what = citation.kind === 'record' ? 'A cite to the record' : 'It refers to a cite to the record';
  const not = markdown ? '**not legal authority**' : 'not legal authority';
  return `${what}: ${not}. An argument that cites only the record cites no authority.`;
}

/** Citations are sorted by position and never overlap, so a binary search finds the one under the cursor. */
function citationAt(citations: readonly Citation[], offset: number): Citation | undefined {
  let low = 0;
  let high = citations.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { span } = citations[mid];
    if (offset < span.start) high = mid - 1;
    else if (offset > span.end) low = mid + 1;
    else return citations[mid];
  }
  return undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
