import type { BriefKind } from '../../engine/brief';
import type { Range } from '../../engine/text';
import type { LintResult } from '../../lint';
import type { Severity } from '../../rules/types';

/** The documented output: these keys and no others, so scripts may rely on them. Positions are 0-based, as in LSP. */
export interface JsonFileReport {
  file: string;
  kind: BriefKind;
  diagnostics: { code: string; severity: Severity; range: Range; message: string }[];
}

export function formatJson(results: readonly LintResult[]): string {
  const report: JsonFileReport[] = results.map((result) => ({
    file: result.path,
    kind: result.brief.kind,
    diagnostics: result.findings.map((finding) => ({
      code: finding.ruleId,
      severity: finding.severity,
      range: copyRange(finding.range),
      message: finding.message,
    })),
  }));
  return `${JSON.stringify(report)}\n`;
}

/** Copies only the documented keys, whatever else the engine's objects may come to carry. */
export function copyRange({ start, end }: Range): Range {
  return { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } };
}
