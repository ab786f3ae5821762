import type { Brief } from '../../engine/brief';
import type { CitationKind } from '../../engine/citations/types';
import type { Range } from '../../engine/text';
import type { Palette } from './color';
import { copyRange } from './json';
import { formatTable, oneLine, plural } from './table';

/** The documented output of `brieflint citations --format json`: these keys and no others. */
export interface JsonCitationReport {
  file: string;
  citations: { kind: CitationKind; authority: boolean; text: string; range: Range }[];
}

export function formatCitationsJson(briefs: readonly Brief[]): string {
  const report: JsonCitationReport[] = briefs.map((brief) => ({
    file: brief.path,
    citations: brief.citations.map((citation) => ({
      kind: citation.kind,
      authority: citation.authority,
      text: citation.text,
      range: copyRange(brief.lines.rangeOf(citation.span)),
    })),
  }));
  return `${JSON.stringify(report)}\n`;
}

/** A table per file: where each citation starts (1-based), its kind (record cites, which are not authority, in another colour) and its text. */
export function formatCitationsTable(briefs: readonly Brief[], colors: Palette): string {
  let output = '';
  let total = 0;
  for (const brief of briefs) {
    output += `\n${colors.underline(brief.path)}\n`;
    if (brief.citations.length === 0) {
      output += `  ${colors.dim('no citations')}\n`;
      continue;
    }
    total += brief.citations.length;
    const rows = brief.citations.map((citation) => {
      const { line, character } = brief.lines.positionAt(citation.span.start);
      return [
        { text: `${line + 1}:${character + 1}`, style: colors.dim },
        { text: citation.kind, style: citation.authority ? colors.blue : colors.yellow },
        { text: oneLine(citation.text) },
      ];
    });
    output += `${formatTable(rows).join('\n')}\n`;
  }
  return `${output}\n${colors.bold(`${plural(total, 'citation')} in ${plural(briefs.length, 'file')}`)}\n`;
}
