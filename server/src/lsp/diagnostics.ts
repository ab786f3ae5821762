import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Finding } from '../lint';
import { RULE_IDS, ruleDocPath } from '../rules';
import type { Severity } from '../rules/types';

/**
 * What a diagnostic carries back to the server in a code-action request. Clients return ranges in their own units
 * (Neovim 0.7 sends byte columns on lines with `§` or curly quotes), so a finding is found again by these, never by
 * the diagnostic's range.
 */
export interface FindingRef {
  uri: string;
  version: number;
  ruleId: string;
  start: number;
  end: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The rule docs ship beside the bundled server (`dist/../docs/rules`), so the link works offline in every editor. */
const DOC_LINKS: ReadonlyMap<string, string> = new Map([...RULE_IDS].map((ruleId) => [ruleId, URI.file(path.resolve(__dirname, '..', ruleDocPath(ruleId))).toString()]));

export function toDiagnostic(finding: Finding, uri: string, version: number): Diagnostic {
  const href = DOC_LINKS.get(finding.ruleId);
  const data: FindingRef = { uri, version, ruleId: finding.ruleId, start: finding.span.start, end: finding.span.end };
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: 'brieflint',
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: finding.message,
    data,
  };
}

export function isFindingRef(value: unknown): value is FindingRef {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as Record<string, unknown>;
  return typeof ref.uri === 'string' && typeof ref.version === 'number' && typeof ref.ruleId === 'string'
    && typeof ref.start === 'number' && typeof ref.end === 'number';
}

export function findingFor(findings: readonly Finding[], ref: FindingRef): Finding | undefined {
  return findings.find((finding) => finding.ruleId === ref.ruleId && finding.span.start === ref.start && finding.span.end === ref.end);
}
