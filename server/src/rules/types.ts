import type { Brief, BriefKind } from '../engine/brief';
import type { MotionLink } from '../engine/motion';
import type { Span } from '../engine/text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface TextEdit {
  span: Span;
  newText: string;
}

/** A repair. A `fix` is safe to apply with others (fix-all); a `suggestion` changes the attorney's words and is applied only by choice. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Report {
  messageId: string;
  data?: Record<string, string>;
  span: Span;
  /** Overrides the rule's severity for this report, e.g. the weaker finding when a reply's motion cannot be found. */
  severity?: Severity;
  fixes?: Fix[];
  suggestions?: Fix[];
}

export type { MotionLink };

export interface RuleContext {
  /** The opening motion this brief answers, when the brief is a reply. */
  motion?: MotionLink;
}

export interface RuleModule {
  /** Permanent kebab-case id; also the file name, the config key and the doc's name. */
  id: string;
  /** One line: the doc heading and SARIF's shortDescription. */
  title: string;
  defaultSeverity: Severity;
  appliesTo: readonly BriefKind[];
  /** The order's own words that the rule enforces, and where they stand in the order. */
  source: { quote: string; locator: string };
  /** Message templates with {{placeholders}}, picked by a report's messageId. */
  messages: Record<string, string>;
  fixable?: 'fix' | 'suggestion';
  check(brief: Brief, context: RuleContext): Report[];
}
