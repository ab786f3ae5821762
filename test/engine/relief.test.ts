import * as assert from 'node:assert/strict';
import { parseBrief } from '../../server/src/engine/parse';
import { findReliefRequests, reliefTerms } from '../../server/src/engine/relief';
import { splitSentences } from '../../server/src/engine/sentences';

const lines = (...text: string[]) => text.join('\n');
const REPLY_TITLE = '# REPLY IN SUPPORT OF DEFENDANT\'S MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE';

function requestsIn(...body: string[]): string[] {
  return findReliefRequests(parseBrief('reply.md', lines(REPLY_TITLE, '', ...body))).map((request) => request.text);
}

describe('relief requests', () => {
  it('finds the phrasings attorneys use to ask', () => {
    const asks = [
      'Defendant asks the Court to modify the Order.',
      'Defendant respectfully requests that the Court set aside the Order.',
      'The Court should enter the proposed protective order.',
      'In the alternative, the parties should be directed to meet and confer.',
      'Securus respectfully moves for relief from the Order.',
      'Defendant seeks an order compelling production.',
    ];
    for (const ask of asks) assert.deepEqual(requestsIn('## ARGUMENT', '', `Some context here. ${ask} More argument follows.`), [ask], ask);
  });

  it('reads every sentence of the conclusion that names relief as the prayer', () => {
    assert.deepEqual(requestsIn('## CONCLUSION', '', 'For these reasons, the motion has merit. The Order should be vacated and the parties directed to confer.'),
      ['The Order should be vacated and the parties directed to confer.']);
  });

  it('does not take a report of what the other side or the court asked for a request', () => {
    assert.deepEqual(requestsIn('## ARGUMENT', '', 'Plaintiffs ask the Court to deny the motion. The Magistrate Judge asked the parties to confer.'), []);
  });

  it('marks a request that answers the opposition', () => {
    const brief = parseBrief('reply.md', lines(REPLY_TITLE, '', '## ARGUMENT', '', 'In response to Plaintiffs\' opposition, Defendant asks the Court to enter the version proposed by Plaintiffs.'));
    const [request] = findReliefRequests(brief);
    assert.equal(request.answersOpposition, true);
  });

  it('compares what is asked, not the boilerplate around it', () => {
    const negotiate = reliefTerms('Defendant respectfully requests that the Court modify the Order to require the parties to negotiate a protective order.');
    const enterVersion = reliefTerms('Defendant asks the Court to modify the Order to enter the version proposed by Plaintiffs.');
    assert.deepEqual(negotiate, ['requir', 'negoti', 'protec']);
    assert.deepEqual(enterVersion, ['versio', 'propos']);
  });

  it('finds requests in a notice of motion before the first heading, on pleading paper', () => {
    const brief = parseBrief('motion.txt', lines(
      '1\tUNITED STATES DISTRICT COURT', '2\t', '3\tROMERO,\tCase No.: 16cv1283 JM (MDD)', '4\tv.\tMOTION TO COMPEL', '5\tSECURUS.\t', '6\t',
      '7\tPLEASE TAKE NOTICE that Plaintiffs will and hereby do move the Court', '8\tto compel production. Plaintiffs will and hereby does move for costs.', '9\t',
      '10\tINTRODUCTION',
    ));
    assert.deepEqual(findReliefRequests(brief).map((request) => request.text), [
      'PLEASE TAKE NOTICE that Plaintiffs will and hereby do move the Court to compel production.',
      'Plaintiffs will and hereby does move for costs.',
    ]);
  });
});

describe('sentences', () => {
  const split = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));

  it('does not end a sentence at the abbreviations of a citation', () => {
    assert.deepEqual(split('See Concrete Pipe & Prods. of Cal., Inc. v. Constr. Laborers Pension Tr. for S. Cal., 508 U.S. 602, 623 (1993). The Order stands.'),
      ['See Concrete Pipe & Prods. of Cal., Inc. v. Constr. Laborers Pension Tr. for S. Cal., 508 U.S. 602, 623 (1993).', 'The Order stands.']);
  });

  it('ends a sentence after a closing record cite and across a line break', () => {
    assert.deepEqual(split('It was "just plain wrong." (Doc. No. 66 at 4.)\nThe court agreed! Did it?'),
      ['It was "just plain wrong."', '(Doc. No. 66 at 4.)', 'The court agreed!', 'Did it?']);
  });
});
