import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { BRIEF_GRAMMAR_PATH, briefGrammar, SCOPES } from '../../scripts/brief-grammar';
import { CODES, CONSTITUTION_JURISDICTIONS, JOURNALS, RULE_SETS } from '../../server/src/engine/citations/codes';
import { REPORTERS } from '../../server/src/engine/citations/reporters';
import { ADVERSARIAL_LENGTH, LINE_RUNS, LINEAR_TIME_BOUND_MS, runOf } from '../adversarial-text';
import { repoPath } from '../repo';

// The grammars are tokenized with vscode-textmate and Oniguruma, as VS Code does. There is no Markdown grammar in
// node_modules, so the injection is tested inside a stand-in (test/fixtures/grammar/markdown.tmLanguage.json) that
// keeps the scope names and block structure of VS Code's; how the real grammar nests its inline rules is not tested.

const INJECTION_PATH = 'syntaxes/brief-citations.injection.tmLanguage.json';
const GRAMMAR_FILES: Record<string, string> = {
  'text.brief': BRIEF_GRAMMAR_PATH,
  'text.brief.citations.injection': INJECTION_PATH,
  'text.html.markdown': 'test/fixtures/grammar/markdown.tmLanguage.json',
};

interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

interface Grammars {
  brief: textmate.IGrammar;
  markdown: textmate.IGrammar;
}

async function loadGrammars(): Promise<Grammars> {
  await oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      return file === undefined ? null : textmate.parseRawGrammar(fs.readFileSync(repoPath(file), 'utf8'), repoPath(file));
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['text.brief.citations.injection'] : undefined),
  });
  const brief = await registry.loadGrammar('text.brief');
  const markdown = await registry.loadGrammar('text.html.markdown');
  if (!brief || !markdown) throw new Error('a grammar did not load');
  return { brief, markdown };
}

/** Each line's tokens, the state carried from line to line as an editor does. No time limit: a slow regex must show. */
function tokenize(grammar: textmate.IGrammar, text: string): { lines: string[]; tokens: Token[][] } {
  const lines = text.split(/\r?\n/);
  let state = textmate.INITIAL;
  const tokens = lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({
      text: line.slice(token.startIndex, token.endIndex),
      start: token.startIndex,
      end: Math.min(token.endIndex, line.length),
      scopes: token.scopes.flatMap((scope) => scope.split(' ')),
    }));
  });
  return { lines, tokens };
}

// ---------------------------------------------------------------------------------------------------------------
// Expectations: the scopes of an exact substring of a line

interface Expect {
  text: string;
  /** Dotted parts of scope names: `citation.case` matches `markup.underline.link.citation.case.brief`. */
  scopes: readonly string[];
  /** Which occurrence of `text` on the line, from 1. */
  nth: number;
  /** `exact`: the first scope covers this text and no more; `lacks`: no token of the text has any of the scopes. */
  mode: 'has' | 'exact' | 'lacks';
}

const expectation = (mode: Expect['mode']) => (text: string, ...scopes: string[]): Expect => ({ text, scopes, nth: 1, mode });
/** Every token of `text` has every scope. */
const has = expectation('has');
/** As `has`, and the first scope starts and ends exactly at `text`. */
const exactly = expectation('exact');
/** No token of `text` has any of the scopes. */
const lacks = expectation('lacks');
/** The `nth` occurrence of the text on the line. */
const nth = (n: number, expect: Expect): Expect => ({ ...expect, nth: n });

function hasScope(token: Token, part: string): boolean {
  return token.scopes.some((scope) => `.${scope}.`.includes(`.${part}.`));
}

function describeTokens(tokens: readonly Token[]): string {
  return tokens.map((token) => `  ${JSON.stringify(token.text)}: ${token.scopes.slice(1).join(' ')}`).join('\n');
}

function check(line: string, tokens: readonly Token[], expect: Expect): void {
  let start = -1;
  for (let found = 0; found < expect.nth; found++) {
    start = line.indexOf(expect.text, start + 1);
    assert.ok(start !== -1, `${JSON.stringify(expect.text)} (occurrence ${expect.nth}) is not in ${JSON.stringify(line)}`);
  }
  const end = start + expect.text.length;
  const covering = tokens.filter((token) => token.end > start && token.start < end);
  const context = `${expect.mode} ${JSON.stringify(expect.text)} [${expect.scopes.join(', ')}] in ${JSON.stringify(line)}:\n${describeTokens(tokens)}`;
  if (expect.mode === 'lacks') {
    for (const token of covering) for (const part of expect.scopes) assert.ok(!hasScope(token, part), context);
    return;
  }
  for (const token of covering) for (const part of expect.scopes) assert.ok(hasScope(token, part), context);
  if (expect.mode === 'exact') {
    const first = expect.scopes[0];
    assert.ok(covering[0].start === start && covering[covering.length - 1].end === end, `token edges: ${context}`);
    const before = tokens.find((token) => token.end === start);
    const after = tokens.find((token) => token.start === end);
    assert.ok(!before || !hasScope(before, first), `the scope starts before the text: ${context}`);
    assert.ok(!after || !hasScope(after, first), `the scope goes on after the text: ${context}`);
  }
}

interface Row {
  note: string;
  line: string;
  expect: readonly Expect[];
}

const row = (note: string, line: string, ...expect: Expect[]): Row => ({ note, line, expect });

/** The capturing groups of an Oniguruma source: `(` not escaped, not in a class, and not `(?…` (or a named `(?<name>`). */
function countGroups(source: string): number {
  let groups = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      i++;
    } else if (source[i] === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (source[i] === '(' && (source[i + 1] !== '?' || /^\?<[A-Za-z]/.test(source.slice(i + 1, i + 4)))) {
      groups++;
    }
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------------------------

describe('TextMate grammars', function () {
  this.timeout(60_000);
  let grammars: Grammars;
  before(async () => {
    grammars = await loadGrammars();
  });

  /** Tokenizes `line` alone, from the start of a document, in the brief grammar. */
  const inBrief = (rows: readonly Row[]) => {
    for (const { note, line, expect } of rows) {
      it(note, () => {
        const { tokens } = tokenize(grammars.brief, line);
        for (const one of expect) check(line, tokens[0], one);
      });
    }
  };

  /** Tokenizes a whole file, then checks the line equal to `line` (or the only line containing it). */
  const inFile = (file: string, grammar: () => textmate.IGrammar, rows: readonly Row[]) => {
    describe(file, () => {
      let lines: string[];
      let tokens: Token[][];
      before(() => {
        ({ lines, tokens } = tokenize(grammar(), fs.readFileSync(repoPath(file), 'utf8')));
      });
      for (const { note, line, expect } of rows) {
        it(note, () => {
          let index = lines.indexOf(line);
          if (index === -1) {
            const containing = lines.flatMap((text, i) => (text.includes(line) ? [i] : []));
            assert.equal(containing.length, 1, `${containing.length} lines contain ${JSON.stringify(line)}`);
            index = containing[0];
          }
          for (const one of expect) check(lines[index], tokens[index], one);
        });
      }
    });
  };

  describe('the brief grammar on the examples (pleading paper)', () => {
    inFile('examples/romero-v-securus/defendant-motion.txt', () => grammars.brief, [
      row('a margin number is a comment, the text after it is not', '1\tJordan A. Placeholder\t',
        exactly('1', 'comment.line.number.margin'), lacks('Jordan A. Placeholder', 'comment', 'markup.heading')),
      row('a two-digit margin number', '23\tMagistrate Judge Mitchell D. Dembin on October 16, 2017, the Order on Joint',
        exactly('23', 'comment.line.number'), lacks('Magistrate', 'comment')),
      row('a margin number on a blank pleading line', '20\t', exactly('20', 'comment.line.number')),
      row('the court in the caption is inside the caption paragraph: no heading', '8\tUNITED STATES DISTRICT COURT\t',
        lacks('UNITED STATES DISTRICT COURT', 'markup.heading')),
      row('the caption "v." is no case name', '15\tv.\tMAGISTRATE JUDGE', lacks('v.', 'entity.name.type.case')),
      row('the address to the court is no heading', '19\tTO THE COURT, ALL PARTIES, AND THEIR COUNSEL OF RECORD:',
        lacks('TO THE COURT', 'markup.heading'), exactly('19', 'comment.line.number')),
      row('INTRODUCTION after a blank line is a heading', '4\tINTRODUCTION',
        exactly('INTRODUCTION', 'markup.heading', 'entity.name.section'), exactly('4', 'comment.line.number'),
        lacks('4', 'markup.heading')),
      row('ARGUMENT is a heading', '26\tARGUMENT', exactly('ARGUMENT', 'markup.heading.brief', 'entity.name.section.brief')),
      row('CONCLUSION is a heading', '6\tCONCLUSION', exactly('CONCLUSION', 'markup.heading')),
      row('the second half of a docket cite broken across lines is nothing', '19\tNo. 66 at 4.) Securus asks only that the production the Order requires take',
        lacks('No. 66 at 4', 'citation', 'markup.underline'), exactly('19', 'comment.line.number')),
      row('Doc. No. 66 at 4 is a record cite', '24\tcertain interrogatories and requests for production. (Doc. No. 66 at 4.)',
        exactly('Doc. No. 66 at 4', 'string.other.citation.record'), lacks('Doc. No. 66 at 4', 'markup.underline', 'citation.case')),
      row('Doc. No. 62-1 at 1', '28\tallegedly recorded. (Doc. No. 62-1 at 1.)', exactly('Doc. No. 62-1 at 1', 'citation.record')),
      row('a docket cite broken at the end of a line is not coloured (one line at a time)', '25\tResponses to Written Discovery (the "Magistrate Judge\'s Order"). (Doc. No.',
        lacks('Doc. No.', 'citation')),
      row('a page number is page furniture', '- 1 -', exactly('- 1 -', 'comment.other.page-furniture')),
      row('the running footer after it is page furniture', '16cv1283 JM (MDD)', exactly('16cv1283 JM (MDD)', 'page-furniture')),
      row('the caption case number is not page furniture', 'Case No.: 16cv1283 JM (MDD)', lacks('Case No.', 'page-furniture')),
      row('the firm name in the signature block is no heading', '17\tSAMPLE, DRAFT & PLACEHOLDER LLP',
        lacks('SAMPLE, DRAFT & PLACEHOLDER LLP', 'markup.heading')),
    ]);

    inFile('examples/romero-v-securus/defendant-reply.txt', () => grammars.brief, [
      row('ARGUMENT right after a page break is a heading', '1\tARGUMENT', exactly('ARGUMENT', 'markup.heading')),
      row('a lettered heading: label and title', '3\tA. Securus Did Seek a Protective Order',
        exactly('A.', 'punctuation.definition.heading'), exactly('Securus Did Seek a Protective Order', 'entity.name.section'),
        exactly('A. Securus Did Seek a Protective Order', 'markup.heading'), exactly('3', 'comment.line.number')),
      row('a lettered heading with lowercase short words', '15\tB. Plaintiffs Offer No Reason to Proceed Without a Protective Order',
        exactly('Plaintiffs Offer No Reason to Proceed Without a Protective Order', 'entity.name.section')),
      row('the paragraph after a heading is no heading', '5\tThe Magistrate Judge improperly faulted Securus for supposedly failing to',
        lacks('The Magistrate Judge', 'markup.heading')),
      row('a record cite at the start of a line', '11\t(Doc. No. 59.) That request was before the Magistrate Judge when he ruled.',
        exactly('Doc. No. 59', 'citation.record'), exactly('11', 'comment.line.number')),
    ]);
  });

  describe('the brief grammar: citations, line by line', () => {
    describe('cases', () => {
      inBrief([
        row('Concrete Pipe: name, volume, reporter, page, pin, year',
          'It is "significantly deferential." Concrete Pipe & Prods. of Cal., Inc. v. Constr. Laborers Pension Tr. for S. Cal., 508 U.S. 602, 623 (1993) (internal quotation marks omitted).',
          exactly('Concrete Pipe & Prods. of Cal., Inc. v. Constr. Laborers Pension Tr. for S. Cal.', 'entity.name.type.case', 'markup.italic', 'citation.case'),
          exactly('Concrete Pipe & Prods. of Cal., Inc. v. Constr. Laborers Pension Tr. for S. Cal., 508 U.S. 602, 623 (1993)', 'markup.underline.link.citation.case.brief'),
          exactly('508', 'constant.numeric.volume', 'citation.case'), exactly('U.S.', 'support.type.reporter', 'citation.case'),
          exactly('602', 'constant.numeric.page', 'citation.case'), exactly('623', 'constant.numeric.pin'),
          exactly('1993', 'constant.numeric.year'), lacks('(internal quotation marks omitted)', 'citation')),
        row('a Westlaw cite with a star pin and a dated court', 'Stoba v. Saveology.com, LLC, 2015 WL 5040024, at *4 (S.D. Cal. Aug. 26, 2015).',
          exactly('Stoba v. Saveology.com, LLC', 'entity.name.type.case'), exactly('2015', 'volume'), exactly('WL', 'reporter'),
          exactly('5040024', 'page'), exactly('*4', 'pin'), exactly('S.D. Cal.', 'support.constant.court'), nth(2, exactly('2015', 'year')),
          exactly('Stoba v. Saveology.com, LLC, 2015 WL 5040024, at *4 (S.D. Cal. Aug. 26, 2015)', 'citation.case')),
        row('a nested cite in a parenthetical', 'Bare Escentuals Beauty, Inc. v. Costco Wholesale Corp., 2007 WL 4357672, at *2 (S.D. Cal. Dec. 11, 2007) (quoting Paramount Pictures Corp. v. Replay TV, 2002 WL 32151632, at *1 (C.D. Cal. May 30, 2002)).',
          exactly('Bare Escentuals Beauty, Inc. v. Costco Wholesale Corp.', 'entity.name.type.case'),
          exactly('Paramount Pictures Corp. v. Replay TV', 'entity.name.type.case'), lacks('quoting', 'citation', 'entity.name')),
        row('the name stops before the sentence: a verb', 'Plaintiffs rely on Smith v. Jones, 100 F.3d 200 (9th Cir. 1996).',
          exactly('Smith v. Jones', 'entity.name.type.case'), lacks('Plaintiffs rely on', 'citation', 'entity.name'),
          exactly('9th Cir.', 'court')),
        row('the name stops before a lead-in word', 'Under Smith v. Jones, 100 F.3d 200 (9th Cir. 1996), the claim fails.',
          exactly('Smith v. Jones', 'entity.name.type.case'), lacks('Under', 'citation')),
        row('the name stops at the end of the previous sentence', 'The motion was heard by Judge Dembin. Smith v. Jones, 100 F.3d 200 (1996).',
          exactly('Smith v. Jones', 'entity.name.type.case'), lacks('Judge Dembin.', 'citation', 'entity.name')),
        row('connectors and abbreviations inside the names', 'Doe ex rel. Roe v. Bd. of Educ. of the City of N.Y., 100 F.3d 200 (2d Cir. 1996)',
          exactly('Doe ex rel. Roe v. Bd. of Educ. of the City of N.Y.', 'entity.name.type.case')),
        row('In re', 'See, e.g., In re Acme Corp., 100 B.R. 200, 205 (Bankr. D. Del. 2000).',
          exactly('In re Acme Corp.', 'entity.name.type.case'), exactly('Bankr. D. Del.', 'court'), exactly('See, e.g.,', 'keyword.other.signal')),
        row('parallel reporters each get their own volume and reporter', 'Smith v. Jones, 500 U.S. 100, 105, 110 S. Ct. 2000, 150 L. Ed. 2d 300 (1990).',
          exactly('105', 'pin'), exactly('110', 'volume'), exactly('S. Ct.', 'reporter'), exactly('L. Ed. 2d', 'reporter'), exactly('300', 'page')),
        row('California style: the year before the volume', 'People v. Smith (2004) 34 Cal.4th 100, 110.',
          exactly('People v. Smith', 'entity.name.type.case'), exactly('2004', 'year'), exactly('Cal.4th', 'reporter'),
          exactly('People v. Smith (2004) 34 Cal.4th 100, 110', 'citation.case')),
        row('subsequent history: the later cite has no name', 'Smith v. Jones, 1 F.3d 1 (9th Cir. 1993), aff’d, 510 U.S. 1 (1994).',
          exactly('510', 'volume'), lacks('aff’d', 'citation', 'entity.name')),
        row('a short cite', 'See Iqbal, 556 U.S. at 678.',
          exactly('Iqbal', 'entity.name.type.case'), exactly('678', 'pin'), exactly('Iqbal, 556 U.S. at 678', 'citation.case'),
          exactly('See', 'keyword.other.signal', 'markup.italic')),
        row('a short cite with no name, after a sentence adverb', 'Indeed, 100 F.3d at 205.',
          exactly('100 F.3d at 205', 'citation.case'), lacks('Indeed', 'citation', 'entity.name')),
        row('a short cite with a footnote pin', 'Cf. Smith, 100 F.3d at 205 n.3.', exactly('205 n.3', 'pin'), exactly('Cf.', 'signal')),
        row('a full cite after a sentence that names the case: the name is a name, the cite is a cite',
          'Smith v. Jones is instructive, 100 F.3d 200.',
          exactly('Smith v. Jones', 'entity.name.type.case'), lacks('Smith v. Jones', 'citation'), exactly('100 F.3d 200', 'citation.case')),
      ]);
    });

    describe('a case name without a cite (decided: a case name, never a citation)', () => {
      inBrief([
        row('Romero v. Securus', 'Romero v. Securus is a class action.',
          exactly('Romero v. Securus', 'entity.name.type.case', 'markup.italic'), lacks('Romero v. Securus is a class action.', 'citation')),
        row('the name stops at a lowercase word', 'The court in Smith v. Jones held otherwise.',
          exactly('Smith v. Jones', 'entity.name.type.case'), lacks('The court in', 'entity.name'), lacks('held', 'entity.name')),
        row('a caption run together is no name', 'similarly situated, Plaintiffs, v. SECURUS TECHNOLOGIES, INC., Defendant.',
          lacks('Plaintiffs, v. SECURUS', 'entity.name.type.case')),
      ]);
    });

    describe('Id., supra, signals', () => {
      inBrief([
        row('Id. alone and with a page', '"Threadbare recitals … do not suffice." Id. The court agreed. Id. at 5.',
          exactly('Id.', 'variable.language.id', 'markup.italic'), nth(2, exactly('Id.', 'variable.language.id')),
          exactly('Id. at 5', 'citation.id'), exactly('5', 'pin')),
        row('id. after a signal, several pins', 'See also id. at 4, 7.', exactly('id.', 'variable.language.id'), exactly('4, 7', 'pin'),
          exactly('See also', 'keyword.other.signal')),
        row('Id. in parentheses and Ibid.', '(Id.) Ibid.', exactly('Id.', 'variable.language.id'), exactly('Ibid.', 'variable.language.id')),
        row('supra with a section', 'Wright & Miller, supra, § 2035.',
          exactly('supra', 'variable.language.supra', 'markup.italic'), exactly('Wright & Miller', 'entity.name.type.authority'),
          exactly('Wright & Miller, supra, § 2035', 'citation.supra'), exactly('§', 'keyword.other.section-sign')),
        row('supra note and page', 'Smith, supra note 3, at 12.', exactly('Smith, supra note 3, at 12', 'citation.supra'), exactly('12', 'pin')),
        row('a cross-reference to the brief is no supra cite', 'As discussed supra, the claim fails. See supra Part II.',
          lacks('supra', 'citation', 'variable.language'), nth(2, lacks('supra', 'citation', 'variable.language'))),
        row('not Id. inside words or before letters', 'Idaho law governs; id.x is no cite; Id.Idaho neither; the contract is valid.',
          lacks('Idaho', 'variable.language'), lacks('id.x', 'variable.language'), lacks('Id.Idaho', 'variable.language'),
          lacks('valid.', 'variable.language')),
        row('signals in a string cite', 'Smith v. Jones, 1 F.3d 1 (1993); see also Doe v. Roe, 2 F.3d 2 (1994); but see 28 U.S.C. § 1331.',
          exactly('see also', 'keyword.other.signal'), exactly('but see', 'signal'), lacks('; ', 'signal')),
        row('Compare … with, Accord, E.g., Contra', 'Compare Smith v. Jones, 1 F.3d 1 (1993), with Doe v. Roe, 2 F.3d 2 (1994). Accord Smith, 1 F.3d at 5. E.g., Smith, 1 F.3d at 5. Contra Doe, 2 F.3d at 3.',
          exactly('Compare', 'signal'), exactly('Accord', 'signal'), exactly('E.g.,', 'signal'), exactly('Contra', 'signal'),
          lacks('with', 'signal')),
        row('a signal inside a parenthetical, before a record cite', 'contrary to law. (See Doc. No. 70 at 3–6.) Instead',
          exactly('See', 'signal'), exactly('Doc. No. 70 at 3–6', 'citation.record')),
        row('not a signal: a word ending in see, a verb, a place', 'We foresee Smith v. Jones, 1 F.3d 1 (1993). You will see why. Contra Costa County',
          lacks('foresee', 'signal'), nth(2, lacks('see', 'signal')), lacks('Contra Costa', 'signal')),
      ]);
    });

    describe('statutes, regulations, rules, constitutions, secondary sources', () => {
      inBrief([
        row('a rule and a statute in one string cite', 'contrary to law." Fed. R. Civ. P. 72(a); 28 U.S.C. § 636(b)(1)(A). As',
          exactly('Fed. R. Civ. P. 72(a)', 'markup.underline.link.citation.rule.brief'), exactly('Fed. R. Civ. P.', 'support.type.code'),
          exactly('72(a)', 'constant.numeric.section'),
          exactly('28 U.S.C. § 636(b)(1)(A)', 'markup.underline.link.citation.statute.brief'), exactly('28', 'constant.numeric.title'),
          exactly('U.S.C.', 'support.type.code'), exactly('§', 'keyword.other.section-sign'), exactly('636(b)(1)(A)', 'constant.numeric.section'),
          lacks('; ', 'citation')),
        row('spelled-out rules and a bare Rule', 'moves under Federal Rule of Civil Procedure 72(a) and Rule 26(c), Fed. R. Civ. P., as Local Rule 7.1(d)(1) allows.',
          exactly('Federal Rule of Civil Procedure 72(a)', 'citation.rule'), exactly('Rule 26(c), Fed. R. Civ. P.', 'citation.rule'),
          exactly('Local Rule 7.1(d)(1)', 'citation.rule')),
        row('local rules', 'Civ. L.R. 7.1; CivLR 7.1; L.R. 7-2; S.D. Cal. Civ. R. 7.1; 9th Cir. R. 36-3',
          exactly('Civ. L.R. 7.1', 'citation.rule'), exactly('CivLR 7.1', 'citation.rule'), exactly('L.R. 7-2', 'citation.rule'),
          exactly('S.D. Cal. Civ. R. 7.1', 'citation.rule'), exactly('9th Cir. R. 36-3', 'citation.rule')),
        row('a rule set with its own number is a cite of its own', 'Rule 12(b)(6), Fed. R. Civ. P. 8(a)',
          exactly('Rule 12(b)(6)', 'citation.rule'), exactly('Fed. R. Civ. P. 8(a)', 'citation.rule')),
        row('a bare section is a statute; a section of a contract is not', 'claims under § 1983 and 28 U.S.C. § 1331, but not under § 5 of the contract.',
          exactly('§ 1983', 'citation.statute'), exactly('28 U.S.C. § 1331', 'citation.statute'),
          nth(3, exactly('§', 'keyword.other.section-sign')), lacks('§ 5 of the contract', 'citation')),
        row('a section of a defined agreement is no statute', 'see § 4.2 of the Purchase Agreement', lacks('§ 4.2', 'citation'), exactly('§', 'section-sign')),
        row('California codes, three ways', 'Cal. Civ. Proc. Code § 2025.450; Code of Civil Procedure section 2025.450; (Civ. Code, § 1542.)',
          exactly('Cal. Civ. Proc. Code § 2025.450', 'citation.statute'), exactly('Code of Civil Procedure section 2025.450', 'citation.statute'),
          exactly('Civ. Code, § 1542', 'citation.statute')),
        row('codes cited by number', 'N.Y. C.P.L.R. 3211(a)(7); 815 ILCS 505/2; 42 U.S.C. § 1983 et seq.',
          exactly('N.Y. C.P.L.R. 3211(a)(7)', 'citation.statute'), exactly('815 ILCS 505/2', 'citation.statute'),
          exactly('42 U.S.C. § 1983 et seq.', 'citation.statute')),
        row('regulations', '17 C.F.R. § 240.10b-5; 29 C.F.R. pt. 541; 85 Fed. Reg. 12,345, 12,350 (Mar. 2, 2020).',
          exactly('17 C.F.R. § 240.10b-5', 'citation.statute.regulation'), exactly('29 C.F.R. pt. 541', 'citation.statute.regulation'),
          exactly('85 Fed. Reg. 12,345, 12,350 (Mar. 2, 2020)', 'citation.statute.regulation'), exactly('12,345', 'page')),
        row('a public law', 'Pub. L. No. 100-200, 100 Stat. 300 (1988).', exactly('Pub. L. No. 100-200, 100 Stat. 300 (1988)', 'citation.statute')),
        row('constitutions', 'U.S. Const. art. I, § 8, cl. 3; Cal. Const. art. I, § 7; U.S. Const. amend. XIV, § 1',
          exactly('U.S. Const. art. I, § 8, cl. 3', 'citation.constitution'), exactly('Cal. Const. art. I, § 7', 'citation.constitution'),
          exactly('U.S. Const. amend. XIV, § 1', 'citation.constitution')),
        row('secondary sources', 'Restatement (Second) of Torts § 402A (1965); 8A Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 2035 (3d ed. 2010); 100 Harv. L. Rev. 1, 5 (1987).',
          exactly('Restatement (Second) of Torts § 402A (1965)', 'citation.secondary'),
          exactly('8A Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 2035 (3d ed. 2010)', 'citation.secondary'),
          exactly('Federal Practice and Procedure', 'entity.name.type.title'), exactly('100 Harv. L. Rev. 1, 5 (1987)', 'citation.secondary')),
      ]);
    });

    describe('the record: never an authority scope', () => {
      inBrief([
        row('docket cites', '(Doc. No. 70.) (Doc. 70.) (ECF No. 12-1, at 3.) Dkt. 45; Dkt. No. 45; Docket No. 45; Doc. #45',
          exactly('Doc. No. 70', 'string.other.citation.record'), exactly('Doc. 70', 'citation.record'), exactly('ECF No. 12-1, at 3', 'citation.record'),
          exactly('Dkt. 45', 'citation.record'), exactly('Dkt. No. 45', 'citation.record'), exactly('Docket No. 45', 'citation.record'),
          exactly('Doc. #45', 'citation.record'), lacks('Doc. No. 70', 'markup.underline', 'variable', 'keyword')),
        row('page and line', 'by Plaintiffs. (Doc. No. 82 at 3:20–23.) Defendant', exactly('Doc. No. 82 at 3:20–23', 'citation.record')),
        row('exhibits, declarations, transcripts, the complaint', 'Ex. A; Exh. 3 at 4; Exhibits A and B; (Smith Decl. ¶¶ 3–5.) Compl. ¶ 12; Pl.\'s Mot. at 5; Hr\'g Tr. 45:3-10; Smith Decl. Ex. A; AR 123',
          exactly('Ex. A', 'citation.record'), exactly('Exh. 3 at 4', 'citation.record'), exactly('Exhibits A and B', 'citation.record'),
          exactly('Smith Decl. ¶¶ 3–5', 'citation.record'), exactly('Compl. ¶ 12', 'citation.record'), exactly('Pl.\'s Mot. at 5', 'citation.record'),
          exactly('Hr\'g Tr. 45:3-10', 'citation.record'), exactly('Smith Decl. Ex. A', 'citation.record'), exactly('AR 123', 'citation.record')),
        row('a filing named without a pin is no cite', 'the Smith Decl. shows that Pension Tr. for S. California paid',
          lacks('Smith Decl.', 'citation'), lacks('Pension Tr.', 'citation')),
        row('ex parte and exhibits in words', 'an ex parte application; the exhibit list; Ex. parte', lacks('ex parte', 'citation'), lacks('Ex. parte', 'citation')),
      ]);
    });

    describe('near misses: text that is no citation', () => {
      inBrief([
        row('a date', 'On January 5, 2018, the court ruled.', lacks('January 5, 2018', 'citation')),
        row('money and a percentage', 'damages of $1,500.00 and $2,000, a 45% increase', lacks('$1,500.00', 'citation')),
        row('"Section" spelled out', 'Section 4.2 of the Agreement provides that Section 5 applies.', lacks('Section 4.2', 'citation', 'section-sign'),
          lacks('Section 5', 'citation')),
        row('a caption number', 'Case No.: 16cv1283 JM (MDD)', lacks('Case No.: 16cv1283 JM (MDD)', 'citation')),
        row('U.S. as an adjective', 'In 2010 U.S. citizens voted; the U.S. Supreme Court has held', lacks('2010 U.S.', 'citation')),
        row('a decimal or a long number before a reporter', '1.5 F.3d 200 and 123456 U.S. 602', lacks('1.5 F.3d 200', 'citation'), lacks('123456 U.S. 602', 'citation')),
        row('a reporter with no page', 'see 508 U.S. and others', lacks('508 U.S.', 'citation')),
        row('the word Rule without a number', 'the Rule requires notice; the Federal Rules of Civil Procedure govern', lacks('Rule', 'citation'),
          lacks('Federal Rules of Civil Procedure', 'citation')),
        row('a constitution named without an article', 'the U.S. Const. protects speech', lacks('U.S. Const.', 'citation')),
        row('a sentence ending in So.', 'He said So. 5 people came.', lacks('So. 5', 'citation')),
        row('a phone number and a time', 'call (619) 555-1234 at 10:30 a.m.', lacks('555-1234', 'citation')),
      ]);
    });
  });

  describe('the brief grammar: headings and the page', () => {
    inBrief([
      row('ALL-CAPS headings', 'MEMORANDUM OF POINTS AND AUTHORITIES', exactly('MEMORANDUM OF POINTS AND AUTHORITIES', 'markup.heading', 'entity.name.section')),
      row('LEGAL STANDARD', 'LEGAL STANDARD', exactly('LEGAL STANDARD', 'markup.heading')),
      row('a Roman-numbered heading', 'II. ARGUMENT', exactly('II.', 'punctuation.definition.heading'), exactly('ARGUMENT', 'entity.name.section'),
        exactly('II. ARGUMENT', 'markup.heading')),
      row('a numbered heading', '1. The Order Is Contrary to Law', exactly('1.', 'punctuation.definition.heading'),
        exactly('The Order Is Contrary to Law', 'entity.name.section')),
      row('a sentence is no heading, even with a label', 'A. Plaintiffs filed their complaint on May 5, 2016.', lacks('Plaintiffs filed', 'markup.heading')),
      row('two sentences are no heading', '1. The Order Is Wrong. It Must Be Modified.', lacks('The Order', 'markup.heading')),
      row('capitalised words in a sentence are no heading', 'The Court agreed. ARGUMENT follows.', lacks('ARGUMENT', 'markup.heading')),
      row('a table-of-contents line is no heading', 'ARGUMENT ............................ 5', lacks('ARGUMENT', 'markup.heading')),
      row('the address to the court is no heading', 'TO THE COURT, ALL PARTIES, AND THEIR COUNSEL OF RECORD:', lacks('TO THE COURT', 'markup.heading')),
      row('a caption line ending in a comma is no heading', 'SECURUS TECHNOLOGIES, INC.,', lacks('SECURUS', 'markup.heading')),
      row('a page number line', 'Page 3 of 9', exactly('Page 3 of 9', 'page-furniture')),
      row('an ECF stamp', 'Case 3:16-cv-01283-JM-MDD Document 89 Filed 01/05/18 PageID.1234 Page 1 of 9',
        has('Case 3:16-cv-01283-JM-MDD Document 89', 'comment.other.page-furniture')),
    ]);

    it('looks for headings only after a blank line, as the engine does', () => {
      const { tokens } = tokenize(grammars.brief, 'The parties agree on this much.\nARGUMENT\n\nARGUMENT\nWRAPPED HEADING LINE');
      check('ARGUMENT', tokens[1], lacks('ARGUMENT', 'markup.heading'));
      check('ARGUMENT', tokens[3], exactly('ARGUMENT', 'markup.heading'));
      check('WRAPPED HEADING LINE', tokens[4], exactly('WRAPPED HEADING LINE', 'markup.heading'));
    });

    it('keeps a paragraph going across a page break, and ends it at a blank line', () => {
      const text = '27\tUnless the Order is modified,\n28\tSecurus must produce documents\n- 4 -\n16cv1283 JM (MDD)\n1\tCONCLUSION TO FOLLOW\n2\t\n3\tCONCLUSION';
      const { tokens } = tokenize(grammars.brief, text);
      check('1\tCONCLUSION TO FOLLOW', tokens[4], lacks('CONCLUSION TO FOLLOW', 'markup.heading'));
      check('1\tCONCLUSION TO FOLLOW', tokens[4], has('CONCLUSION TO FOLLOW', 'meta.paragraph'));
      check('3\tCONCLUSION', tokens[6], exactly('CONCLUSION', 'markup.heading'));
    });

    it('ends a page break at the next line when no footer follows, so the text after it is read', () => {
      const { tokens } = tokenize(grammars.brief, '- 3 -\nSee Fed. R. Civ. P. 72(a).');
      check('See Fed. R. Civ. P. 72(a).', tokens[1], exactly('Fed. R. Civ. P. 72(a)', 'citation.rule'));
    });
  });

  describe('the brief grammar: the snippets in snippets/standards.json', () => {
    const snippets = JSON.parse(fs.readFileSync(repoPath('snippets/standards.json'), 'utf8')) as Record<string, { body: string[] }>;
    const body = (name: string) => {
      const entry = Object.entries(snippets).find(([key]) => key.includes(name));
      assert.ok(entry, `no snippet named like ${name}`);
      return entry[1].body.join('\n');
    };
    const rows: [string, Expect[]][] = [
      ['Rule 72(a)', [exactly('Fed. R. Civ. P. 72(a)', 'citation.rule'), exactly('see', 'signal'), exactly('28 U.S.C. § 636(b)(1)(A)', 'citation.statute'),
        exactly('Concrete Pipe & Prods. of Cal., Inc. v. Constr. Laborers Pension Tr. for S. Cal.', 'entity.name.type.case'),
        exactly('Stoba v. Saveology.com, LLC, 2015 WL 5040024, at *4 (S.D. Cal. Aug. 26, 2015)', 'citation.case')]],
      ['Rule 72(b)(3)', [exactly('United States v. Reyna-Tapia, 328 F.3d 1114, 1121 (9th Cir. 2003)', 'citation.case'), lacks('(en banc)', 'citation')]],
      ['Rule 12(b)(6)', [exactly('Ashcroft v. Iqbal', 'entity.name.type.case'), exactly('Bell Atl. Corp. v. Twombly', 'entity.name.type.case'),
        exactly('Id.', 'variable.language.id'), nth(2, exactly('Id.', 'variable.language.id')), lacks('quoting', 'citation')]],
      ['Rule 56', [exactly('Celotex Corp. v. Catrett, 477 U.S. 317, 323 (1986)', 'citation.case'), exactly('Anderson v. Liberty Lobby, Inc.', 'entity.name.type.case'),
        exactly('Id. at 255', 'citation.id')]],
      ['Winter', [exactly('Winter v. Nat. Res. Def. Council, Inc.', 'entity.name.type.case'), exactly('Id. at 22', 'citation.id')]],
      ['abuse of discretion', [exactly('Cooter & Gell v. Hartmarx Corp.', 'entity.name.type.case'), exactly('Koon v. United States', 'entity.name.type.case')]],
      ['de novo review on appeal', [exactly('Pierce v. Underwood, 487 U.S. 552, 558 (1988)', 'citation.case')]],
      ['Rule 26(c)', [exactly('Fed. R. Civ. P. 26(c)(1)', 'citation.rule'), exactly('Rule 26(c)', 'citation.rule'),
        exactly('Seattle Times Co. v. Rhinehart', 'entity.name.type.case'), exactly('Beckman Indus., Inc. v. Int\'l Ins. Co.', 'entity.name.type.case')]],
    ];
    for (const [name, expect] of rows) {
      it(`the ${name} snippet`, () => {
        const text = body(name);
        const { lines, tokens } = tokenize(grammars.brief, text);
        for (const one of expect) {
          const index = lines.findIndex((line) => line.includes(one.text));
          assert.ok(index !== -1, `${JSON.stringify(one.text)} is not in the snippet`);
          check(lines[index], tokens[index], one);
        }
      });
    }
  });

  describe("every example in the engine's tables is coloured as its kind", () => {
    const line = (text: string) => tokenize(grammars.brief, text).tokens[0];
    /** Which occurrence of `part` on the line is the one at `position`. */
    const occurrenceAt = (text: string, part: string, position: number) => {
      let count = 0;
      for (let at = text.indexOf(part); at !== -1 && at <= position; at = text.indexOf(part, at + 1)) count++;
      return count;
    };
    it('every reporter: volume, reporter and page', () => {
      for (const reporter of REPORTERS) {
        const [volume, ...rest] = reporter.example.split(' ');
        const page = rest.pop() as string;
        const text = `See Smith v. Jones, ${reporter.example}, 5 (2000).`;
        const tokens = line(text);
        const pagePosition = text.indexOf(reporter.example) + reporter.example.lastIndexOf(page);
        check(text, tokens, exactly(`Smith v. Jones, ${reporter.example}, 5 (2000)`, 'citation.case'));
        check(text, tokens, exactly('Smith v. Jones', 'entity.name.type.case'));
        check(text, tokens, exactly(volume, 'volume'));
        check(text, tokens, exactly(rest.join(' '), 'reporter'));
        check(text, tokens, nth(occurrenceAt(text, page, pagePosition), exactly(page, 'page')));
      }
    });
    it('every statute and regulation', () => {
      for (const code of CODES) {
        const tokens = line(`See ${code.example}.`);
        check(`See ${code.example}.`, tokens, exactly(code.example, code.kind === 'regulation' ? 'citation.statute.regulation' : 'citation.statute'));
      }
    });
    it('every rule set', () => {
      for (const rules of RULE_SETS) check(`See ${rules.example}.`, line(`See ${rules.example}.`), exactly(rules.example, 'citation.rule'));
    });
    it('every constitution and journal', () => {
      for (const jurisdiction of CONSTITUTION_JURISDICTIONS) {
        const text = `${jurisdiction} Const. art. I, § 7`;
        check(`See ${text}.`, line(`See ${text}.`), exactly(text, 'citation.constitution'));
      }
      for (const journal of JOURNALS) {
        const text = `100 ${journal} 1, 5 (1990)`;
        check(`See ${text}.`, line(`See ${text}.`), exactly(text, 'citation.secondary'));
      }
    });
  });

  describe('the Markdown injection', () => {
    inFile('examples/romero-v-securus/well-drafted/motion-for-relief.md', () => grammars.markdown, [
      row('a rule and a statute in a paragraph', 'moves under Federal Rule of Civil Procedure 72(a) and 28 U.S.C. § 636(b)(1)(A) for relief',
        exactly('Federal Rule of Civil Procedure 72(a)', 'citation.rule', 'meta.paragraph.markdown'),
        exactly('28 U.S.C. § 636(b)(1)(A)', 'citation.statute'), exactly('Doc. No. 66', 'citation.record')),
      row('a case name in Markdown emphasis, its cite after it', 'A district judge will modify or set aside',
        exactly('Bare Escentuals Beauty, Inc. v. Costco Wholesale Corp.', 'entity.name.type.case', 'markup.italic.markdown'),
        exactly('2007 WL 4357672, at *2 (S.D. Cal. Dec. 11, 2007)', 'citation.case'), exactly('2007', 'volume'), nth(2, exactly('2007', 'year')),
        exactly('Fed. R. Civ. P. 72(a)', 'citation.rule'), lacks('_', 'entity.name.type.case')),
      row('Id. in emphasis inside parentheses', 'respectfully suggest[ed]', exactly('Id.', 'variable.language.id', 'markup.italic.markdown')),
      row('a short cite after an emphasised short name', 'it requires "a definite and firm conviction',
        exactly('508 U.S. at 623', 'citation.case'), has('Guzman', 'markup.italic.markdown'), lacks('Guzman', 'citation', 'entity.name'), exactly('2014 WL 3407242, at *4', 'citation.case')),
      row('a signal in emphasis', 'the definite and firm conviction of error that the standard requires.',
        exactly('See', 'keyword.other.signal', 'markup.italic.markdown'), exactly('508 U.S. at 623', 'citation.case')),
      row('a Markdown heading is not a brief heading, and holds no cite', '## LEGAL STANDARD',
        has('LEGAL STANDARD', 'markup.heading.markdown'), lacks('LEGAL STANDARD', 'markup.heading.brief', 'citation')),
      row('a footnote definition', '[^1]: Securus does not ask', exactly('Doc. No. 66 at 4', 'citation.record')),
      row('front matter is not read', 'court: S.D. Cal.', lacks('S.D. Cal.', 'citation', 'court')),
    ]);

    const markdown = [
      '---',
      'cite: 28 U.S.C. § 1331',
      '---',
      '',
      'See Fed. R. Civ. P. 72(a); `Fed. R. Civ. P. 26(c)` is in code.',
      '',
      '```',
      'Fed. R. Civ. P. 72(a); 28 U.S.C. § 636',
      '```',
      '',
      '    Indented code: Fed. R. Civ. P. 72(a)',
      '',
      '<!-- brieflint-disable reply-new-relief: see Doc. No. 5 -->',
      '',
      '# ARGUMENT under Rule 72(a)',
      '',
      '_Concrete Pipe_, 508 U.S. at 623. (_Id._)',
    ].join('\n');
    let lines: string[];
    let tokens: Token[][];
    before(() => {
      ({ lines, tokens } = tokenize(grammars.markdown, markdown));
    });
    const at = (index: number, ...expect: Expect[]) => () => {
      for (const one of expect) check(lines[index], tokens[index], one);
    };
    it('does not colour front matter', at(1, lacks('28 U.S.C. § 1331', 'citation', 'section-sign')));
    it('colours a paragraph that opens with a signal, but not the inline code in it', at(4,
      exactly('Fed. R. Civ. P. 72(a)', 'citation.rule'), exactly('See', 'signal', 'meta.paragraph.markdown'),
      lacks('Fed. R. Civ. P. 26(c)', 'citation'), has('Fed. R. Civ. P. 26(c)', 'markup.inline.raw')));
    it('does not colour a fenced code block', at(7, lacks('Fed. R. Civ. P. 72(a); 28 U.S.C. § 636', 'citation', 'section-sign'),
      has('Fed. R. Civ. P. 72(a)', 'markup.fenced_code')));
    it('does not colour an indented code block', at(10, lacks('Fed. R. Civ. P. 72(a)', 'citation'), has('Fed. R. Civ. P. 72(a)', 'markup.raw.block')));
    it('does not colour an HTML comment', at(12, lacks('Doc. No. 5', 'citation'), lacks('see', 'signal')));
    it('colours a cite in a Markdown heading', at(14, exactly('Rule 72(a)', 'citation.rule'), has('ARGUMENT', 'markup.heading.markdown')));
    it('colours the text after a code block', at(16, exactly('508 U.S. at 623', 'citation.case'), exactly('Id.', 'variable.language.id')));
  });

  describe('in a theme coloured like Dark+ (a few of its rules)', () => {
    const COLORS = { text: '#D4D4D4', comment: '#6A9955', string: '#CE9178', number: '#B5CEA8', keyword: '#569CD6', type: '#4EC9B0', variable: '#9CDCFE', heading: '#6796E6' };
    const theme: textmate.IRawTheme = {
      name: 'dark-plus-like',
      settings: [
        { settings: { foreground: COLORS.text, background: '#1E1E1E' } },
        { scope: 'comment', settings: { foreground: COLORS.comment } },
        { scope: 'string', settings: { foreground: COLORS.string } },
        { scope: 'constant.numeric', settings: { foreground: COLORS.number } },
        { scope: 'keyword', settings: { foreground: COLORS.keyword } },
        { scope: ['entity.name.type', 'support.type'], settings: { foreground: COLORS.type } },
        { scope: 'variable', settings: { foreground: COLORS.variable } },
        { scope: 'markup.heading', settings: { foreground: COLORS.heading } },
        { scope: 'markup.italic', settings: { fontStyle: 'italic' } },
        { scope: 'markup.underline', settings: { fontStyle: 'underline' } },
      ],
    };
    const ITALIC = 1;
    const UNDERLINE = 4;
    let styleOf: (line: string, text: string) => { color: string; fontStyle: number };
    before(async () => {
      const registry = new textmate.Registry({
        onigLib: Promise.resolve({
          createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
          createOnigString: (text: string) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName) => (scopeName === 'text.brief' ? textmate.parseRawGrammar(fs.readFileSync(repoPath(BRIEF_GRAMMAR_PATH), 'utf8'), BRIEF_GRAMMAR_PATH) : null),
        theme,
      });
      const grammar = await registry.loadGrammar('text.brief');
      if (!grammar) throw new Error('the brief grammar did not load');
      const colorMap = registry.getColorMap();
      styleOf = (line, text) => {
        const { tokens } = grammar.tokenizeLine2(line, textmate.INITIAL);
        const offset = line.indexOf(text);
        let metadata = tokens[1];
        for (let i = 0; i < tokens.length; i += 2) if (tokens[i] <= offset) metadata = tokens[i + 1];
        // vscode-textmate's encoding: font style in bits 11-14, foreground colour id in bits 15-23.
        return { color: colorMap[(metadata >>> 15) & 0x1ff].toUpperCase(), fontStyle: (metadata >>> 11) & 0xf };
      };
    });
    const line = 'See Smith v. Jones, 100 F.3d 200 (9th Cir. 1996); (Doc. No. 66 at 4.) Id. at 5.';
    const cases: [string, string, keyof typeof COLORS, number][] = [
      [line, 'See', 'keyword', ITALIC],
      [line, 'Smith v. Jones', 'type', ITALIC],
      [line, '100', 'number', UNDERLINE],
      [line, 'F.3d', 'type', UNDERLINE],
      [line, '9th Cir.', 'text', UNDERLINE],
      [line, 'Doc. No. 66 at 4', 'string', 0],
      [line, 'Id.', 'variable', ITALIC],
      [line, ' at 5', 'text', UNDERLINE],
      ['12\tARGUMENT', '12', 'comment', 0],
      ['12\tARGUMENT', 'ARGUMENT', 'heading', 0],
      ['Romero v. Securus is a class action.', 'Romero', 'type', ITALIC],
    ];
    for (const [text, part, color, fontStyle] of cases) {
      it(`${JSON.stringify(part)}: ${color}${fontStyle === ITALIC ? ', italic' : fontStyle === UNDERLINE ? ', underlined' : ''}`, () => {
        assert.deepEqual(styleOf(text, part), { color: COLORS[color], fontStyle });
      });
    }
  });

  describe('linear time on adversarial lines', function () {
    // The point: a pattern that backtracks over a run (a name read back without bound, a volume tried at every digit)
    // takes minutes on these lines. In linear time each takes milliseconds; 2 seconds is a generous bound.
    // GRAMMAR_TIMINGS=1 prints every time.
    this.timeout(120_000);
    const adversarial: Record<string, string> = {
      ...LINE_RUNS,
      'capitals': runOf('ARGUMENT '),
      'parties with connectors': runOf('Smith of the '),
      'entity suffixes': runOf('Acme, Inc., '),
      'courts that never close': `1 U.S. 1 (${runOf('S.D. ')}`,
      'enumerated labels': runOf('A. '),
      'lowercase words': runOf('the court held '),
      'signals': runOf('See '),
      'emphasis marks': runOf('_Smith_ '),
    };
    const timings: string[] = [];
    after(() => {
      if (process.env.GRAMMAR_TIMINGS) console.log(`\n${timings.join('\n')}`);
    });
    for (const [name, text] of Object.entries(adversarial)) {
      for (const [grammarName, grammar] of [['brief', () => grammars.brief], ['markdown + injection', () => grammars.markdown]] as const) {
        it(`${name} ×${ADVERSARIAL_LENGTH.toLocaleString('en-US')} characters, ${grammarName}`, () => {
          const started = process.hrtime.bigint();
          const result = grammar().tokenizeLine(text, textmate.INITIAL);
          const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
          timings.push(`${elapsed.toFixed(1).padStart(8)} ms  ${grammarName}: ${name}`);
          assert.equal(result.stoppedEarly, false);
          assert.ok(elapsed < LINEAR_TIME_BOUND_MS, `took ${elapsed.toFixed(0)} ms`);
        });
      }
    }
  });

  describe('the grammar files', () => {
    const read = (file: string) => JSON.parse(fs.readFileSync(repoPath(file), 'utf8')) as Record<string, unknown>;
    const files = Object.values(GRAMMAR_FILES);

    it(`${BRIEF_GRAMMAR_PATH} is what scripts/brief-grammar.ts makes (refresh: npx tsc -p . && node out/scripts/brief-grammar.js)`, () => {
      assert.deepEqual(read(BRIEF_GRAMMAR_PATH), JSON.parse(JSON.stringify(briefGrammar())));
    });

    it('the injection includes the citations of the brief grammar and is injected into Markdown, not into code', () => {
      const injection = read(INJECTION_PATH);
      assert.equal(injection.scopeName, 'text.brief.citations.injection');
      assert.deepEqual(injection.patterns, [{ include: 'text.brief#citations' }]);
      const selector = String(injection.injectionSelector);
      // No `L:` (left priority): with it the injection would win the tie at the start of a line against Markdown's
      // zero-width paragraph begin, and a line that opens with a cite would lose its paragraph, emphasis and inline code.
      assert.match(selector, /^text\.html\.markdown /);
      for (const excluded of ['markup.fenced_code', 'markup.raw.block', 'markup.inline.raw', 'comment', 'meta.embedded.block.frontmatter']) {
        assert.ok(selector.split(/\s+/).includes(`-${excluded}`), `the selector does not exclude ${excluded}`);
      }
    });

    it('every include resolves: a repository rule of its own grammar, or of a grammar that exists', () => {
      const grammarsByScope = new Map(files.map((file) => {
        const grammar = read(file);
        return [String(grammar.scopeName), grammar];
      }));
      const dangling: string[] = [];
      const visit = (node: unknown, grammar: Record<string, unknown>, where: string): void => {
        if (Array.isArray(node)) node.forEach((child, i) => visit(child, grammar, `${where}[${i}]`));
        if (node === null || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if (key === 'include' && typeof value === 'string') {
            const [scope, rule] = value.startsWith('#') ? [String(grammar.scopeName), value.slice(1)] : value.split('#');
            if (scope === '$self' || scope === '$base') continue;
            const target = grammarsByScope.get(scope);
            const repository = target?.repository as Record<string, unknown> | undefined;
            if (!target || (rule !== undefined && !repository?.[rule])) dangling.push(`${where}: ${value}`);
          } else {
            visit(value, grammar, `${where}.${key}`);
          }
        }
      };
      for (const [scope, grammar] of grammarsByScope) visit(grammar, grammar, scope);
      assert.deepEqual(dangling, []);
      assert.ok((grammarsByScope.get('text.brief')?.repository as Record<string, unknown>).citations, 'text.brief has no repository.citations');
    });

    it('every regex compiles in Oniguruma, and every capture number names a group of its regex', () => {
      const failures: string[] = [];
      const visit = (node: unknown, where: string): void => {
        if (Array.isArray(node)) node.forEach((child, i) => visit(child, `${where}[${i}]`));
        if (node === null || typeof node !== 'object') return;
        const rule = node as Record<string, unknown>;
        const capturesOf: Record<string, string[]> = { match: ['captures'], begin: ['beginCaptures', 'captures'], end: ['endCaptures', 'captures'], while: ['whileCaptures'] };
        for (const key of ['match', 'begin', 'end', 'while']) {
          const source = rule[key];
          if (typeof source !== 'string') continue;
          try {
            new oniguruma.OnigScanner([source]).dispose();
          } catch (error) {
            failures.push(`${where}.${key}: ${(error as Error).message}`);
          }
          const groups = countGroups(source);
          for (const captures of capturesOf[key]) {
            for (const index of Object.keys((rule[captures] as Record<string, unknown> | undefined) ?? {})) {
              if (Number(index) > groups) failures.push(`${where}.${captures}[${index}]: ${key} has ${groups} groups`);
            }
          }
        }
        for (const [key, value] of Object.entries(rule)) if (key !== 'match') visit(value, `${where}.${key}`);
      };
      for (const file of files) visit(read(file), file);
      assert.deepEqual(failures, []);
    });

    it('package.json contributes both grammars under their own scope names, and the language configuration', () => {
      const manifest = read('package.json') as {
        contributes: { grammars: { scopeName: string; path: string; language?: string; injectTo?: string[] }[]; languages: { id: string; configuration?: string }[] };
      };
      const brief = manifest.contributes.grammars.find((grammar) => grammar.scopeName === 'text.brief');
      const injection = manifest.contributes.grammars.find((grammar) => grammar.scopeName === 'text.brief.citations.injection');
      assert.equal(brief?.path.replace(/^\.\//, ''), BRIEF_GRAMMAR_PATH);
      assert.equal(brief?.language, 'brief');
      assert.equal(injection?.path.replace(/^\.\//, ''), INJECTION_PATH);
      assert.deepEqual(injection?.injectTo, ['text.html.markdown']);
      const language = manifest.contributes.languages.find((entry) => entry.id === 'brief');
      assert.equal(language?.configuration?.replace(/^\.\//, ''), 'language-configuration.json');
    });

    it('syntaxes/README.md lists every scope the brief grammar assigns, and no other', () => {
      const readme = fs.readFileSync(repoPath('syntaxes/README.md'), 'utf8');
      const assigned = new Set(Object.values(SCOPES).flatMap((scope) => scope.split(' ')));
      const used = new Set<string>();
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(visit);
        if (node === null || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'name' || key === 'contentName') && typeof value === 'string') value.split(' ').forEach((scope) => used.add(scope));
          else visit(value);
        }
      };
      visit(read(BRIEF_GRAMMAR_PATH));
      used.delete('Brief');
      assert.deepEqual([...used].sort(), [...assigned].sort(), 'SCOPES and the grammar disagree');
      const documented = new Set([...readme.matchAll(/`([a-z][a-z.-]*\.brief)`/g)].map((match) => match[1]));
      documented.delete('text.brief');
      assert.deepEqual([...documented].sort(), [...assigned].sort());
    });
  });

  describe('language-configuration.json', () => {
    const configuration = JSON.parse(fs.readFileSync(repoPath('language-configuration.json'), 'utf8')) as {
      comments?: unknown;
      brackets: string[][];
      autoClosingPairs: { open: string; close: string }[];
      surroundingPairs: string[][];
      wordPattern: string;
    };

    it('declares no comments (briefs have none) and pairs parentheses, brackets and quotes', () => {
      assert.equal(configuration.comments, undefined);
      assert.deepEqual(configuration.brackets, [['(', ')'], ['[', ']']]);
      const pairs = configuration.autoClosingPairs.map((pair) => pair.open + pair.close);
      assert.deepEqual(pairs, ['()', '[]', '""', '“”', '‘’']);
      assert.ok(!pairs.includes("''"), "an apostrophe is not a quote to close: Defendant's");
      assert.deepEqual(configuration.surroundingPairs.map((pair) => pair.join('')), pairs);
    });

    it('reads words with apostrophes, hyphens, decimals and initials whole', () => {
      const words = 'Securus’s non-dispositive motion under § 2025.450 and U.S.C., e.g., Defendant\'s'.match(new RegExp(configuration.wordPattern, 'g'));
      assert.deepEqual(words, ['Securus’s', 'non-dispositive', 'motion', 'under', '2025.450', 'and', 'U.S.C.', 'e.g.', "Defendant's"]);
    });
  });
});
