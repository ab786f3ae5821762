import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { Brief, Section } from '../engine/brief';
import { allSections } from '../engine/sections';

/** The brief's outline: its sections as written, nested as the headings nest. */
export function documentSymbols(brief: Brief): DocumentSymbol[] {
  const toSymbol = (section: Section): DocumentSymbol => ({
    name: [section.heading.label, section.heading.title].filter(Boolean).join(' ') || section.heading.text,
    detail: section.isArgument ? 'argument' : undefined,
    kind: SymbolKind.Namespace,
    range: brief.lines.rangeOf(section.span),
    selectionRange: brief.lines.rangeOf(section.heading.span),
    children: section.children.map(toSymbol),
  });
  return brief.sections.map(toSymbol);
}

/** One fold per section, from its heading line to its last line. */
export function foldingRanges(brief: Brief): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const section of allSections(brief.sections)) {
    const startLine = brief.lines.positionAt(section.span.start).line;
    const endLine = lastLine(brief, section.span.end);
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: 'region' });
  }
  return ranges;
}

/** The line of a section's last character: a span ending at a line's start ends on the line before. */
function lastLine(brief: Brief, end: number): number {
  const { line, character } = brief.lines.positionAt(end);
  return character === 0 && line > 0 ? line - 1 : line;
}

