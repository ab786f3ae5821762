import * as assert from 'node:assert/strict';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { DEFAULT_CONFIG, type Config } from '../../server/src/config';
import { lintWorkspace, type Finding, type LintResult } from '../../server/src/lint';
import { RULES } from '../../server/src/rules';
import type { Severity } from '../../server/src/rules/types';

export interface OpenText {
  uri: string;
  text: string;
}

/** LSP's DiagnosticSeverity for each of the engine's severities. */
export const LSP_SEVERITY: Record<Severity, number> = { error: 1, warning: 2, information: 3, hint: 4 };

const RULE_IDS = new Set(RULES.map((rule) => rule.id));

/** The engine's path for a URI, as the server gives it: a file system path for file URIs, so `motion: ./x` resolves. */
export function enginePath(uri: string): string {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : uri;
}

/** A fresh analysis by the engine of these texts checked together (the documents the server can see), for one of them. */
export function engineResult(files: readonly OpenText[], uri: string, config: Config = DEFAULT_CONFIG): LintResult {
  const results = lintWorkspace(files.map((file) => ({ path: enginePath(file.uri), text: file.text })), config);
  const result = results.find((candidate) => candidate.path === enginePath(uri));
  if (!result) throw new Error(`${uri} is not among the files given to the engine`);
  return result;
}

export function engineFindings(files: readonly OpenText[], uri: string, config: Config = DEFAULT_CONFIG): Finding[] {
  return engineResult(files, uri, config).findings;
}

interface Comparable {
  code: unknown;
  severity: unknown;
  message: string;
  range: [number, number, number, number];
}

function comparable(code: unknown, severity: unknown, message: Diagnostic['message'], range: Diagnostic['range']): Comparable {
  return { code, severity, message: typeof message === 'string' ? message : message.value, range: [range.start.line, range.start.character, range.end.line, range.end.character] };
}

function byPosition(a: Comparable, b: Comparable): number {
  for (let i = 0; i < 4; i++) if (a.range[i] !== b.range[i]) return a.range[i] - b.range[i];
  return String(a.code).localeCompare(String(b.code)) || a.message.localeCompare(b.message);
}

/**
 * The server's diagnostics say exactly what the engine finds in the same text: the same rule ids, severities,
 * messages and 0-based UTF-16 ranges (the text under each range is the finding's own text), each with source
 * "brieflint", a link to its rule's doc, and data to find the finding again.
 */
export function assertDiagnosticsMatchFindings(actual: readonly Diagnostic[], findings: readonly Finding[], text: string, context: string): void {
  const got = actual.map((d) => comparable(d.code, d.severity, d.message, d.range)).sort(byPosition);
  const want = findings.map((f) => comparable(f.ruleId, LSP_SEVERITY[f.severity], f.message, f.range)).sort(byPosition);
  assert.deepEqual(got, want, `${context}: the server's diagnostics differ from the engine's findings for the same text`);
  const document = TextDocument.create('file:///check', 'plaintext', 1, text);
  for (const diagnostic of actual) {
    const where = `${context}: diagnostic ${String(diagnostic.code)} at ${diagnostic.range.start.line}:${diagnostic.range.start.character}`;
    assert.equal(diagnostic.source, 'brieflint', `${where}: source`);
    if (RULE_IDS.has(String(diagnostic.code))) {
      assert.match(diagnostic.codeDescription?.href ?? '(none)', new RegExp(`docs/rules/${String(diagnostic.code)}\\.md$`), `${where}: codeDescription.href must link the rule's doc`);
    }
    assert.notEqual(diagnostic.data, undefined, `${where}: data must identify the finding for code actions`);
    const finding = findings.find((f) => f.ruleId === diagnostic.code && f.message === diagnostic.message && sameRange(f.range, diagnostic.range));
    if (finding) {
      assert.equal(document.getText(diagnostic.range), text.slice(finding.span.start, finding.span.end), `${where}: the text under the range (read in UTF-16) must be the finding's text`);
    }
  }
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The edits a code action makes to one document, checked to be versioned: `documentChanges` with the document's version. */
export function versionedEditsOf(edit: WorkspaceEdit | undefined, uri: string, context: string): { version: number | null; edits: TextEdit[] } {
  assert.ok(edit, `${context}: the action must carry its edit (clients such as Eglot have no codeAction/resolve)`);
  assert.ok(Array.isArray(edit.documentChanges), `${context}: the edit must use documentChanges (versioned), got ${JSON.stringify(edit)}`);
  assert.equal(edit.documentChanges.length, 1, `${context}: one document changes`);
  const change = edit.documentChanges[0];
  assert.ok('textDocument' in change && 'edits' in change, `${context}: a TextDocumentEdit, got ${JSON.stringify(change)}`);
  assert.equal(change.textDocument.uri, uri, `${context}: the edit is for the document`);
  assert.equal(typeof change.textDocument.version, 'number', `${context}: the edit names the document version it was computed for`);
  return { version: change.textDocument.version, edits: change.edits as TextEdit[] };
}

export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///apply', 'plaintext', 1, text), [...edits]);
}
