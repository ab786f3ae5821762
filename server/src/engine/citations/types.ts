import type { Span } from '../text';

export type CitationKind =
  | 'case'
  | 'short-case'
  | 'id'
  | 'supra'
  | 'statute'
  | 'regulation'
  | 'rule'
  | 'constitution'
  | 'secondary'
  | 'record';

/** The parts of a citation that a reader (or a hover) names; which are present depends on the kind. */
export interface CitationParts {
  caseName?: string;
  volume?: string;
  reporter?: string;
  page?: string;
  pin?: string;
  court?: string;
  year?: string;
  /** Statutes and regulations: the title number (28 in 28 U.S.C.). */
  title?: string;
  /** The code, rules or constitution cited: `U.S.C.`, `Cal. Civ. Proc. Code`, `Fed. R. Civ. P.`, `CivLR`. */
  code?: string;
  /** The section, rule or article cited, with its subdivisions: `636(b)(1)(A)`, `72(a)`. */
  section?: string;
  /** Record cites: what is cited (`Doc. No. 66`, `Ex. A`). */
  document?: string;
}

export interface Citation {
  kind: CitationKind;
  /** False only for record cites: the court's own docket, exhibits and declarations are not legal authority. */
  authority: boolean;
  /** Offsets into the document's text; the span starts at the case name or first word of the cite, after any signal. */
  span: Span;
  /** The cited text as a reader sees it: whitespace (line breaks, masked markup, margin numbers) folded to single spaces. */
  text: string;
  /** The introductory signal before the cite, if any: `See`, `See also`, `Cf.`, `But see`, `E.g.`. */
  signal?: string;
  parts: CitationParts;
}
