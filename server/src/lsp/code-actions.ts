import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Brief } from '../engine/brief';
import type { Fix } from '../rules/types';
import type { LintResult } from '../lint';
import { RULE_IDS } from '../rules';
import { findingFor, isFindingRef } from './diagnostics';

/**
 * Code actions for the diagnostics a client sends back: each of the finding's fixes and suggestions as a quick-fix,
 * then "Disable <rule> for this file". Every action carries its whole edit (Eglot has no codeAction/resolve), and the
 * edit names the document version it was computed for, so the client refuses it once the text has moved on.
 */
export function codeActionsFor(result: LintResult, uri: string, version: number, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const disabling = new Set<string>();
  for (const diagnostic of diagnostics) {
    const ref = diagnostic.data;
    // Another tool's diagnostic, or one computed for an older text: nothing here can repair it safely.
    if (!isFindingRef(ref) || ref.uri !== uri || ref.version !== version) continue;
    const finding = findingFor(result.findings, ref);
    if (!finding) continue;
    const repairs = [...finding.fixes.map((fix) => ({ fix, safe: true })), ...finding.suggestions.map((fix) => ({ fix, safe: false }))];
    for (const { fix, safe } of repairs) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        // Preferred only when it is the one obvious repair: a safe fix with no alternative beside it.
        isPreferred: safe && repairs.length === 1,
        edit: versionedEdit(uri, version, toLspEdits(result.brief, fix)),
      });
    }
    if (RULE_IDS.has(finding.ruleId) && !disabling.has(finding.ruleId)) {
      disabling.add(finding.ruleId);
      actions.push({
        title: `Disable ${finding.ruleId} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: versionedEdit(uri, version, [disableRuleEdit(result.brief, finding.ruleId)]),
      });
    }
  }
  return actions;
}

function versionedEdit(uri: string, version: number, edits: LspTextEdit[]): CodeAction['edit'] {
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}

function toLspEdits(brief: Brief, fix: Fix): LspTextEdit[] {
  return fix.edits.map((edit) => ({ range: brief.lines.rangeOf(edit.span), newText: edit.newText }));
}

/**
 * Adds a `<!-- brieflint-disable <rule> -->` comment, which the engine reads in every form of brief. In Markdown it
 * goes at the top (after any front matter), where a reader sees it; in plain text and on pleading paper at the very
 * end, so the caption the engine reads from the first lines stays where it is.
 */
function disableRuleEdit(brief: Brief, ruleId: string): LspTextEdit {
  const comment = `<!-- brieflint-disable ${ruleId} -->`;
  const eol = brief.source.includes('\r\n') ? '\r\n' : '\n';
  if (brief.form === 'markdown') {
    const at = brief.lines.positionAt(brief.frontMatter?.span.end ?? 0);
    return { range: { start: at, end: at }, newText: comment + eol };
  }
  const end = brief.lines.positionAt(brief.source.length);
  const endsWithNewline = brief.source.endsWith('\n');
  return { range: { start: end, end }, newText: (endsWithNewline ? '' : eol) + comment + eol };
}
