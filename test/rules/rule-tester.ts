import * as assert from 'node:assert/strict';
import { parseBrief } from '../../server/src/engine/parse';
import { findOpeningMotion } from '../../server/src/engine/motion';
import type { Brief } from '../../server/src/engine/brief';
import { fillMessage } from '../../server/src/lint';
import type { Fix, Report, RuleModule, Severity, TextEdit } from '../../server/src/rules/types';

/** [startLine, startCharacter, endLine, endCharacter], 0-based as in LSP. */
export type RangeTuple = [number, number, number, number];

interface Files {
  /** The brief under test. */
  path: string;
  code: string;
  /** Other briefs checked with it, by path (e.g. the motion a reply answers). */
  others?: Record<string, string>;
}

export interface ValidCase extends Files {
  name: string;
}

export interface ExpectedError {
  messageId: string;
  range: RangeTuple;
  /** Placeholders the message must be filled with; each listed value must match exactly. */
  data?: Record<string, string>;
  /** Only when the report overrides the rule's severity. */
  severity?: Severity;
  /** The text after applying each suggestion, in order; required when the report has suggestions. */
  suggestions?: string[];
}

export interface InvalidCase extends Files {
  name: string;
  errors: ExpectedError[];
  /** The text after applying every fix of every report; null asserts that there is none. */
  output: string | null;
}

/**
 * Runs a rule over tables of valid and invalid briefs, as ESLint's RuleTester does, and is as strict:
 * names are unique, every report is asserted (count, message id, placeholders, exact range, severity),
 * an output must differ from the input, fixes must not overlap, and a rule that fixes must say so.
 */
export function runRuleTests(rule: RuleModule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const names = new Set<string>();
  const claim = (name: string) => {
    assert.ok(name.trim() !== '', 'every case needs a name');
    assert.ok(!names.has(name), `duplicate case name: ${name}`);
    names.add(name);
  };
  describe(rule.id, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        claim(testCase.name);
        it(testCase.name, () => {
          const { reports } = runRule(rule, testCase);
          assert.deepEqual(reports.map((report) => report.messageId), [], 'a valid case must produce no report');
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        claim(testCase.name);
        it(testCase.name, () => {
          assert.ok(testCase.errors.length > 0, 'an invalid case must expect at least one report');
          assert.notEqual(testCase.output, testCase.code, 'output equal to the input: to assert no fix, set output to null');
          const { brief, reports } = runRule(rule, testCase);
          assert.equal(reports.length, testCase.errors.length, `expected ${testCase.errors.length} report(s), got ${reports.map((r) => r.messageId).join(', ') || 'none'}`);
          testCase.errors.forEach((expected, index) => checkReport(rule, brief, reports[index], expected, index));
          const fixes = reports.flatMap((report) => report.fixes ?? []);
          if (testCase.output === null) assert.equal(fixes.length, 0, 'the case expects no fix but the rule offered one');
          else assert.equal(applyEdits(testCase.code, fixes.flatMap((fix) => fix.edits)), testCase.output);
        });
      }
    });
  });
}

function runRule(rule: RuleModule, testCase: Files): { brief: Brief; reports: Report[] } {
  const brief = parseBrief(testCase.path, testCase.code);
  const others = Object.entries(testCase.others ?? {}).map(([path, code]) => parseBrief(path, code));
  if (!rule.appliesTo.includes(brief.kind)) return { brief, reports: [] };
  const motion = brief.kind === 'reply' ? findOpeningMotion(brief, [brief, ...others]) : undefined;
  const reports = rule.check(brief, { motion });
  for (const report of reports) {
    if ((report.fixes ?? []).length > 0) assert.equal(rule.fixable, 'fix', `${rule.id} returns fixes but does not declare fixable: 'fix'`);
    if ((report.suggestions ?? []).length > 0) assert.equal(rule.fixable, 'suggestion', `${rule.id} returns suggestions but does not declare fixable: 'suggestion'`);
  }
  return { brief, reports };
}

function checkReport(rule: RuleModule, brief: Brief, report: Report, expected: ExpectedError, index: number): void {
  const where = `report ${index}`;
  assert.equal(report.messageId, expected.messageId, `${where}: message id`);
  const message = fillMessage(rule, report.messageId, report.data);
  assert.ok(!/\{\{\w+\}\}/.test(message), `${where}: unfilled placeholder in "${message}"`);
  for (const [key, value] of Object.entries(expected.data ?? {})) assert.equal(report.data?.[key], value, `${where}: data.${key}`);
  const range = brief.lines.rangeOf(report.span);
  assert.deepEqual([range.start.line, range.start.character, range.end.line, range.end.character], expected.range, `${where}: range`);
  assert.equal(report.severity, expected.severity, `${where}: severity override`);
  const suggestions = report.suggestions ?? [];
  assert.equal(suggestions.length, expected.suggestions?.length ?? 0, `${where}: every suggestion must be asserted`);
  suggestions.forEach((suggestion: Fix, i) => assert.equal(applyEdits(brief.source, suggestion.edits), expected.suggestions![i], `${where}: suggestion ${i}`));
}

/** Applies edits that must not overlap, from the last to the first so that earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i].span.start >= sorted[i - 1].span.end, 'fixes overlap');
  }
  let result = text;
  for (const edit of sorted.reverse()) {
    assert.ok(edit.span.start >= 0 && edit.span.end <= text.length && edit.span.start <= edit.span.end, 'edit outside the text');
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return result;
}

/** The range of the first occurrence of `part` in `code`: for expectations that name the exact text a report covers. */
export function rangeOfText(code: string, part: string): RangeTuple {
  const start = code.indexOf(part);
  assert.ok(start !== -1, `"${part}" is not in the case's text`);
  const position = (offset: number): [number, number] => {
    const before = code.slice(0, offset);
    const line = before.split('\n').length - 1;
    return [line, offset - (before.lastIndexOf('\n') + 1)];
  };
  return [...position(start), ...position(start + part.length)];
}
