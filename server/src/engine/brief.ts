import type { Citation } from './citations/types';
import type { LineIndex, Span } from './text';

export type BriefKind = 'motion' | 'opposition' | 'reply' | 'objection' | 'unknown';
export const BRIEF_KINDS: readonly BriefKind[] = ['motion', 'opposition', 'reply', 'objection', 'unknown'];

/** How the text is laid out: Markdown, plain text, or plain text on pleading paper (line numbers down the margin). */
export type SurfaceForm = 'markdown' | 'plain' | 'pleading';

export interface FrontMatter {
  span: Span;
  kind?: BriefKind;
  case?: string;
  /** Relative path from this brief to the opening motion that a reply answers. */
  motion?: string;
  court?: string;
  /** Rules switched off for this file: `brieflint: { disable: [rule-id] }`. */
  disable: string[];
  /** Problems found reading the front matter, such as invalid YAML or an unknown kind. */
  problems: { message: string; span: Span }[];
}

export interface TextElement {
  span: Span;
  /** The element's text with markup, margin numbers and line breaks folded away. */
  text: string;
}

export interface Heading extends TextElement {
  /** 1 is outermost. Markdown: the number of #; plain text: ALL-CAPS < Roman < letter < number. */
  level: number;
  /** The enumerator before the heading text, as written: `I.`, `A.`, `1.`. */
  label?: string;
  /** The heading text without its enumerator or Markdown marks, in the brief's own capitalisation. */
  title: string;
}

export interface Footnote extends TextElement {
  label: string;
  /** Where the footnote is called from in the body, if the call was found. */
  reference?: Span;
}

export interface Section {
  heading: Heading;
  /** From the heading's first character to the end of the last descendant. */
  span: Span;
  /** The section's own text: after its heading, before its first sub-section. */
  body: Span;
  paragraphs: TextElement[];
  children: Section[];
  /** Footnotes called from this section's own text (not its sub-sections'). */
  footnotes: Footnote[];
  /** Headed as argument (ARGUMENT, DISCUSSION…), or inside such a section, or a numbered argument part of a brief with no such heading. */
  isArgument: boolean;
  /** The heading itself names the argument (ARGUMENT, DISCUSSION…), as opposed to a part inside or inferred. */
  namedArgument: boolean;
}

export interface Caption {
  court?: string;
  parties?: string;
  /** Normalised case number: `16cv1283` (judge initials and formatting dropped). */
  caseNumber?: string;
  span?: Span;
}

export interface Brief {
  /** The path or URI the brief was read from, as given. */
  path: string;
  /** The text exactly as given. Every span indexes it. */
  source: string;
  /** The same text, the same length, with noise (margin numbers, running headers, page numbers, `<u>` tags, front matter, comments) masked by spaces. */
  text: string;
  lines: LineIndex;
  form: SurfaceForm;
  frontMatter?: FrontMatter;
  caption: Caption;
  title?: TextElement;
  kind: BriefKind;
  /** Where the kind came from. */
  kindFrom: 'front matter' | 'title' | 'none';
  /** Paragraphs after the title and before the first heading, such as a notice of motion. */
  preamble: TextElement[];
  /** Top-level sections in order; each holds its sub-sections. */
  sections: Section[];
  footnotes: Footnote[];
  citations: Citation[];
  signature?: TextElement;
  /** Rule ids switched off for this file by front matter or `<!-- brieflint-disable rule-id -->`. */
  disabledRules: string[];
}

export interface ParseOptions {
  /** Headings that open an argument section, compared case-insensitively with the heading's title. */
  argumentHeadings: readonly string[];
}

export const DEFAULT_ARGUMENT_HEADINGS: readonly string[] = [
  'ARGUMENT',
  'DISCUSSION',
  'LEGAL ARGUMENT',
  'ANALYSIS',
  'MEMORANDUM OF POINTS AND AUTHORITIES',
];
