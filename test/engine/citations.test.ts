import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findCitations } from '../../server/src/engine/citations/recognize';
import type { Citation, CitationKind, CitationParts } from '../../server/src/engine/citations/types';
import { ADVERSARIAL_LENGTH, ADVERSARIAL_RUNS, LINEAR_TIME_BOUND_MS, runOf } from '../adversarial-text';
import { repoPath } from '../repo';

// Test data is shape-only: party names such as Smith v. Jones and the volume and page numbers are
// made up, except where a row quotes the Romero order (test/fixtures/order), whose cites are real.

interface Expected {
  kind: CitationKind;
  /** The cite as `Citation.text` gives it: the span's source with whitespace runs folded, none before a comma. */
  text: string;
  /** When given, the citation's parts must be exactly these. */
  parts?: CitationParts;
  signal?: string;
}

interface Row {
  note: string;
  input: string;
  cites: Expected[];
}

const citeOf =
  (kind: CitationKind) =>
  (text: string, parts?: CitationParts, signal?: string): Expected => ({ kind, text, parts, signal });

const caseCite = citeOf('case');
const shortCase = citeOf('short-case');
const idCite = citeOf('id');
const supra = citeOf('supra');
const statute = citeOf('statute');
const regulation = citeOf('regulation');
const rule = citeOf('rule');
const constitution = citeOf('constitution');
const secondary = citeOf('secondary');
const record = citeOf('record');

const row = (note: string, input: string, ...cites: Expected[]): Row => ({ note, input, cites });
const none = (note: string, input: string): Row => row(note, input);

/** Whitespace folded, and none before `,` `;` `)`, where only masked markup can have put it. */
const asReaderSees = (source: string) => source.replace(/\s+/g, ' ').replace(/ (?=[,;)])/g, '');

/** Replaces `<u>` and `</u>` with spaces of the same length, as the brief model masks markup. */
const maskTags = (text: string) => text.replace(/<\/?u>/g, (tag) => ' '.repeat(tag.length));

function assertCites(input: string, expected: Expected[]): void {
  const found = findCitations(input);
  const summary = found.map((c) => `${c.kind}: ${c.text}`).join('\n  ');
  assert.equal(found.length, expected.length, `expected ${expected.length} cites, found:\n  ${summary}`);
  expected.forEach((want, index) => {
    const got = found[index];
    assert.equal(got.kind, want.kind, `kind of ${got.text}`);
    assert.equal(got.authority, want.kind !== 'record', `authority of ${got.text}`);
    assert.equal(got.text, want.text);
    const source = input.slice(got.span.start, got.span.end);
    assert.equal(asReaderSees(source), want.text, 'the span covers exactly the cite');
    assert.equal(got.signal, want.signal, `signal of ${got.text}`);
    if (want.parts) assert.deepEqual(got.parts, want.parts, `parts of ${got.text}`);
  });
}

function runRows(rows: readonly Row[]): void {
  for (const { note, input, cites } of rows) it(note, () => assertCites(input, cites));
}

const CONCRETE_PIPE_NAME =
  'Concrete Pipe & Prod. of California, Inc. v. Constr. Laborers Pension Tr. for S. California';
const CONCRETE_PIPE_PARTS: CitationParts = {
  caseName: CONCRETE_PIPE_NAME,
  volume: '508',
  reporter: 'U.S.',
  page: '602',
  pin: '623',
  court: 'U.S.',
  year: '1993',
};

describe('findCitations', () => {
  describe('the cites of the Romero order', () => {
    runRows([
      row('Rule 72(a) and the statute in one string cite', 'contrary to law." Fed. R. Civ. P. 72(a); 28 U.S.C. § 636(b)(1)(A). As',
        rule('Fed. R. Civ. P. 72(a)', { code: 'Fed. R. Civ. P.', section: '72(a)' }),
        statute('28 U.S.C. § 636(b)(1)(A)', { title: '28', code: 'U.S.C.', section: '636(b)(1)(A)' })),
      row('a Westlaw cite quoting another: the nested cite is found on its own',
        'Bare Escentuals Beauty, Inc. v. Costco Wholesale Corp., 2007 WL 4357672, at *2 (S.D. Cal. Dec. 11, 2007) (quoting Paramount Pictures Corp. v. Replay TV, 2002 WL 32151632, at *1 (C.D. Cal. May 30, 2002)).',
        caseCite('Bare Escentuals Beauty, Inc. v. Costco Wholesale Corp., 2007 WL 4357672, at *2 (S.D. Cal. Dec. 11, 2007)', {
          caseName: 'Bare Escentuals Beauty, Inc. v. Costco Wholesale Corp.', volume: '2007', reporter: 'WL', page: '4357672', pin: '*2', court: 'S.D. Cal.', year: '2007',
        }),
        caseCite('Paramount Pictures Corp. v. Replay TV, 2002 WL 32151632, at *1 (C.D. Cal. May 30, 2002)', {
          caseName: 'Paramount Pictures Corp. v. Replay TV', volume: '2002', reporter: 'WL', page: '32151632', pin: '*1', court: 'C.D. Cal.', year: '2002',
        })),
      row('Guzman, after a quotation', 'pretrial discovery matters," Guzman v. Bridgepoint Educ., Inc., 2014 WL 3407242, at *4 (S.D. Cal. July 10, 2014), is',
        caseCite('Guzman v. Bridgepoint Educ., Inc., 2014 WL 3407242, at *4 (S.D. Cal. July 10, 2014)', {
          caseName: 'Guzman v. Bridgepoint Educ., Inc.', volume: '2014', reporter: 'WL', page: '3407242', pin: '*4', court: 'S.D. Cal.', year: '2014',
        })),
      row('Concrete Pipe, the Supreme Court implied by U.S.', `committed." ${CONCRETE_PIPE_NAME}, 508 U.S. 602, 623 (1993). The`,
        caseCite(`${CONCRETE_PIPE_NAME}, 508 U.S. 602, 623 (1993)`, CONCRETE_PIPE_PARTS)),
      row('Concrete Pipe with its <u> tags masked inside the name',
        maskTags(`committed." <u>Concrete Pipe & Prod. of California, Inc. v. Constr. Laborers</u> <u>Pension Tr. for S. California, 508 U.S. 602, 623 (1993)</u>.`),
        caseCite(`${CONCRETE_PIPE_NAME}, 508 U.S. 602, 623 (1993)`, CONCRETE_PIPE_PARTS)),
      row('Concrete Pipe with masked tags between the reporter and the page',
        maskTags(`committed." <u>Concrete</u> <u>Pipe & Prod. of California, Inc. v. Constr. Laborers Pension Tr. for S. California, 508 U.S.</u> 602, 623 (1993).`),
        caseCite(`${CONCRETE_PIPE_NAME}, 508 U.S. 602, 623 (1993)`, CONCRETE_PIPE_PARTS)),
      row('Stoba with masked tags: the space they leave before the comma is not in the text',
        maskTags('judge." <u>Stoba</u> <u>v. Saveology.com, LLC</u>, 2015 WL 5040024, at *4 (S.D. Cal. Aug. 26, 2015).'),
        caseCite('Stoba v. Saveology.com, LLC, 2015 WL 5040024, at *4 (S.D. Cal. Aug. 26, 2015)', {
          caseName: 'Stoba v. Saveology.com, LLC', volume: '2015', reporter: 'WL', page: '5040024', pin: '*4', court: 'S.D. Cal.', year: '2015',
        })),
      row('Stoba as plain text', 'Stoba v. Saveology.com, LLC, 2015 WL 5040024, at *4 (S.D. Cal. Aug. 26, 2015).',
        caseCite('Stoba v. Saveology.com, LLC, 2015 WL 5040024, at *4 (S.D. Cal. Aug. 26, 2015)')),
      row('a local rule', 'without oral argument pursuant to Local Rule 7.1(d)(1) and, for the following reasons',
        rule('Local Rule 7.1(d)(1)', { code: 'Local Rule', section: '7.1(d)(1)' })),
      row('a bare Rule followed by the rules it belongs to', 'a protective order under Rule 26(c), Fed. R. Civ. P. It was not',
        rule('Rule 26(c), Fed. R. Civ. P.', { code: 'Fed. R. Civ. P.', section: '26(c)' })),
      row('a bare Rule with a subdivision', 'withhold production. Rule 26(c)(1) provides that',
        rule('Rule 26(c)(1)', { section: '26(c)(1)' })),
      row('a docket cite in parentheses', 'Magistrate Judge Mitchell D. Dembin. (Doc. No. 70.) Specifically',
        record('Doc. No. 70', { document: 'Doc. No. 70' })),
      row('a docket cite with a page', 'the class period. (Doc. No. 62-1 at 1.)',
        record('Doc. No. 62-1 at 1', { document: 'Doc. No. 62-1', pin: '1' })),
      row('a docket cite with a page', 'was "just plain wrong." (Doc. No. 66 at 4.)',
        record('Doc. No. 66 at 4', { document: 'Doc. No. 66', pin: '4' })),
      row('a docket cite to page and lines', 'by Plaintiffs. (Doc. No. 82 at 3:20–23.) Defendant',
        record('Doc. No. 82 at 3:20–23', { document: 'Doc. No. 82', pin: '3:20–23' })),
      row('a docket cite with a signal inside the parentheses', 'contrary to law. (See Doc. No. 70 at 3–6.) Instead',
        record('Doc. No. 70 at 3–6', { document: 'Doc. No. 70', pin: '3–6' }, 'See')),
      row('Id. with its underline tags masked', maskTags('inexplicable.\n\n(<u>Id.</u>) Because'),
        idCite('Id.', {})),
    ]);

    it('finds every cite in the whole order, in order, and nothing else', () => {
      const order = readFileSync(repoPath('test/fixtures/order/romero-v-securus-order.txt'), 'utf8');
      // Clean it as the brief model does: margin numbers and <u> tags become spaces.
      const text = maskTags(order).replace(/^\d+(?=\t)/gm, (margin) => ' '.repeat(margin.length));
      const found = findCitations(text).map((c) => `${c.kind}${c.signal ? ` [${c.signal}]` : ''}: ${c.text}`);
      assert.deepEqual(found, [
        'record: Doc. No. 70',
        'record: Doc. No. 66',
        'record: Doc. No. 81',
        'rule: Local Rule 7.1(d)(1)',
        'record: Doc. No. 62-1 at 1',
        'record: Doc. No. 59',
        'record: Doc. No. 82 at 3:20–23',
        'record: Doc. No. 66',
        'record: Doc. No. 66 at 4',
        'rule: Rule 26(c), Fed. R. Civ. P.',
        'rule: Rule 26(c)(1)',
        'id: Id.',
        'record: Doc. No. 70',
        'rule: Fed. R. Civ. P. 72(a)',
        'statute: 28 U.S.C. § 636(b)(1)(A)',
        'case: Bare Escentuals Beauty, Inc. v. Costco Wholesale Corp., 2007 WL 4357672, at *2 (S.D. Cal. Dec. 11, 2007)',
        'case: Paramount Pictures Corp. v. Replay TV, 2002 WL 32151632, at *1 (C.D. Cal. May 30, 2002)',
        'case: Guzman v. Bridgepoint Educ., Inc., 2014 WL 3407242, at *4 (S.D. Cal. July 10, 2014)',
        `case: ${CONCRETE_PIPE_NAME}, 508 U.S. 602, 623 (1993)`,
        'case: Stoba v. Saveology.com, LLC, 2015 WL 5040024, at *4 (S.D. Cal. Aug. 26, 2015)',
        'record [See]: Doc. No. 70 at 3–6',
        `case: ${CONCRETE_PIPE_NAME}, 508 U.S. 602, 623 (1993)`,
      ]);
    });
  });

  describe('full case cites', () => {
    runRows([
      row('no case name before the volume', '508 U.S. 602, 623 (1993)',
        caseCite('508 U.S. 602, 623 (1993)', { volume: '508', reporter: 'U.S.', page: '602', pin: '623', court: 'U.S.', year: '1993' })),
      row('a circuit court from the parenthetical', 'Smith v. Jones, 100 F.3d 200, 205 (9th Cir. 1996).',
        caseCite('Smith v. Jones, 100 F.3d 200, 205 (9th Cir. 1996)', {
          caseName: 'Smith v. Jones', volume: '100', reporter: 'F.3d', page: '200', pin: '205', court: '9th Cir.', year: '1996',
        })),
      row('F.2d', 'Smith v. Jones, 800 F.2d 100 (2d Cir. 1986).',
        caseCite('Smith v. Jones, 800 F.2d 100 (2d Cir. 1986)', { caseName: 'Smith v. Jones', volume: '800', reporter: 'F.2d', page: '100', court: '2d Cir.', year: '1986' })),
      row('F.4th', 'Smith v. Jones, 10 F.4th 200, 210-11 (9th Cir. 2021).',
        caseCite('Smith v. Jones, 10 F.4th 200, 210-11 (9th Cir. 2021)', { caseName: 'Smith v. Jones', volume: '10', reporter: 'F.4th', page: '200', pin: '210-11', court: '9th Cir.', year: '2021' })),
      row('F. Supp. 2d and a district court', 'Doe v. Roe, 200 F. Supp. 2d 300, 305 (S.D.N.Y. 2002).',
        caseCite('Doe v. Roe, 200 F. Supp. 2d 300, 305 (S.D.N.Y. 2002)', { caseName: 'Doe v. Roe', volume: '200', reporter: 'F. Supp. 2d', page: '300', pin: '305', court: 'S.D.N.Y.', year: '2002' })),
      row('F.Supp.2d written without spaces is the same reporter', 'Doe v. Roe, 200 F.Supp.2d 300 (S.D. Cal. 2002).',
        caseCite('Doe v. Roe, 200 F.Supp.2d 300 (S.D. Cal. 2002)', { caseName: 'Doe v. Roe', volume: '200', reporter: 'F. Supp. 2d', page: '300', court: 'S.D. Cal.', year: '2002' })),
      row('F. Supp.2d, half spaced', 'Doe v. Roe, 200 F. Supp.2d 300 (D. Mass. 2002).',
        caseCite('Doe v. Roe, 200 F. Supp.2d 300 (D. Mass. 2002)', { caseName: 'Doe v. Roe', volume: '200', reporter: 'F. Supp. 2d', page: '300', court: 'D. Mass.', year: '2002' })),
      row('F. Supp. 3d', 'Doe v. Roe, 100 F. Supp. 3d 1000 (N.D. Cal. 2015)',
        caseCite('Doe v. Roe, 100 F. Supp. 3d 1000 (N.D. Cal. 2015)', { caseName: 'Doe v. Roe', volume: '100', reporter: 'F. Supp. 3d', page: '1000', court: 'N.D. Cal.', year: '2015' })),
      row('F.R.D.', 'Doe v. Roe, 300 F.R.D. 100, 104 (S.D. Cal. 2014)',
        caseCite('Doe v. Roe, 300 F.R.D. 100, 104 (S.D. Cal. 2014)', { caseName: 'Doe v. Roe', volume: '300', reporter: 'F.R.D.', page: '100', pin: '104', court: 'S.D. Cal.', year: '2014' })),
      row("F. App'x", "Smith v. Jones, 500 F. App'x 100 (9th Cir. 2012)",
        caseCite("Smith v. Jones, 500 F. App'x 100 (9th Cir. 2012)", { caseName: 'Smith v. Jones', volume: '500', reporter: "F. App'x", page: '100', court: '9th Cir.', year: '2012' })),
      row("Fed. Appx. is reported as F. App'x", 'Smith v. Jones, 500 Fed. Appx. 100 (9th Cir. 2012)',
        caseCite('Smith v. Jones, 500 Fed. Appx. 100 (9th Cir. 2012)', { caseName: 'Smith v. Jones', volume: '500', reporter: "F. App'x", page: '100', court: '9th Cir.', year: '2012' })),
      row("a curly apostrophe in F. App’x", 'Smith v. Jones, 500 F. App’x 100 (9th Cir. 2012)',
        caseCite('Smith v. Jones, 500 F. App’x 100 (9th Cir. 2012)', { caseName: 'Smith v. Jones', volume: '500', reporter: "F. App'x", page: '100', court: '9th Cir.', year: '2012' })),
      row('parallel Supreme Court reporters make one cite', 'Smith v. Jones, 500 U.S. 100, 105, 110 S. Ct. 2000, 150 L. Ed. 2d 300 (1990).',
        caseCite('Smith v. Jones, 500 U.S. 100, 105, 110 S. Ct. 2000, 150 L. Ed. 2d 300 (1990)', {
          caseName: 'Smith v. Jones', volume: '500', reporter: 'U.S.', page: '100', pin: '105', court: 'U.S.', year: '1990',
        })),
      row('S.Ct. and L.Ed.2d unspaced', 'Smith v. Jones, 100 S.Ct. 2000, 50 L.Ed.2d 300 (1980)',
        caseCite('Smith v. Jones, 100 S.Ct. 2000, 50 L.Ed.2d 300 (1980)', { caseName: 'Smith v. Jones', volume: '100', reporter: 'S. Ct.', page: '2000', court: 'U.S.', year: '1980' })),
      row('B.R. with a bankruptcy court', 'See, e.g., In re Acme Corp., 100 B.R. 200, 205 (Bankr. D. Del. 2000).',
        caseCite('In re Acme Corp., 100 B.R. 200, 205 (Bankr. D. Del. 2000)', {
          caseName: 'In re Acme Corp.', volume: '100', reporter: 'B.R.', page: '200', pin: '205', court: 'Bankr. D. Del.', year: '2000',
        }, 'See, e.g.')),
      row('Fed. Cl. implies its court', 'Acme Corp. v. United States, 100 Fed. Cl. 200 (2011)',
        caseCite('Acme Corp. v. United States, 100 Fed. Cl. 200 (2011)', { caseName: 'Acme Corp. v. United States', volume: '100', reporter: 'Fed. Cl.', page: '200', court: 'Fed. Cl.', year: '2011' })),
      row('Ex parte', 'Ex parte Smith, 100 U.S. 200 (1900).',
        caseCite('Ex parte Smith, 100 U.S. 200 (1900)', { caseName: 'Ex parte Smith', volume: '100', reporter: 'U.S.', page: '200', court: 'U.S.', year: '1900' })),
      row('In re, from Westlaw', 'In re Acme Inc. Sec. Litig., 2020 WL 123456, at *2 (N.D. Cal. Jan. 2, 2020).',
        caseCite('In re Acme Inc. Sec. Litig., 2020 WL 123456, at *2 (N.D. Cal. Jan. 2, 2020)', {
          caseName: 'In re Acme Inc. Sec. Litig.', volume: '2020', reporter: 'WL', page: '123456', pin: '*2', court: 'N.D. Cal.', year: '2020',
        })),
      row('Matter of, New York style', 'Matter of Smith, 100 N.Y.2d 200 (2003)',
        caseCite('Matter of Smith, 100 N.Y.2d 200 (2003)', { caseName: 'Matter of Smith', volume: '100', reporter: 'N.Y.2d', page: '200', court: 'N.Y.', year: '2003' })),
      row('In the Matter of', 'See In the Matter of Acme Corp., 100 B.R. 200 (Bankr. S.D.N.Y. 2000)',
        caseCite('In the Matter of Acme Corp., 100 B.R. 200 (Bankr. S.D.N.Y. 2000)', {
          caseName: 'In the Matter of Acme Corp.', volume: '100', reporter: 'B.R.', page: '200', court: 'Bankr. S.D.N.Y.', year: '2000',
        }, 'See')),
      row('United States as a party', 'United States v. Smith, 100 F.3d 200 (9th Cir. 1996)',
        caseCite('United States v. Smith, 100 F.3d 200 (9th Cir. 1996)', { caseName: 'United States v. Smith', volume: '100', reporter: 'F.3d', page: '200', court: '9th Cir.', year: '1996' })),
      row('ex rel. and lowercase connectors in the names', 'Doe ex rel. Roe v. Bd. of Educ. of the City of N.Y., 100 F.3d 200 (2d Cir. 1996)',
        caseCite('Doe ex rel. Roe v. Bd. of Educ. of the City of N.Y., 100 F.3d 200 (2d Cir. 1996)', {
          caseName: 'Doe ex rel. Roe v. Bd. of Educ. of the City of N.Y.', volume: '100', reporter: 'F.3d', page: '200', court: '2d Cir.', year: '1996',
        })),
      row('a party beginning with a lowercase letter', 'eZone Inc. v. Acme, L.L.C., 500 U.S. 100 (1990)',
        caseCite('eZone Inc. v. Acme, L.L.C., 500 U.S. 100 (1990)', { caseName: 'eZone Inc. v. Acme, L.L.C.', volume: '500', reporter: 'U.S.', page: '100', court: 'U.S.', year: '1990' })),
      row('Lexis, district court', '2015 U.S. Dist. LEXIS 12345, at *3 (S.D. Cal. Feb. 3, 2015)',
        caseCite('2015 U.S. Dist. LEXIS 12345, at *3 (S.D. Cal. Feb. 3, 2015)', { volume: '2015', reporter: 'U.S. Dist. LEXIS', page: '12345', pin: '*3', court: 'S.D. Cal.', year: '2015' })),
      row('Lexis, court of appeals, with a name', 'Smith v. Jones, 2010 U.S. App. LEXIS 12345, at *4 (9th Cir. Sept. 3, 2010)',
        caseCite('Smith v. Jones, 2010 U.S. App. LEXIS 12345, at *4 (9th Cir. Sept. 3, 2010)', {
          caseName: 'Smith v. Jones', volume: '2010', reporter: 'U.S. App. LEXIS', page: '12345', pin: '*4', court: '9th Cir.', year: '2010',
        })),
      row('Lexis, California Court of Appeal', 'Smith v. Jones, 2010 Cal. App. LEXIS 1234, at *2 (Cal. Ct. App. Mar. 1, 2010)',
        caseCite('Smith v. Jones, 2010 Cal. App. LEXIS 1234, at *2 (Cal. Ct. App. Mar. 1, 2010)', {
          caseName: 'Smith v. Jones', volume: '2010', reporter: 'Cal. App. LEXIS', page: '1234', pin: '*2', court: 'Cal. Ct. App.', year: '2010',
        })),
      row('Cal. App. 4th implies the Court of Appeal', 'Smith v. Jones, 100 Cal. App. 4th 200, 210 (2002)',
        caseCite('Smith v. Jones, 100 Cal. App. 4th 200, 210 (2002)', {
          caseName: 'Smith v. Jones', volume: '100', reporter: 'Cal. App. 4th', page: '200', pin: '210', court: 'Cal. Ct. App.', year: '2002',
        })),
      row('Cal.4th written without a space', 'Smith v. Jones, 50 Cal.4th 100, 110 (2010)',
        caseCite('Smith v. Jones, 50 Cal.4th 100, 110 (2010)', { caseName: 'Smith v. Jones', volume: '50', reporter: 'Cal. 4th', page: '100', pin: '110', court: 'Cal.', year: '2010' })),
      row('a California reporter with a regional parallel', 'People v. Smith, 50 Cal. 4th 100, 200 P.3d 300 (2010)',
        caseCite('People v. Smith, 50 Cal. 4th 100, 200 P.3d 300 (2010)', { caseName: 'People v. Smith', volume: '50', reporter: 'Cal. 4th', page: '100', court: 'Cal.', year: '2010' })),
      row('Cal. Rptr. 3d, whose court is not implied', 'Smith v. Jones, 50 Cal. Rptr. 3d 10 (Ct. App. 2006)',
        caseCite('Smith v. Jones, 50 Cal. Rptr. 3d 10 (Ct. App. 2006)', { caseName: 'Smith v. Jones', volume: '50', reporter: 'Cal. Rptr. 3d', page: '10', court: 'Ct. App.', year: '2006' })),
      row('California style: the year before the volume', 'People v. Smith (2004) 34 Cal.4th 100, 110.',
        caseCite('People v. Smith (2004) 34 Cal.4th 100, 110', { caseName: 'People v. Smith', volume: '34', reporter: 'Cal. 4th', page: '100', pin: '110', court: 'Cal.', year: '2004' })),
      row('Pacific Reporter with a state court', 'Smith v. Jones, 100 P.3d 200 (Wash. 2004)',
        caseCite('Smith v. Jones, 100 P.3d 200 (Wash. 2004)', { caseName: 'Smith v. Jones', volume: '100', reporter: 'P.3d', page: '200', court: 'Wash.', year: '2004' })),
      row('Southern Reporter, So. 2d', 'But see Roe v. Poe, 10 So. 2d 5 (Fla. 1950).',
        caseCite('Roe v. Poe, 10 So. 2d 5 (Fla. 1950)', { caseName: 'Roe v. Poe', volume: '10', reporter: 'So. 2d', page: '5', court: 'Fla.', year: '1950' }, 'But see')),
      row('New York: N.Y.3d and A.D.3d', 'Smith v. Jones, 10 N.Y.3d 20 (2008); Doe v. Roe, 5 A.D.3d 7 (1st Dep’t 2004).',
        caseCite('Smith v. Jones, 10 N.Y.3d 20 (2008)', { caseName: 'Smith v. Jones', volume: '10', reporter: 'N.Y.3d', page: '20', court: 'N.Y.', year: '2008' }),
        caseCite('Doe v. Roe, 5 A.D.3d 7 (1st Dep’t 2004)', { caseName: 'Doe v. Roe', volume: '5', reporter: 'A.D.3d', page: '7', court: '1st Dep’t', year: '2004' })),
      row('N.Y.S.2d', 'Smith v. Jones, 500 N.Y.S.2d 100 (Sup. Ct. 1986)',
        caseCite('Smith v. Jones, 500 N.Y.S.2d 100 (Sup. Ct. 1986)', { caseName: 'Smith v. Jones', volume: '500', reporter: 'N.Y.S.2d', page: '100', court: 'Sup. Ct.', year: '1986' })),
      row('Illinois: N.E.2d and Ill. App. 3d', 'Smith v. Jones, 300 Ill. App. 3d 100, 500 N.E.2d 200 (1998)',
        caseCite('Smith v. Jones, 300 Ill. App. 3d 100, 500 N.E.2d 200 (1998)', {
          caseName: 'Smith v. Jones', volume: '300', reporter: 'Ill. App. 3d', page: '100', court: 'Ill. App. Ct.', year: '1998',
        })),
      row('Atlantic Reporter A.3d', 'Smith v. Jones, 100 A.3d 200 (Pa. 2014)',
        caseCite('Smith v. Jones, 100 A.3d 200 (Pa. 2014)', { caseName: 'Smith v. Jones', volume: '100', reporter: 'A.3d', page: '200', court: 'Pa.', year: '2014' })),
      row('S.W.3d and S.E.2d', 'Smith v. Jones, 100 S.W.3d 200 (Tex. 2003); Doe v. Roe, 500 S.E.2d 100 (Ga. 1998)',
        caseCite('Smith v. Jones, 100 S.W.3d 200 (Tex. 2003)'),
        caseCite('Doe v. Roe, 500 S.E.2d 100 (Ga. 1998)')),
      row('a slip opinion with a blank page', 'Smith v. Jones, 575 U.S. ___ (2015).',
        caseCite('Smith v. Jones, 575 U.S. ___ (2015)', { caseName: 'Smith v. Jones', volume: '575', reporter: 'U.S.', page: '___', court: 'U.S.', year: '2015' })),
      row('subsequent history: each cite stands alone, without a name', 'Smith v. Jones, 1 F.3d 1 (9th Cir. 1993), aff’d, 510 U.S. 1 (1994).',
        caseCite('Smith v. Jones, 1 F.3d 1 (9th Cir. 1993)'),
        caseCite('510 U.S. 1 (1994)', { volume: '510', reporter: 'U.S.', page: '1', court: 'U.S.', year: '1994' })),
      row('an (en banc) parenthetical is not part of the cite', 'Smith v. Jones, 100 F.3d 200 (9th Cir. 1996) (en banc).',
        caseCite('Smith v. Jones, 100 F.3d 200 (9th Cir. 1996)')),
      row('an explanatory parenthetical with a nested cite', 'Smith v. Jones, 100 F.3d 200 (9th Cir. 1996) (citing Doe v. Roe, 50 F.3d 5, 8 (9th Cir. 1995)).',
        caseCite('Smith v. Jones, 100 F.3d 200 (9th Cir. 1996)'),
        caseCite('Doe v. Roe, 50 F.3d 5, 8 (9th Cir. 1995)', { caseName: 'Doe v. Roe', volume: '50', reporter: 'F.3d', page: '5', pin: '8', court: '9th Cir.', year: '1995' })),
      row('the name stops at the sentence’s verb', 'Plaintiffs rely on Smith v. Jones, 100 F.3d 200 (9th Cir. 1996).',
        caseCite('Smith v. Jones, 100 F.3d 200 (9th Cir. 1996)')),
      row('the name stops at a lead-in word', 'Under Smith v. Jones, 100 F.3d 200 (9th Cir. 1996), the claim fails.',
        caseCite('Smith v. Jones, 100 F.3d 200 (9th Cir. 1996)')),
      row('the name stops at "in"', 'As the court explained in Smith v. Jones, 100 F.3d 200, 205 (9th Cir. 1996), the rule',
        caseCite('Smith v. Jones, 100 F.3d 200, 205 (9th Cir. 1996)')),
      row('the name stops at the end of the previous sentence', 'The motion was heard by Judge Dembin. Smith v. Jones, 100 F.3d 200 (1996).',
        caseCite('Smith v. Jones, 100 F.3d 200 (1996)', { caseName: 'Smith v. Jones', volume: '100', reporter: 'F.3d', page: '200', year: '1996' })),
      row('a sentence between the name and the volume is not a name', 'Smith v. Jones is instructive, 100 F.3d 200.',
        caseCite('100 F.3d 200', { volume: '100', reporter: 'F.3d', page: '200' })),
      row('a full cite without a parenthetical is still a case cite', 'Smith v. Jones, 100 F.3d 200, 205.',
        caseCite('Smith v. Jones, 100 F.3d 200, 205', { caseName: 'Smith v. Jones', volume: '100', reporter: 'F.3d', page: '200', pin: '205' })),
      row('a pin with a footnote', 'Smith v. Jones, 100 F.3d 200, 205 n.3 (9th Cir. 1996)',
        caseCite('Smith v. Jones, 100 F.3d 200, 205 n.3 (9th Cir. 1996)', { caseName: 'Smith v. Jones', volume: '100', reporter: 'F.3d', page: '200', pin: '205 n.3', court: '9th Cir.', year: '1996' })),
    ]);
  });

  describe('short case cites', () => {
    runRows([
      row('name, volume, reporter, at', 'Concrete Pipe, 508 U.S. at 623.',
        shortCase('Concrete Pipe, 508 U.S. at 623', { caseName: 'Concrete Pipe', volume: '508', reporter: 'U.S.', pin: '623', court: 'U.S.' })),
      row('no name', 'See 508 U.S. at 623.',
        shortCase('508 U.S. at 623', { volume: '508', reporter: 'U.S.', pin: '623', court: 'U.S.' }, 'See')),
      row('the older comma before at', 'Concrete Pipe, 508 U.S., at 623.',
        shortCase('Concrete Pipe, 508 U.S., at 623', { caseName: 'Concrete Pipe', volume: '508', reporter: 'U.S.', pin: '623', court: 'U.S.' })),
      row('Westlaw without a court and date is a short form', 'Guzman, 2014 WL 3407242, at *4.',
        shortCase('Guzman, 2014 WL 3407242, at *4', { caseName: 'Guzman', volume: '2014', reporter: 'WL', page: '3407242', pin: '*4' })),
      row('Lexis without a court and date is a short form', 'Smith, 2015 U.S. Dist. LEXIS 12345, at *4.',
        shortCase('Smith, 2015 U.S. Dist. LEXIS 12345, at *4', { caseName: 'Smith', volume: '2015', reporter: 'U.S. Dist. LEXIS', page: '12345', pin: '*4' })),
      row('a pin range', 'Smith, 100 F.3d at 205-06.',
        shortCase('Smith, 100 F.3d at 205-06', { caseName: 'Smith', volume: '100', reporter: 'F.3d', pin: '205-06' })),
      row('a footnote pin and a signal', 'Cf. Smith, 100 F.3d at 205 n.3.',
        shortCase('Smith, 100 F.3d at 205 n.3', { caseName: 'Smith', volume: '100', reporter: 'F.3d', pin: '205 n.3' }, 'Cf.')),
      row('In re in a short form', 'In re Acme Corp., 100 B.R. at 205.',
        shortCase('In re Acme Corp., 100 B.R. at 205', { caseName: 'In re Acme Corp.', volume: '100', reporter: 'B.R.', pin: '205' })),
      row('the full name in a short form', 'Smith v. Jones, 100 F.3d at 205.',
        shortCase('Smith v. Jones, 100 F.3d at 205', { caseName: 'Smith v. Jones', volume: '100', reporter: 'F.3d', pin: '205' })),
      row('a lead-in word is not part of the name', 'In Smith, 100 F.3d at 205, the court held',
        shortCase('Smith, 100 F.3d at 205', { caseName: 'Smith', volume: '100', reporter: 'F.3d', pin: '205' })),
      row('a sentence adverb is no name', 'Indeed, 100 F.3d at 205.',
        shortCase('100 F.3d at 205', { volume: '100', reporter: 'F.3d', pin: '205' })),
      row('the court agreed in a short-named case', 'The court in Concrete Pipe, 508 U.S. at 623, held',
        shortCase('Concrete Pipe, 508 U.S. at 623', { caseName: 'Concrete Pipe', volume: '508', reporter: 'U.S.', pin: '623', court: 'U.S.' })),
      row('a Westlaw star pin range', 'Smith, 2014 WL 123456, at *4-5.',
        shortCase('Smith, 2014 WL 123456, at *4-5', { caseName: 'Smith', volume: '2014', reporter: 'WL', page: '123456', pin: '*4-5' })),
    ]);
  });

  describe('Id.', () => {
    runRows([
      row('alone', 'The court agreed. Id. The', idCite('Id.', {})),
      row('with a page', 'Id. at 4.', idCite('Id. at 4', { pin: '4' })),
      row('lowercase after a signal', 'See id. at 4.', idCite('id. at 4', { pin: '4' }, 'See')),
      row('a star page', 'Id. at *2.', idCite('Id. at *2', { pin: '*2' })),
      row('Ibid.', 'Ibid.', idCite('Ibid.', {})),
      row('with masked tags inside parentheses', '(    Id.    )', idCite('Id.', {})),
      row('in brackets and quotes', '[Id.] “Id.”', idCite('Id.'), idCite('Id.')),
      row('a page range', 'Id. at 4–5.', idCite('Id. at 4–5', { pin: '4–5' })),
      row('several pins', 'Id. at 4, 7.', idCite('Id. at 4, 7', { pin: '4, 7' })),
      row('a paragraph', 'Id. ¶ 5.', idCite('Id. ¶ 5', { pin: '¶ 5' })),
      row('a section', 'Id. § 3.', idCite('Id. § 3', { section: '3' })),
      row('page and lines', 'Id. at 3:20–23.', idCite('Id. at 3:20–23', { pin: '3:20–23' })),
      row('See also id.', 'See also id. at 9.', idCite('id. at 9', { pin: '9' }, 'See also')),
      none('not inside a word', 'The claim is valid. The lien is invalid.'),
      none('not the start of Idaho', 'Idaho law applies; id.x is no cite; Id.Idaho neither.'),
    ]);
  });

  describe('supra', () => {
    runRows([
      row('a treatise by its authors, with a section', 'Wright & Miller, supra, § 2035.',
        supra('Wright & Miller, supra, § 2035', { caseName: 'Wright & Miller', section: '2035' })),
      row('a note and a page', 'Smith, supra note 3, at 12.',
        supra('Smith, supra note 3, at 12', { caseName: 'Smith', pin: '12' })),
      row('a bare supra', 'Guzman, supra.', supra('Guzman, supra', { caseName: 'Guzman' })),
      row('a page range and a signal', 'See generally Smith, supra, at 5–6.',
        supra('Smith, supra, at 5–6', { caseName: 'Smith', pin: '5–6' }, 'See generally')),
      row('notes', 'Smith, supra notes 3–4.', supra('Smith, supra notes 3–4', { caseName: 'Smith' })),
      none('a cross-reference to the brief is no cite', 'As discussed supra, the claim fails. See supra Part II.'),
    ]);
  });

  describe('statutes', () => {
    runRows([
      row('a title, the code and a section', '28 U.S.C. § 636(b)(1)(A)',
        statute('28 U.S.C. § 636(b)(1)(A)', { title: '28', code: 'U.S.C.', section: '636(b)(1)(A)' })),
      row('two sections', '28 U.S.C. §§ 1331, 1332.',
        statute('28 U.S.C. §§ 1331, 1332', { title: '28', code: 'U.S.C.', section: '1331, 1332' })),
      row('a section range', '28 U.S.C. §§ 1331–1332.',
        statute('28 U.S.C. §§ 1331–1332', { title: '28', code: 'U.S.C.', section: '1331–1332' })),
      row('U.S.C.A.', '42 U.S.C.A. § 1983', statute('42 U.S.C.A. § 1983', { title: '42', code: 'U.S.C.A.', section: '1983' })),
      row('a lettered section', '15 U.S.C. § 78j(b).', statute('15 U.S.C. § 78j(b)', { title: '15', code: 'U.S.C.', section: '78j(b)' })),
      row('et seq.', '42 U.S.C. § 1983 et seq.', statute('42 U.S.C. § 1983 et seq.', { title: '42', code: 'U.S.C.', section: '1983' })),
      row('a year', '28 U.S.C. § 1332 (2018).', statute('28 U.S.C. § 1332 (2018)', { title: '28', code: 'U.S.C.', section: '1332', year: '2018' })),
      row('a bare section, then a full cite: the list stops before the next cite', 'claims under § 1983 and 28 U.S.C. § 1331.',
        statute('§ 1983', { section: '1983' }),
        statute('28 U.S.C. § 1331', { title: '28', code: 'U.S.C.', section: '1331' })),
      row('a bare section of an act is a statute', '§ 10(b) of the Exchange Act', statute('§ 10(b)', { section: '10(b)' })),
      row('Bluebook California code', 'Cal. Civ. Proc. Code § 2025.450',
        statute('Cal. Civ. Proc. Code § 2025.450', { code: 'Cal. Civ. Proc. Code', section: '2025.450' })),
      row('Cal. Code Civ. Proc. is the same code', 'Cal. Code Civ. Proc. § 2025.450',
        statute('Cal. Code Civ. Proc. § 2025.450', { code: 'Cal. Civ. Proc. Code', section: '2025.450' })),
      row('California style, spelled out, with "section"', 'Code of Civil Procedure section 2025.450',
        statute('Code of Civil Procedure section 2025.450', { code: 'Cal. Civ. Proc. Code', section: '2025.450' })),
      row('California style with a comma', '(Civ. Code, § 1542.)', statute('Civ. Code, § 1542', { code: 'Cal. Civ. Code', section: '1542' })),
      row('Evidence Code', 'Cal. Evid. Code § 1152', statute('Cal. Evid. Code § 1152', { code: 'Cal. Evid. Code', section: '1152' })),
      row('Business and Professions Code', 'Cal. Bus. & Prof. Code § 17200 et seq.',
        statute('Cal. Bus. & Prof. Code § 17200 et seq.', { code: 'Cal. Bus. & Prof. Code', section: '17200' })),
      row('Penal Code', 'Cal. Penal Code § 632', statute('Cal. Penal Code § 632', { code: 'Cal. Penal Code', section: '632' })),
      row('Penal Code, California style', 'Pen. Code, § 632, subd. (a)', statute('Pen. Code, § 632', { code: 'Cal. Penal Code', section: '632' })),
      row('Texas', 'Tex. Civ. Prac. & Rem. Code Ann. § 16.003',
        statute('Tex. Civ. Prac. & Rem. Code Ann. § 16.003', { code: 'Tex. Civ. Prac. & Rem. Code Ann.', section: '16.003' })),
      row('Texas without Ann.', 'Tex. Civ. Prac. & Rem. Code § 16.003',
        statute('Tex. Civ. Prac. & Rem. Code § 16.003', { code: 'Tex. Civ. Prac. & Rem. Code Ann.', section: '16.003' })),
      row('New York', 'N.Y. Gen. Bus. Law § 349', statute('N.Y. Gen. Bus. Law § 349', { code: 'N.Y. Gen. Bus. Law', section: '349' })),
      row('New York C.P.L.R., no section sign', 'N.Y. C.P.L.R. 3211(a)(7)',
        statute('N.Y. C.P.L.R. 3211(a)(7)', { code: 'N.Y. C.P.L.R.', section: '3211(a)(7)' })),
      row('Florida', 'Fla. Stat. § 768.81', statute('Fla. Stat. § 768.81', { code: 'Fla. Stat.', section: '768.81' })),
      row('Illinois, with a chapter number', '815 ILCS 505/2', statute('815 ILCS 505/2', { title: '815', code: 'Ill. Comp. Stat.', section: '505/2' })),
      row('Massachusetts, by chapter', 'Mass. Gen. Laws ch. 93A, § 2',
        statute('Mass. Gen. Laws ch. 93A, § 2', { code: 'Mass. Gen. Laws', section: 'ch. 93A, § 2' })),
      row('Oklahoma, by title', 'Okla. Stat. tit. 12, § 95', statute('Okla. Stat. tit. 12, § 95', { title: '12', code: 'Okla. Stat.', section: '95' })),
      row('a colon in a New Jersey section', 'N.J. Stat. Ann. § 2A:14-1', statute('N.J. Stat. Ann. § 2A:14-1', { code: 'N.J. Stat. Ann.', section: '2A:14-1' })),
      row('a public law', 'Pub. L. No. 100-200, 100 Stat. 300 (1988).',
        statute('Pub. L. No. 100-200, 100 Stat. 300 (1988)', { code: 'Pub. L.', section: '100-200', year: '1988' })),
      row('split across a line break', '28 U.S.C.\n§ 1331', statute('28 U.S.C. § 1331', { title: '28', code: 'U.S.C.', section: '1331' })),
    ]);
  });

  describe('regulations', () => {
    runRows([
      row('C.F.R. section', '17 C.F.R. § 240.10b-5', regulation('17 C.F.R. § 240.10b-5', { title: '17', code: 'C.F.R.', section: '240.10b-5' })),
      row('C.F.R. part', '29 C.F.R. pt. 541', regulation('29 C.F.R. pt. 541', { title: '29', code: 'C.F.R.', section: 'pt. 541' })),
      row('C.F.R. sections', '29 C.F.R. §§ 541.100, 541.200',
        regulation('29 C.F.R. §§ 541.100, 541.200', { title: '29', code: 'C.F.R.', section: '541.100, 541.200' })),
      row('Federal Register', '85 Fed. Reg. 12,345', regulation('85 Fed. Reg. 12,345', { title: '85', code: 'Fed. Reg.', page: '12,345' })),
      row('Federal Register, pin and date', '85 Fed. Reg. 12,345, 12,350 (Mar. 2, 2020).',
        regulation('85 Fed. Reg. 12,345, 12,350 (Mar. 2, 2020)', { title: '85', code: 'Fed. Reg.', page: '12,345', pin: '12,350', year: '2020' })),
      row('California regulations, by title', 'Cal. Code Regs. tit. 22, § 100',
        regulation('Cal. Code Regs. tit. 22, § 100', { title: '22', code: 'Cal. Code Regs.', section: '100' })),
    ]);
  });

  describe('rules', () => {
    runRows([
      row('Civil Procedure', 'Fed. R. Civ. P. 26(c)(1)', rule('Fed. R. Civ. P. 26(c)(1)', { code: 'Fed. R. Civ. P.', section: '26(c)(1)' })),
      row('unspaced', 'Fed.R.Civ.P. 12(b)(6)', rule('Fed.R.Civ.P. 12(b)(6)', { code: 'Fed. R. Civ. P.', section: '12(b)(6)' })),
      row('Evidence', 'Fed. R. Evid. 401', rule('Fed. R. Evid. 401', { code: 'Fed. R. Evid.', section: '401' })),
      row('Appellate Procedure', 'Fed. R. App. P. 4(a)(1)(A)', rule('Fed. R. App. P. 4(a)(1)(A)', { code: 'Fed. R. App. P.', section: '4(a)(1)(A)' })),
      row('Criminal Procedure', 'Fed. R. Crim. P. 12(b)', rule('Fed. R. Crim. P. 12(b)', { code: 'Fed. R. Crim. P.', section: '12(b)' })),
      row('spelled out', 'Federal Rule of Civil Procedure 26(c)',
        rule('Federal Rule of Civil Procedure 26(c)', { code: 'Fed. R. Civ. P.', section: '26(c)' })),
      row('spelled out, plural', 'Federal Rules of Evidence 401 and 403',
        rule('Federal Rules of Evidence 401 and 403', { code: 'Fed. R. Evid.', section: '401 and 403' })),
      row('bare Rule', 'under Rule 26(c).', rule('Rule 26(c)', { section: '26(c)' })),
      row('bare Rules', 'Rules 26 and 37 apply.', rule('Rules 26 and 37', { section: '26 and 37' })),
      row('the rules named after, spelled out', 'Rule 26(c) of the Federal Rules of Civil Procedure requires',
        rule('Rule 26(c) of the Federal Rules of Civil Procedure', { code: 'Fed. R. Civ. P.', section: '26(c)' })),
      row('S.D. Cal. CivLR', 'CivLR 7.1', rule('CivLR 7.1', { code: 'CivLR', section: '7.1' })),
      row('N.D. Cal. Civ. L.R.', 'Civ. L.R. 7-3', rule('Civ. L.R. 7-3', { code: 'Civ. L.R.', section: '7-3' })),
      row('C.D. Cal. L.R.', 'L.R. 7-2', rule('L.R. 7-2', { code: 'L.R.', section: '7-2' })),
      row('Local Rule', 'Local Rule 7.1(d)(1)', rule('Local Rule 7.1(d)(1)', { code: 'Local Rule', section: '7.1(d)(1)' })),
      row('a district’s rules named with the district', 'S.D. Cal. Civ. R. 7.1', rule('S.D. Cal. Civ. R. 7.1', { code: 'S.D. Cal. Civ. R.', section: '7.1' })),
      row('a circuit rule', '9th Cir. R. 36-3', rule('9th Cir. R. 36-3', { code: '9th Cir. R.', section: '36-3' })),
      row('California Rules of Court', 'Cal. Rules of Court, rule 8.204',
        rule('Cal. Rules of Court, rule 8.204', { code: 'Cal. R. Ct.', section: '8.204' })),
      row('a rule set followed by its own number is a cite of its own', 'Rule 12(b)(6), Fed. R. Civ. P. 8(a)',
        rule('Rule 12(b)(6)', { section: '12(b)(6)' }),
        rule('Fed. R. Civ. P. 8(a)', { code: 'Fed. R. Civ. P.', section: '8(a)' })),
      none('a rule set with no number is no cite', 'the Federal Rules of Civil Procedure govern; the Rule of law; the Rule.'),
    ]);
  });

  describe('constitutions', () => {
    runRows([
      row('an article and section', 'U.S. Const. art. III, § 2', constitution('U.S. Const. art. III, § 2', { code: 'U.S. Const.', section: 'art. III, § 2' })),
      row('an amendment', 'U.S. Const. amend. XIV, § 1', constitution('U.S. Const. amend. XIV, § 1', { code: 'U.S. Const.', section: 'amend. XIV, § 1' })),
      row('a clause', 'U.S. Const. art. I, § 8, cl. 3', constitution('U.S. Const. art. I, § 8, cl. 3', { code: 'U.S. Const.', section: 'art. I, § 8, cl. 3' })),
      row('a state constitution', 'Cal. Const. art. I, § 7', constitution('Cal. Const. art. I, § 7', { code: 'Cal. Const.', section: 'art. I, § 7' })),
      row('another state', 'N.Y. Const. art. VI', constitution('N.Y. Const. art. VI', { code: 'N.Y. Const.', section: 'art. VI' })),
      none('the constitution named without an article', 'the U.S. Const. protects speech'),
    ]);
  });

  describe('secondary authority', () => {
    runRows([
      row('a Restatement with its year', 'Restatement (Second) of Torts § 402A (1965)',
        secondary('Restatement (Second) of Torts § 402A (1965)', { code: 'Restatement (Second) of Torts', section: '402A', year: '1965' })),
      row('a Restatement of Contracts', 'Restatement (Second) of Contracts § 90',
        secondary('Restatement (Second) of Contracts § 90', { code: 'Restatement (Second) of Contracts', section: '90' })),
      row('a comment and the Institute', 'Restatement (Third) of Agency § 7.03 cmt. b (Am. L. Inst. 2006)',
        secondary('Restatement (Third) of Agency § 7.03 cmt. b (Am. L. Inst. 2006)', { code: 'Restatement (Third) of Agency', section: '7.03', year: '2006' })),
      row('Wright & Miller in full', '8A Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 2035 (3d ed. 2010)',
        secondary('8A Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 2035 (3d ed. 2010)', {
          volume: '8A', code: 'Federal Practice and Procedure', section: '2035', year: '2010',
        })),
      row('Wright & Miller as Westlaw writes it', '8A Wright & Miller, Fed. Prac. & Proc. Civ. § 2035 (3d ed.)',
        secondary('8A Wright & Miller, Fed. Prac. & Proc. Civ. § 2035 (3d ed.)', { volume: '8A', code: 'Federal Practice and Procedure', section: '2035' })),
      row("Moore's with its authors", "6 James Wm. Moore et al., Moore's Federal Practice § 26.41 (3d ed. 2020)",
        secondary("6 James Wm. Moore et al., Moore's Federal Practice § 26.41 (3d ed. 2020)", {
          volume: '6', code: "Moore's Federal Practice", section: '26.41', year: '2020',
        })),
      row("Moore's by volume only", "6 Moore's Federal Practice § 26.41[1]",
        secondary("6 Moore's Federal Practice § 26.41[1]", { volume: '6', code: "Moore's Federal Practice", section: '26.41[1]' })),
      row('Harvard Law Review', 'Smith, An Article, 100 Harv. L. Rev. 1 (1987).',
        secondary('100 Harv. L. Rev. 1 (1987)', { volume: '100', code: 'Harv. L. Rev.', page: '1', year: '1987' })),
      row('Yale Law Journal with a pin', '95 Yale L.J. 1, 5 (1985)',
        secondary('95 Yale L.J. 1, 5 (1985)', { volume: '95', code: 'Yale L.J.', page: '1', pin: '5', year: '1985' })),
      row('California Law Review is not the Cal. reporter', '90 Cal. L. Rev. 10 (2002)',
        secondary('90 Cal. L. Rev. 10 (2002)', { volume: '90', code: 'Cal. L. Rev.', page: '10', year: '2002' })),
      row('Stanford Law Review', '50 Stan. L. Rev. 100, 110-12',
        secondary('50 Stan. L. Rev. 100, 110-12', { volume: '50', code: 'Stan. L. Rev.', page: '100', pin: '110-12' })),
      none('a treatise named without a section is no cite', "Moore's Federal Practice is a treatise."),
    ]);
  });

  describe('the record', () => {
    runRows([
      row('Doc. without No.', '(Doc. 70.)', record('Doc. 70', { document: 'Doc. 70' })),
      row('ECF No.', '(ECF No. 12.)', record('ECF No. 12', { document: 'ECF No. 12' })),
      row('ECF No. with a page', 'ECF No. 12 at 3', record('ECF No. 12 at 3', { document: 'ECF No. 12', pin: '3' })),
      row('ECF attachment with a comma before the page', 'ECF No. 12-1, at 3', record('ECF No. 12-1, at 3', { document: 'ECF No. 12-1', pin: '3' })),
      row('Dkt.', 'Dkt. 45', record('Dkt. 45', { document: 'Dkt. 45' })),
      row('Dkt. No.', 'Dkt. No. 45', record('Dkt. No. 45', { document: 'Dkt. No. 45' })),
      row('Docket No.', 'Docket No. 45', record('Docket No. 45', { document: 'Docket No. 45' })),
      row('Doc. #', 'Doc. #45', record('Doc. #45', { document: 'Doc. #45' })),
      row('an exhibit by letter', 'Ex. A', record('Ex. A', { document: 'Ex. A' })),
      row('an exhibit by number', 'Exh. 3', record('Exh. 3', { document: 'Exh. 3' })),
      row('an exhibit spelled out', 'Exhibit B', record('Exhibit B', { document: 'Exhibit B' })),
      row('exhibits', 'Exhibits A and B', record('Exhibits A and B', { document: 'Exhibits A and B' })),
      row('an exhibit with a page and a signal', 'See Ex. 3 at 4.', record('Ex. 3 at 4', { document: 'Ex. 3', pin: '4' }, 'See')),
      row('a declaration by paragraph', 'Decl. ¶ 3', record('Decl. ¶ 3', { document: 'Decl.', pin: '¶ 3' })),
      row('a named declaration, paragraphs', '(Smith Decl. ¶¶ 3–5.)', record('Smith Decl. ¶¶ 3–5', { document: 'Smith Decl.', pin: '¶¶ 3–5' })),
      row('a declaration of a named declarant', 'Decl. of John Smith ¶ 4', record('Decl. of John Smith ¶ 4', { document: 'Decl. of John Smith', pin: '¶ 4' })),
      row('an exhibit to a declaration', 'Smith Decl. Ex. A', record('Smith Decl. Ex. A', { document: 'Smith Decl. Ex. A' })),
      row('the complaint', 'Compl. ¶ 12', record('Compl. ¶ 12', { document: 'Compl.', pin: '¶ 12' })),
      row('an amended complaint', 'First Am. Compl. ¶ 12.', record('First Am. Compl. ¶ 12', { document: 'First Am. Compl.', pin: '¶ 12' })),
      row('a motion by page', "Pl.'s Mot. at 5", record("Pl.'s Mot. at 5", { document: "Pl.'s Mot.", pin: '5' })),
      row('a transcript by page and line', "Hr'g Tr. 45:3-10", record("Hr'g Tr. 45:3-10", { document: "Hr'g Tr.", pin: '45:3-10' })),
      row('a deposition', 'Smith Dep. 45:3–10', record('Smith Dep. 45:3–10', { document: 'Smith Dep.', pin: '45:3–10' })),
      row('the administrative record', 'AR 123', record('AR 123', { document: 'AR', pin: '123' })),
      none('a filing named without a pin is no cite', 'the Smith Decl. shows that Pension Tr. for S. California paid'),
      none('Ex parte and exhibits in words', 'an ex parte application; the exhibit list; Ex. parte'),
    ]);
  });

  describe('signals', () => {
    runRows([
      row('See', 'See Smith v. Jones, 1 F.3d 1 (1993).', caseCite('Smith v. Jones, 1 F.3d 1 (1993)', undefined, 'See')),
      row('See also', 'See also Smith v. Jones, 1 F.3d 1 (1993).', caseCite('Smith v. Jones, 1 F.3d 1 (1993)', undefined, 'See also')),
      row('See, e.g.,', 'See, e.g., Smith v. Jones, 1 F.3d 1 (1993).', caseCite('Smith v. Jones, 1 F.3d 1 (1993)', undefined, 'See, e.g.')),
      row('Cf.', 'Cf. Smith v. Jones, 1 F.3d 1 (1993).', caseCite('Smith v. Jones, 1 F.3d 1 (1993)', undefined, 'Cf.')),
      row('But see', 'But see 28 U.S.C. § 1331.', statute('28 U.S.C. § 1331', undefined, 'But see')),
      row('But cf.', 'But cf. Fed. R. Evid. 403.', rule('Fed. R. Evid. 403', undefined, 'But cf.')),
      row('Compare … with', 'Compare Smith v. Jones, 1 F.3d 1 (9th Cir. 1993), with Doe v. Roe, 2 F.3d 2 (2d Cir. 1994).',
        caseCite('Smith v. Jones, 1 F.3d 1 (9th Cir. 1993)', undefined, 'Compare'),
        caseCite('Doe v. Roe, 2 F.3d 2 (2d Cir. 1994)')),
      row('Accord', 'Accord Smith, 1 F.3d at 5.', shortCase('Smith, 1 F.3d at 5', undefined, 'Accord')),
      row('E.g.,', 'E.g., Smith v. Jones, 1 F.3d 1 (1993).', caseCite('Smith v. Jones, 1 F.3d 1 (1993)', undefined, 'E.g.')),
      row('See generally', 'See generally Restatement (Second) of Torts § 402A.',
        secondary('Restatement (Second) of Torts § 402A', undefined, 'See generally')),
      row('a lowercase signal in a string cite', 'Smith v. Jones, 1 F.3d 1 (1993); see also Doe v. Roe, 2 F.3d 2 (1994).',
        caseCite('Smith v. Jones, 1 F.3d 1 (1993)'),
        caseCite('Doe v. Roe, 2 F.3d 2 (1994)', undefined, 'see also')),
      row('a signal split from its cite by masked tags', maskTags('<u>See</u> <u>Smith v. Jones</u>, 1 F.3d 1 (1993).'),
        caseCite('Smith v. Jones, 1 F.3d 1 (1993)', { caseName: 'Smith v. Jones', volume: '1', reporter: 'F.3d', page: '1', year: '1993' }, 'See')),
      row('a word ending in "see" is no signal', 'We foresee Smith v. Jones, 1 F.3d 1 (1993).', caseCite('Smith v. Jones, 1 F.3d 1 (1993)')),
    ]);
  });

  describe('layout: line breaks, masked noise, string cites, footnotes', () => {
    runRows([
      row('a reporter split from its page by a line break', 'Concrete Pipe, 508 U.S.\n602, 623 (1993)',
        caseCite('Concrete Pipe, 508 U.S. 602, 623 (1993)', { caseName: 'Concrete Pipe', volume: '508', reporter: 'U.S.', page: '602', pin: '623', court: 'U.S.', year: '1993' })),
      row('a rule split inside its abbreviation', 'under Fed. R. Civ.\nP. 72(a), the court', rule('Fed. R. Civ. P. 72(a)', { code: 'Fed. R. Civ. P.', section: '72(a)' })),
      row('CRLF line breaks', 'Smith v.\r\nJones, 508 U.S.\r\n  602, 623\r\n(1993)',
        caseCite('Smith v. Jones, 508 U.S. 602, 623 (1993)', { caseName: 'Smith v. Jones', volume: '508', reporter: 'U.S.', page: '602', pin: '623', court: 'U.S.', year: '1993' })),
      row('a masked pleading margin number between lines', 'Smith v. Jones, 100 F.3d\n   \t200, 205 (9th Cir. 1996)',
        caseCite('Smith v. Jones, 100 F.3d 200, 205 (9th Cir. 1996)')),
      row('tabs between the words', 'Smith\tv.\tJones,\t100\tF.3d\t200', caseCite('Smith v. Jones, 100 F.3d 200')),
      row('a name split across lines', 'committed.\nBare Escentuals Beauty, Inc. v. Costco\nWholesale Corp., 2007 WL 4357672, at *2 (S.D. Cal.\nDec. 11, 2007)',
        caseCite('Bare Escentuals Beauty, Inc. v. Costco Wholesale Corp., 2007 WL 4357672, at *2 (S.D. Cal. Dec. 11, 2007)')),
      row('a heading line before the name is cut off by the blank line', 'ARGUMENT\n\nSmith v. Jones, 1 F.3d 1 (1993).', caseCite('Smith v. Jones, 1 F.3d 1 (1993)')),
      row('a string cite of three kinds', 'See 28 U.S.C. § 1331; Fed. R. Civ. P. 12(b)(1); Smith v. Jones, 1 F.3d 1 (1993).',
        statute('28 U.S.C. § 1331', undefined, 'See'),
        rule('Fed. R. Civ. P. 12(b)(1)'),
        caseCite('Smith v. Jones, 1 F.3d 1 (1993)')),
      row('a footnote’s text', '¹ In its reply brief, Defendant asks for new relief. (Doc. No. 82 at 3:20–23.) See Smith v. Jones, 1 F.3d 1 (1993).',
        record('Doc. No. 82 at 3:20–23'),
        caseCite('Smith v. Jones, 1 F.3d 1 (1993)', undefined, 'See')),
      row('a Markdown footnote definition', '[^1]: See Fed. R. Civ. P. 72(a).', rule('Fed. R. Civ. P. 72(a)', undefined, 'See')),
      row('a cite followed by Id. and a short form', 'Smith v. Jones, 1 F.3d 1, 3 (1993). Id. at 4. Smith, 1 F.3d at 5.',
        caseCite('Smith v. Jones, 1 F.3d 1, 3 (1993)'), idCite('Id. at 4'), shortCase('Smith, 1 F.3d at 5')),
      row('a cite with quotation marks around it', '"Smith v. Jones, 1 F.3d 1 (1993)"', caseCite('Smith v. Jones, 1 F.3d 1 (1993)')),
    ]);
  });

  describe('near misses: text that is not a citation', () => {
    runRows([
      none('a date', 'On January 5, 2018, the court ruled.'),
      none('an abbreviated date', 'Dec. 11, 2007; Sept. 3, 2010'),
      none('money', 'damages of $1,500.00 and $2,000'),
      none('a section of an agreement, spelled out', 'Section 4.2 of the Agreement provides'),
      none('a section sign for a section of a contract (decided: not a citation)', 'under § 5 of the contract'),
      none('a section sign for a section of a defined agreement', 'see § 4.2 of the Purchase Agreement'),
      none('a phone number', 'call (619) 555-1234 today'),
      none('a time', 'at 10:30 a.m. on Monday'),
      none('a caption line', 'Case No.: 16cv1283 JM (MDD)'),
      none('a case name with no reporter', 'Romero v. Securus is a class action.'),
      none('a number of days', 'within 28 days of service'),
      none('U.S. citizens', 'In 2010 U.S. citizens voted.'),
      none('the U.S. Supreme Court', 'the U.S. Supreme Court has held'),
      none('a page number', 'on page 5 of the brief'),
      none('Idaho', 'Idaho law governs.'),
      none('a word ending in id.', 'The contract is valid.'),
      none('a percentage', 'a 45% increase, or 12.5 percent'),
      none('a version number', 'version 1.2.3 of the software'),
      none('a docket number in a caption', 'Civil Action No. 3:16-cv-01283'),
      none('a year and an abbreviation that is not a reporter', 'In 2019 Cal. voters approved it.'),
      none('a volume with too many digits', '123456 U.S. 602'),
      none('a decimal before a reporter', '1.5 F.3d 200'),
      none('a section sign with nothing after it', 'the § symbol'),
      none('a reporter with no page', 'see 508 U.S. and others'),
      none('the word Rule without a number', 'the Rule requires notice'),
      none('initials that are not a reporter', 'A. B. Smith and P. Jones met'),
      none('a sentence ending in So.', 'He said So. 5 people came.'),
    ]);
  });

  describe('invariants', () => {
    it('sorts by start and never overlaps, and each text is its span folded', () => {
      const order = maskTags(readFileSync(repoPath('test/fixtures/order/romero-v-securus-order.txt'), 'utf8'));
      const text = `${order}\nSee Smith v. Jones, 1 F.3d 1 (1993); Id. at 4; 28 U.S.C. § 1331; Doc. No. 5 at 2.`;
      const found: Citation[] = findCitations(text);
      assert.ok(found.length > 20);
      found.forEach((citation, index) => {
        assert.equal(citation.text, asReaderSees(text.slice(citation.span.start, citation.span.end)));
        if (index > 0) assert.ok(found[index - 1].span.end <= citation.span.start, `${found[index - 1].text} overlaps ${citation.text}`);
      });
    });

    it('gives an empty list for an empty text', () => {
      assert.deepEqual(findCitations(''), []);
    });
  });

  describe('linear time on adversarial text', function () {
    // The purpose of these tests: a pattern that backtracks over a run (a volume read with \d+ at every
    // position of 100,000 digits, a case name read back without a bound) takes minutes on these inputs.
    // In linear time each one takes milliseconds; 2 seconds is a generous bound for a slow machine.
    this.timeout(20_000);
    const adversarial: Record<string, string> = {
      ...ADVERSARIAL_RUNS,
      'reporters alone': runOf('Cal. '),
    };
    for (const [name, text] of Object.entries(adversarial)) {
      it(`${name} ×${ADVERSARIAL_LENGTH.toLocaleString('en-US')} characters`, () => {
        const started = Date.now();
        findCitations(text);
        const elapsed = Date.now() - started;
        assert.ok(elapsed < LINEAR_TIME_BOUND_MS, `took ${elapsed} ms`);
      });
    }
  });
});
