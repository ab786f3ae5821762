/**
 * Case reporters and the databases (Westlaw, Lexis) that stand in for them.
 * Spacing is not data: `F.3d`, `F. 3d` and `F.\n3d` all match the row `F.3d`, because the pattern
 * generator (patterns.ts) lets whitespace come and go between an abbreviation's tokens.
 * `variants` lists only genuinely different spellings.
 */
export interface Reporter {
  /** The Bluebook abbreviation, reported as `parts.reporter` whichever variant was written. */
  abbreviation: string;
  variants?: readonly string[];
  /** The court the reporter implies when it publishes one court only (Bluebook court abbreviation). */
  court?: string;
  /**
   * `database`: an electronic database whose "volume" is a year and whose "page" is a document number
   * (Westlaw, Lexis); such a cite without a court/date parenthetical is a short form.
   */
  database?: boolean;
  /** The shape of a cite to this reporter. Made-up numbers: never a real case. */
  example: string;
}

const SUPREME_COURT = 'U.S.';

export const REPORTERS: readonly Reporter[] = [
  // Supreme Court
  { abbreviation: 'U.S.', court: SUPREME_COURT, example: '500 U.S. 100' },
  { abbreviation: 'S. Ct.', variants: ['Sup. Ct.'], court: SUPREME_COURT, example: '100 S. Ct. 2000' },
  { abbreviation: 'L. Ed.', court: SUPREME_COURT, example: '50 L. Ed. 300' },
  { abbreviation: 'L. Ed. 2d', court: SUPREME_COURT, example: '150 L. Ed. 2d 300' },

  // Federal courts of appeals and district courts
  { abbreviation: 'F.', example: '200 F. 300' },
  { abbreviation: 'F.2d', variants: ['F.2nd'], example: '800 F.2d 100' },
  { abbreviation: 'F.3d', variants: ['F.3rd'], example: '100 F.3d 200' },
  { abbreviation: 'F.4th', example: '10 F.4th 200' },
  { abbreviation: 'F. Supp.', example: '300 F. Supp. 400' },
  { abbreviation: 'F. Supp. 2d', example: '200 F. Supp. 2d 1000' },
  { abbreviation: 'F. Supp. 3d', example: '100 F. Supp. 3d 1000' },
  { abbreviation: 'F.R.D.', example: '300 F.R.D. 100' },
  { abbreviation: 'B.R.', example: '500 B.R. 100' },
  { abbreviation: 'Fed. Cl.', court: 'Fed. Cl.', example: '100 Fed. Cl. 200' },
  { abbreviation: 'Cl. Ct.', court: 'Cl. Ct.', example: '20 Cl. Ct. 200' },
  { abbreviation: 'Ct. Cl.', court: 'Ct. Cl.', example: '200 Ct. Cl. 300' },
  { abbreviation: 'T.C.', court: 'T.C.', example: '100 T.C. 200' },
  {
    abbreviation: "F. App'x",
    variants: ["Fed. App'x", 'Fed. Appx.', 'Fed. Appx', 'F. Appx.', 'F. Appx'],
    example: "500 F. App'x 100",
  },

  // Electronic databases
  { abbreviation: 'WL', database: true, example: '2010 WL 1234567' },
  { abbreviation: 'U.S. LEXIS', court: SUPREME_COURT, database: true, example: '2010 U.S. LEXIS 1234' },
  { abbreviation: 'U.S. App. LEXIS', database: true, example: '2010 U.S. App. LEXIS 12345' },
  { abbreviation: 'U.S. Dist. LEXIS', database: true, example: '2015 U.S. Dist. LEXIS 12345' },
  { abbreviation: 'Bankr. LEXIS', database: true, example: '2010 Bankr. LEXIS 1234' },
  { abbreviation: 'Cal. LEXIS', court: 'Cal.', database: true, example: '2010 Cal. LEXIS 1234' },
  { abbreviation: 'Cal. App. LEXIS', court: 'Cal. Ct. App.', database: true, example: '2010 Cal. App. LEXIS 1234' },
  {
    abbreviation: 'Cal. App. Unpub. LEXIS',
    court: 'Cal. Ct. App.',
    database: true,
    example: '2010 Cal. App. Unpub. LEXIS 1234',
  },
  { abbreviation: 'N.Y. LEXIS', court: 'N.Y.', database: true, example: '2010 N.Y. LEXIS 1234' },
  {
    abbreviation: 'N.Y. App. Div. LEXIS',
    court: 'N.Y. App. Div.',
    database: true,
    example: '2010 N.Y. App. Div. LEXIS 1234',
  },
  { abbreviation: 'N.Y. Misc. LEXIS', database: true, example: '2010 N.Y. Misc. LEXIS 1234' },
  { abbreviation: 'Tex. App. LEXIS', court: 'Tex. App.', database: true, example: '2010 Tex. App. LEXIS 1234' },

  // Regional reporters
  { abbreviation: 'A.', example: '100 A. 200' },
  { abbreviation: 'A.2d', example: '500 A.2d 100' },
  { abbreviation: 'A.3d', example: '100 A.3d 200' },
  { abbreviation: 'N.E.', example: '100 N.E. 200' },
  { abbreviation: 'N.E.2d', example: '500 N.E.2d 100' },
  { abbreviation: 'N.E.3d', example: '100 N.E.3d 200' },
  { abbreviation: 'N.W.', example: '100 N.W. 200' },
  { abbreviation: 'N.W.2d', example: '500 N.W.2d 100' },
  { abbreviation: 'P.', example: '100 P. 200' },
  { abbreviation: 'P.2d', example: '500 P.2d 100' },
  { abbreviation: 'P.3d', example: '100 P.3d 200' },
  { abbreviation: 'S.E.', example: '100 S.E. 200' },
  { abbreviation: 'S.E.2d', example: '500 S.E.2d 100' },
  { abbreviation: 'So.', example: '100 So. 200' },
  { abbreviation: 'So. 2d', example: '500 So. 2d 100' },
  { abbreviation: 'So. 3d', example: '100 So. 3d 200' },
  { abbreviation: 'S.W.', example: '100 S.W. 200' },
  { abbreviation: 'S.W.2d', example: '500 S.W.2d 100' },
  { abbreviation: 'S.W.3d', example: '100 S.W.3d 200' },

  // California
  { abbreviation: 'Cal.', court: 'Cal.', example: '100 Cal. 200' },
  { abbreviation: 'Cal. 2d', court: 'Cal.', example: '50 Cal. 2d 100' },
  { abbreviation: 'Cal. 3d', court: 'Cal.', example: '30 Cal. 3d 100' },
  { abbreviation: 'Cal. 4th', court: 'Cal.', example: '30 Cal. 4th 100' },
  { abbreviation: 'Cal. 5th', court: 'Cal.', example: '10 Cal. 5th 100' },
  { abbreviation: 'Cal. App.', court: 'Cal. Ct. App.', example: '100 Cal. App. 200' },
  { abbreviation: 'Cal. App. 2d', court: 'Cal. Ct. App.', example: '200 Cal. App. 2d 100' },
  { abbreviation: 'Cal. App. 3d', court: 'Cal. Ct. App.', example: '200 Cal. App. 3d 100' },
  { abbreviation: 'Cal. App. 4th', court: 'Cal. Ct. App.', example: '100 Cal. App. 4th 200' },
  { abbreviation: 'Cal. App. 5th', court: 'Cal. Ct. App.', example: '50 Cal. App. 5th 100' },
  { abbreviation: 'Cal. Rptr.', example: '100 Cal. Rptr. 200' },
  { abbreviation: 'Cal. Rptr. 2d', example: '100 Cal. Rptr. 2d 200' },
  { abbreviation: 'Cal. Rptr. 3d', example: '100 Cal. Rptr. 3d 200' },

  // New York
  { abbreviation: 'N.Y.', court: 'N.Y.', example: '200 N.Y. 100' },
  { abbreviation: 'N.Y.2d', court: 'N.Y.', example: '80 N.Y.2d 100' },
  { abbreviation: 'N.Y.3d', court: 'N.Y.', example: '20 N.Y.3d 100' },
  { abbreviation: 'A.D.', court: 'N.Y. App. Div.', example: '200 A.D. 100' },
  { abbreviation: 'A.D.2d', court: 'N.Y. App. Div.', example: '200 A.D.2d 100' },
  { abbreviation: 'A.D.3d', court: 'N.Y. App. Div.', example: '100 A.D.3d 200' },
  { abbreviation: 'N.Y.S.', example: '200 N.Y.S. 100' },
  { abbreviation: 'N.Y.S.2d', example: '500 N.Y.S.2d 100' },
  { abbreviation: 'N.Y.S.3d', example: '50 N.Y.S.3d 100' },
  { abbreviation: 'Misc.', example: '100 Misc. 200' },
  { abbreviation: 'Misc. 2d', example: '100 Misc. 2d 200' },
  { abbreviation: 'Misc. 3d', example: '50 Misc. 3d 200' },

  // Other states
  { abbreviation: 'Ill.', court: 'Ill.', example: '200 Ill. 100' },
  { abbreviation: 'Ill. 2d', court: 'Ill.', example: '200 Ill. 2d 100' },
  { abbreviation: 'Ill. App.', court: 'Ill. App. Ct.', example: '200 Ill. App. 100' },
  { abbreviation: 'Ill. App. 2d', court: 'Ill. App. Ct.', example: '100 Ill. App. 2d 200' },
  { abbreviation: 'Ill. App. 3d', court: 'Ill. App. Ct.', example: '300 Ill. App. 3d 100' },
  { abbreviation: 'Ill. Dec.', example: '200 Ill. Dec. 100' },
  { abbreviation: 'Mass.', court: 'Mass.', example: '400 Mass. 100' },
  { abbreviation: 'Mass. App. Ct.', court: 'Mass. App. Ct.', example: '50 Mass. App. Ct. 100' },
  { abbreviation: 'Wash.', court: 'Wash.', example: '100 Wash. 200' },
  { abbreviation: 'Wash. 2d', court: 'Wash.', example: '150 Wash. 2d 100' },
  { abbreviation: 'Wash. App.', court: 'Wash. Ct. App.', example: '100 Wash. App. 200' },
  { abbreviation: 'Wash. App. 2d', court: 'Wash. Ct. App.', example: '10 Wash. App. 2d 200' },
  { abbreviation: 'Pa.', court: 'Pa.', example: '500 Pa. 100' },
  { abbreviation: 'Pa. Super.', court: 'Pa. Super. Ct.', example: '400 Pa. Super. 100' },
  { abbreviation: 'N.J.', court: 'N.J.', example: '100 N.J. 200' },
  { abbreviation: 'N.J. Super.', court: 'N.J. Super. Ct.', example: '300 N.J. Super. 100' },
  { abbreviation: 'Ohio St. 3d', court: 'Ohio', example: '100 Ohio St. 3d 200' },
  { abbreviation: 'Mich.', court: 'Mich.', example: '400 Mich. 100' },
  { abbreviation: 'Mich. App.', court: 'Mich. Ct. App.', example: '200 Mich. App. 100' },
  { abbreviation: 'Conn.', court: 'Conn.', example: '200 Conn. 100' },
  { abbreviation: 'Ariz.', court: 'Ariz.', example: '200 Ariz. 100' },
  { abbreviation: 'Nev.', court: 'Nev.', example: '100 Nev. 200' },
  { abbreviation: 'Or.', court: 'Or.', example: '300 Or. 100' },
  { abbreviation: 'Or. App.', court: 'Or. Ct. App.', example: '200 Or. App. 100' },
  { abbreviation: 'Haw.', court: 'Haw.', example: '100 Haw. 200' },
  { abbreviation: 'Wis. 2d', court: 'Wis.', example: '300 Wis. 2d 100' },
  { abbreviation: 'Ga.', court: 'Ga.', example: '200 Ga. 100' },
  { abbreviation: 'Ga. App.', court: 'Ga. Ct. App.', example: '200 Ga. App. 100' },
  { abbreviation: 'N.C.', court: 'N.C.', example: '300 N.C. 100' },
  { abbreviation: 'N.C. App.', court: 'N.C. Ct. App.', example: '200 N.C. App. 100' },
  { abbreviation: 'Va.', court: 'Va.', example: '200 Va. 100' },
  { abbreviation: 'Md.', court: 'Md.', example: '300 Md. 100' },
  { abbreviation: 'Md. App.', court: 'Md. Ct. Spec. App.', example: '100 Md. App. 200' },
];
