import { parseBrief } from './engine/parse';
import type { Brief } from './engine/brief';
import { findOpeningMotion } from './engine/motion';
import type { Range, Span } from './engine/text';
import { DEFAULT_CONFIG, type Config } from './config';
import { RULES } from './rules';
import { SEVERITIES, type Fix, type MotionLink, type RuleModule, type Severity } from './rules/types';

export interface BriefFile {
  /** The path or URI as given; a reply's `motion:` front matter is resolved against it. */
  path: string;
  text: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  range: Range;
  /** Safe repairs, fit for a fix-all. */
  fixes: Fix[];
  /** Repairs that change the attorney's words; applied only by choice. */
  suggestions: Fix[];
}

export interface LintResult {
  path: string;
  brief: Brief;
  /** For a reply: the opening motion it was compared with, or why none was found. */
  motion?: MotionLink;
  findings: Finding[];
}

/** The id of the finding that reports a rule which threw, so that one broken rule never hides the others. */
export const INTERNAL_ERROR_ID = 'brieflint-internal';
/** The id of the finding that reports front matter or a disable comment brieflint could not use. */
export const FRONT_MATTER_ID = 'brieflint-front-matter';

/** Findings about brieflint itself rather than the brief, with the one-line description a report lists them under. */
export const META_FINDINGS: readonly { id: string; title: string }[] = [
  { id: INTERNAL_ERROR_ID, title: 'A rule failed on this text and was skipped' },
  { id: FRONT_MATTER_ID, title: 'The front matter or a brieflint comment could not be used' },
];

/** Lints files checked together: a reply finds its motion among them. */
export function lintWorkspace(files: readonly BriefFile[], config: Config = DEFAULT_CONFIG): LintResult[] {
  const briefs = files.map((file) => parseBrief(file.path, file.text, config));
  return briefs.map((brief) => lintBrief(brief, briefs, config));
}

/** Lints one parsed brief; `workspace` holds the briefs it may be linked with (it may include the brief itself). */
export function lintBrief(brief: Brief, workspace: readonly Brief[], config: Config = DEFAULT_CONFIG): LintResult {
  const motion = brief.kind === 'reply' ? findOpeningMotion(brief, workspace) : undefined;
  const findings: Finding[] = frontMatterFindings(brief);
  for (const rule of RULES) {
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off' || isDisabled(brief, rule.id) || !rule.appliesTo.includes(brief.kind)) continue;
    findings.push(...runRule(rule, setting, brief, motion));
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
  return { path: brief.path, brief, motion, findings };
}

/** Invalid front matter, and rule ids that no rule has in `disable` lists or comments: said, never silently ignored. */
function frontMatterFindings(brief: Brief): Finding[] {
  const known = new Set([...RULES.map((rule) => rule.id), '*']);
  const problems = [...(brief.frontMatter?.problems ?? [])];
  for (const id of brief.disabledRules) {
    if (!known.has(id)) {
      problems.push({ message: `unknown rule "${id}" in a brieflint disable list (known: ${RULES.map((rule) => rule.id).join(', ')})`, span: brief.frontMatter?.span ?? { start: 0, end: 0 } });
    }
  }
  return problems.map((problem) => ({
    ruleId: FRONT_MATTER_ID,
    severity: 'warning',
    message: `brieflint: ${problem.message}`,
    span: problem.span,
    range: brief.lines.rangeOf(problem.span),
    fixes: [],
    suggestions: [],
  }));
}

function runRule(rule: RuleModule, severity: Severity, brief: Brief, motion: MotionLink | undefined): Finding[] {
  try {
    return rule.check(brief, { motion }).map((report) => ({
      ruleId: rule.id,
      severity: report.severity ? weaker(report.severity, severity) : severity,
      message: fillMessage(rule, report.messageId, report.data),
      span: report.span,
      range: brief.lines.rangeOf(report.span),
      fixes: report.fixes ?? [],
      suggestions: report.suggestions ?? [],
    }));
  } catch (error) {
    const span = { start: 0, end: 0 };
    return [{
      ruleId: INTERNAL_ERROR_ID,
      severity: 'warning',
      message: `The rule ${rule.id} failed on this text and was skipped (${error instanceof Error ? error.message : String(error)}). Please report it.`,
      span,
      range: brief.lines.rangeOf(span),
      fixes: [],
      suggestions: [],
    }];
  }
}

function isDisabled(brief: Brief, id: string): boolean {
  return brief.disabledRules.includes(id) || brief.disabledRules.includes('*');
}

export function fillMessage(rule: RuleModule, messageId: string, data: Record<string, string> = {}): string {
  const template = rule.messages[messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message ${messageId}`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => data[name] ?? `{{${name}}}`);
}

function weaker(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) > SEVERITIES.indexOf(b) ? a : b;
}
