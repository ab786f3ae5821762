import { missingStandardOfReview } from '../../server/src/rules/missing-standard-of-review';
import { snippetText, RULE_72A_SNIPPET } from '../../server/src/standards-of-review';
import { runRuleTests } from './rule-tester';

const lines = (...text: string[]) => text.join('\n');
const STANDARD = snippetText(RULE_72A_SNIPPET);
const OBJECTION_TITLE = '# DEFENDANT\'S MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE';

runRuleTests(missingStandardOfReview, {
  valid: [
    {
      name: 'an objection that argues the order was clearly erroneous',
      path: 'objection.md',
      code: lines(OBJECTION_TITLE, '', '## ARGUMENT', '', 'The Order was clearly erroneous. Fed. R. Civ. P. 72(a).'),
    },
    {
      name: 'an objection that argues the order was contrary to law, split over two lines',
      path: 'objection.txt',
      code: lines('OBJECTION TO MAGISTRATE JUDGE\'S ORDER', '', 'ARGUMENT', '', 'The Order is contrary', 'to law. Fed. R. Civ. P. 72(a).'),
    },
    {
      name: 'an objection to a report and recommendation (Rule 72(b), de novo) is not checked',
      path: 'objection.txt',
      code: lines('OBJECTIONS TO MAGISTRATE JUDGE\'S REPORT AND RECOMMENDATION', '', 'ARGUMENT', '', 'The Court reviews de novo. Fed. R. Civ. P. 72(b)(3).'),
    },
    {
      name: 'a motion that is not an objection is not checked',
      path: 'motion.md',
      code: lines('# DEFENDANT\'S MOTION TO COMPEL', '', '## ARGUMENT', '', 'See Fed. R. Civ. P. 26(c)(1).'),
    },
    {
      name: 'an objection whose kind comes from front matter and which states the standard',
      path: 'objection.md',
      code: lines('---', 'kind: objection', '---', '# Brief', '', '## LEGAL STANDARD', '', 'The Court sets aside an order that is clearly erroneous. Fed. R. Civ. P. 72(a).'),
    },
  ],
  invalid: [
    {
      name: 'the motion for relief in Romero, which never addresses the standard',
      path: 'objection.md',
      code: lines(OBJECTION_TITLE, '', '## BACKGROUND', '', 'The parties assumed a protective order existed. (Doc. No. 59.)', '', '## ARGUMENT', '', 'Plaintiffs\' position is gamesmanship.'),
      errors: [{ messageId: 'missing', range: [0, 2, 0, OBJECTION_TITLE.length] }],
      output: lines(OBJECTION_TITLE, '', '## BACKGROUND', '', 'The parties assumed a protective order existed. (Doc. No. 59.)', '', '## LEGAL STANDARD', '', STANDARD, '', '## ARGUMENT', '', 'Plaintiffs\' position is gamesmanship.'),
    },
    {
      name: 'plain text: the LEGAL STANDARD section goes before the ARGUMENT heading, unnumbered',
      path: 'objection.txt',
      code: lines('OBJECTION TO MAGISTRATE JUDGE\'S ORDER', '', 'ARGUMENT', '', 'The parties could not agree.'),
      errors: [{ messageId: 'missing', range: [0, 0, 0, 37] }],
      output: lines('OBJECTION TO MAGISTRATE JUDGE\'S ORDER', '', 'LEGAL STANDARD', '', STANDARD, '', 'ARGUMENT', '', 'The parties could not agree.'),
    },
    {
      name: 'an existing LEGAL STANDARD section that misses the standard gets it as its first paragraph',
      path: 'objection.md',
      code: lines(OBJECTION_TITLE, '', '## LEGAL STANDARD', '', 'The Court may reconsider the Order.', '', '## ARGUMENT', '', 'The parties could not agree.'),
      errors: [{ messageId: 'missing', range: [0, 2, 0, OBJECTION_TITLE.length] }],
      output: lines(OBJECTION_TITLE, '', '## LEGAL STANDARD', '', STANDARD, '', 'The Court may reconsider the Order.', '', '## ARGUMENT', '', 'The parties could not agree.'),
    },
    {
      name: 'CRLF line endings are kept in the inserted section',
      path: 'objection.txt',
      code: ['OBJECTION TO MAGISTRATE JUDGE\'S ORDER', '', 'ARGUMENT', '', 'The parties could not agree.'].join('\r\n'),
      errors: [{ messageId: 'missing', range: [0, 0, 0, 37] }],
      output: ['OBJECTION TO MAGISTRATE JUDGE\'S ORDER', '', 'LEGAL STANDARD', '', STANDARD, '', 'ARGUMENT', '', 'The parties could not agree.'].join('\r\n'),
    },
    {
      name: 'the phrase in a caption-less brief body is what counts, not the words "non-dispositive order"',
      path: 'objection.md',
      code: lines('---', 'kind: objection', '---', '', '## ARGUMENT', '', 'The non-dispositive order should be modified.'),
      errors: [{ messageId: 'missing', range: [4, 0, 4, 11] }],
      output: lines('---', 'kind: objection', '---', '', '## LEGAL STANDARD', '', STANDARD, '', '## ARGUMENT', '', 'The non-dispositive order should be modified.'),
    },
  ],
});
