import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseBrief } from '../../server/src/engine/parse';
import { resolveIdCitations } from '../../server/src/engine/resolve';
import type { Citation } from '../../server/src/engine/citations/types';
import { repoPath } from '../repo';

/** Every citation in the Romero order, in order, with its kind: the issue's own acceptance test for the recognizer. */
const EXPECTED: [Citation['kind'], string][] = [
  ['record', 'Doc. No. 70'],
  ['record', 'Doc. No. 66'],
  ['record', 'Doc. No. 81'],
  ['rule', 'Local Rule 7.1(d)(1)'],
  ['record', 'Doc. No. 62-1 at 1'],
  ['record', 'Doc. No. 59'],
  ['record', 'Doc. No. 82 at 3:20–23'],
  ['record', 'Doc. No. 66'],
  ['record', 'Doc. No. 66 at 4'],
  ['rule', 'Rule 26(c), Fed. R. Civ. P.'],
  ['rule', 'Rule 26(c)(1)'],
  ['id', 'Id.'],
  ['record', 'Doc. No. 70'],
  ['rule', 'Fed. R. Civ. P. 72(a)'],
  ['statute', '28 U.S.C. § 636(b)(1)(A)'],
  ['case', 'Bare Escentuals Beauty, Inc. v. Costco Wholesale Corp., 2007 WL 4357672, at *2 (S.D. Cal. Dec. 11, 2007)'],
  ['case', 'Paramount Pictures Corp. v. Replay TV, 2002 WL 32151632, at *1 (C.D. Cal. May 30, 2002)'],
  ['case', 'Guzman v. Bridgepoint Educ., Inc., 2014 WL 3407242, at *4 (S.D. Cal. July 10, 2014)'],
  ['case', 'Concrete Pipe & Prod. of California, Inc. v. Constr. Laborers Pension Tr. for S. California, 508 U.S. 602, 623 (1993)'],
  ['case', 'Stoba v. Saveology.com, LLC, 2015 WL 5040024, at *4 (S.D. Cal. Aug. 26, 2015)'],
  ['record', 'Doc. No. 70 at 3–6'],
  ['case', 'Concrete Pipe & Prod. of California, Inc. v. Constr. Laborers Pension Tr. for S. California, 508 U.S. 602, 623 (1993)'],
];

describe('every citation in the Romero order', () => {
  const brief = parseBrief('order.txt', readFileSync(repoPath('test/fixtures/order/romero-v-securus-order.txt'), 'utf8'));

  it('is found, in order, with its kind and its text read through the <u> tags and margin numbers', () => {
    assert.deepEqual(brief.citations.map((c) => [c.kind, c.text]), EXPECTED);
  });

  it('points at the right place in the file', () => {
    for (const citation of brief.citations) {
      const inFile = brief.source.slice(citation.span.start, citation.span.end).replace(/<\/?u>/g, '').replace(/\s+/g, ' ').replace(/ (?=,)/g, '');
      assert.equal(inFile, citation.text);
    }
  });

  it('counts only the record cites as not authority', () => {
    // The order's (Id.) follows a block quote of the magistrate judge that cites Rule 26(c)(1); with no quotation marks
    // in the converted text to tell the quote apart, Id. takes that rule's standing.
    const notAuthority = brief.citations.filter((c) => !c.authority).map((c) => c.text);
    assert.deepEqual(notAuthority, EXPECTED.filter(([kind]) => kind === 'record').map(([, text]) => text));
  });

  it('reads the signal and the parts of a Westlaw cite', () => {
    const see = brief.citations.find((c) => c.text === 'Doc. No. 70 at 3–6');
    assert.equal(see?.signal, 'See');
    const guzman = brief.citations.find((c) => c.text.startsWith('Guzman'));
    assert.deepEqual(guzman?.parts, { caseName: 'Guzman v. Bridgepoint Educ., Inc.', volume: '2014', reporter: 'WL', page: '3407242', pin: '*4', court: 'S.D. Cal.', year: '2014' });
  });
});

describe('Id. resolution', () => {
  const cite = (kind: Citation['kind'], authority: boolean): Citation => ({ kind, authority, span: { start: 0, end: 1 }, text: kind, parts: {} });

  it('gives Id. the standing of the citation before it', () => {
    const resolved = resolveIdCitations([cite('id', true), cite('case', true), cite('id', true), cite('record', false), cite('id', true), cite('id', true)]);
    assert.deepEqual(resolved.map((c) => c.authority), [true, true, true, false, false, false]);
  });
});
