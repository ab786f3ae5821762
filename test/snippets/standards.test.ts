import * as assert from 'node:assert/strict';
import { findCitations } from '../../server/src/engine/citations/recognize';
import type { CitationParts } from '../../server/src/engine/citations/types';
import { RULE_72A_SNIPPET, snippetText } from '../../server/src/standards-of-review';
import standards from '../../snippets/standards.json';

// The authorities brieflint writes into a brief, each checked against the reporter by a person before it was listed
// here. A snippet may cite nothing else: a new or changed cite fails this test until it has been checked and added.
const VETTED_CASES: readonly CitationParts[] = [
  { caseName: 'Concrete Pipe & Prods. of Cal., Inc. v. Constr. Laborers Pension Tr. for S. Cal.', volume: '508', reporter: 'U.S.', page: '602', pin: '623', court: 'U.S.', year: '1993' },
  { caseName: 'Stoba v. Saveology.com, LLC', volume: '2015', reporter: 'WL', page: '5040024', pin: '*4', court: 'S.D. Cal.', year: '2015' },
  { caseName: 'United States v. Reyna-Tapia', volume: '328', reporter: 'F.3d', page: '1114', pin: '1121', court: '9th Cir.', year: '2003' },
  { caseName: 'Ashcroft v. Iqbal', volume: '556', reporter: 'U.S.', page: '662', pin: '678', court: 'U.S.', year: '2009' },
  { caseName: 'Bell Atl. Corp. v. Twombly', volume: '550', reporter: 'U.S.', page: '544', pin: '570', court: 'U.S.', year: '2007' },
  { caseName: 'Celotex Corp. v. Catrett', volume: '477', reporter: 'U.S.', page: '317', pin: '323', court: 'U.S.', year: '1986' },
  { caseName: 'Anderson v. Liberty Lobby, Inc.', volume: '477', reporter: 'U.S.', page: '242', pin: '248', court: 'U.S.', year: '1986' },
  { caseName: 'Winter v. Nat. Res. Def. Council, Inc.', volume: '555', reporter: 'U.S.', page: '7', pin: '20', court: 'U.S.', year: '2008' },
  { caseName: 'Cooter & Gell v. Hartmarx Corp.', volume: '496', reporter: 'U.S.', page: '384', pin: '405', court: 'U.S.', year: '1990' },
  { caseName: 'Koon v. United States', volume: '518', reporter: 'U.S.', page: '81', pin: '100', court: 'U.S.', year: '1996' },
  { caseName: 'Pierce v. Underwood', volume: '487', reporter: 'U.S.', page: '552', pin: '558', court: 'U.S.', year: '1988' },
  { caseName: 'Seattle Times Co. v. Rhinehart', volume: '467', reporter: 'U.S.', page: '20', pin: '36', court: 'U.S.', year: '1984' },
  { caseName: "Beckman Indus., Inc. v. Int'l Ins. Co.", volume: '966', reporter: 'F.2d', page: '470', pin: '476', court: '9th Cir.', year: '1992' },
];
const VETTED_ENACTMENTS = ['Fed. R. Civ. P. 72(a)', '28 U.S.C. § 636(b)(1)(A)', 'Fed. R. Civ. P. 72(b)(3)', '28 U.S.C. § 636(b)(1)', 'Fed. R. Civ. P. 56(a)', 'Fed. R. Civ. P. 26(c)(1)', 'Rule 26(c)'];

type Snippet = { prefix: string[]; description: string; body: string[] };
const snippets = Object.entries(standards as Record<string, Snippet>);
const key = (parts: CitationParts) => JSON.stringify(parts, Object.keys(parts).sort());

describe('standard-of-review snippets', () => {
  it('offer the eight standards an attorney reaches for', () => {
    const names = snippets.map(([name]) => name).join('\n');
    for (const standard of ['Rule 72(a)', 'Rule 72(b)(3)', 'Rule 12(b)(6)', 'Rule 56', 'preliminary injunction', 'abuse of discretion', 'de novo review on appeal', 'Rule 26(c)']) {
      assert.ok(names.includes(standard), `no snippet for ${standard}`);
    }
  });

  it('have prefixes no other snippet uses, all starting sor- or standard-', () => {
    const prefixes = snippets.flatMap(([, snippet]) => snippet.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const prefix of prefixes) assert.match(prefix, /^(sor|standard)-[a-z0-9-]+$/);
  });

  for (const [name, snippet] of snippets) {
    describe(name, () => {
      const text = snippetText(name as keyof typeof standards);
      const citations = findCitations(text);

      it('cites only vetted cases, each read whole: name, volume, reporter, page, pin, court and year', () => {
        const vetted = new Set(VETTED_CASES.map(key));
        const cases = citations.filter((citation) => citation.kind === 'case');
        assert.ok(cases.length > 0, 'a standard of review cites at least one case');
        for (const citation of cases) assert.ok(vetted.has(key(citation.parts)), `unvetted or misread citation: ${citation.text}`);
      });

      it('cites only vetted rules and statutes', () => {
        for (const citation of citations.filter((c) => c.kind === 'rule' || c.kind === 'statute')) {
          assert.ok(VETTED_ENACTMENTS.includes(citation.text), `unvetted enactment: ${citation.text}`);
        }
      });

      it('leaves a numbered tab stop for the argument, and no stray $ that VS Code would read as a variable', () => {
        const body = snippet.body.join('\n');
        const stops = [...body.matchAll(/\$\{(\d+):[^}]*\}/g)].map((match) => Number(match[1]));
        assert.deepEqual(stops, stops.map((_, i) => i + 1));
        assert.equal(body.replace(/\$\{\d+:[^}]*\}/g, '').includes('$'), false);
      });

      it('quotes evenly: every opening quotation mark is closed', () => {
        assert.equal((text.match(/"/g) ?? []).length % 2, 0);
      });
    });
  }

  it('every vetted case is still cited by some snippet, so the list holds nothing unreviewed', () => {
    const cited = new Set(snippets.flatMap(([name]) => findCitations(snippetText(name as keyof typeof standards)).map((c) => key(c.parts))));
    for (const parts of VETTED_CASES) assert.ok(cited.has(key(parts)), `${parts.caseName} is vetted but cited nowhere`);
  });

  it('the missing-standard-of-review fix and the Rule 72(a) snippet are one text', () => {
    assert.match(snippetText(RULE_72A_SNIPPET), /"is clearly erroneous or is contrary to law\." Fed\. R\. Civ\. P\. 72\(a\)/);
  });
});
