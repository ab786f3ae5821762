import type { LintResult } from '../../lint';
import type { Severity } from '../../rules/types';
import type { Palette, Style } from './color';
import { formatTable, oneLine, plural } from './table';

/** Shorter words in a narrow column; `information` becomes `info`, as in the summary's count of infos. */
const SEVERITY_LABELS: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/** ESLint's default layout: each file with problems under its path, then one summary line; nothing when clean. */
export function formatStylish(results: readonly LintResult[], colors: Palette): string {
  const severityStyles: Record<Severity, Style> = { error: colors.red, warning: colors.yellow, information: colors.blue, hint: colors.dim };
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let output = '';
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const lineWidth = String(Math.max(...result.findings.map((finding) => finding.range.start.line + 1))).length;
    const rows = result.findings.map((finding) => {
      counts[finding.severity]++;
      const { line, character } = finding.range.start;
      return [
        { text: `${String(line + 1).padStart(lineWidth)}:${character + 1}`, style: colors.dim },
        { text: SEVERITY_LABELS[finding.severity], style: severityStyles[finding.severity] },
        { text: oneLine(finding.message) },
        { text: finding.ruleId, style: colors.dim },
      ];
    });
    output += `\n${colors.underline(result.path)}\n${formatTable(rows).join('\n')}\n`;
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total === 0) return '';
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.information, 'info')];
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
  const summary = `\u2716 ${plural(total, 'problem')} (${parts.join(', ')})`;
  const summaryStyle = counts.error > 0 ? colors.red : counts.warning > 0 ? colors.yellow : colors.blue;
  return `${output}\n${colors.bold(summaryStyle(summary))}\n`;
}
