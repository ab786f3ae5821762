import { argumentWithoutAuthority } from '../../server/src/rules/argument-without-authority';
import { runRuleTests } from './rule-tester';

const lines = (...text: string[]) => text.join('\n');

const TITLE = '# DEFENDANT\'S MOTION TO COMPEL';

runRuleTests(argumentWithoutAuthority, {
  valid: [
    {
      name: 'an argument that cites a Supreme Court case',
      path: 'motion.md',
      code: lines(TITLE, '', '## ARGUMENT', '', 'Review is deferential. Concrete Pipe & Prods. of Cal., Inc. v. Constr. Laborers Pension Tr. for S. Cal., 508 U.S. 602, 623 (1993).'),
    },
    {
      name: 'an argument that cites a federal rule beside the record',
      path: 'motion.txt',
      code: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'ARGUMENT', '', 'The order must be set aside. Fed. R. Civ. P. 72(a); (Doc. No. 66 at 4.)'),
    },
    {
      name: 'authority only in a footnote that the argument calls',
      path: 'motion.md',
      code: lines(TITLE, '', '## ARGUMENT', '', 'The parties could not agree (Doc. No. 59).[^1]', '', '[^1]: See 28 U.S.C. § 636(b)(1)(A).'),
    },
    {
      name: 'every sub-part of the argument cites authority',
      path: 'motion.md',
      code: lines(TITLE, '', '## ARGUMENT', '', '### A. The Order Is Contrary to Law', '', 'See Fed. R. Civ. P. 26(c)(1).', '', '### B. Good Cause Exists', '', 'See Fed. R. Civ. P. 26(c)(1); Doc. No. 70.'),
    },
    {
      name: 'a background section that cites only the record is not argument',
      path: 'motion.md',
      code: lines(TITLE, '', '## BACKGROUND', '', 'The court entered its order. (Doc. No. 66.)', '', '## ARGUMENT', '', 'See Fed. R. Civ. P. 72(a).'),
    },
    {
      name: 'a table of contents line repeating the heading is not a section',
      path: 'motion.txt',
      code: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'TABLE OF CONTENTS', '', 'ARGUMENT ................................ 2', '', 'ARGUMENT', '', 'See Fed. R. Civ. P. 72(a).'),
    },
    {
      name: 'a brief with no argument section is not this rule\'s business',
      path: 'motion.md',
      code: lines(TITLE, '', '## BACKGROUND', '', 'The parties met and conferred. (Doc. No. 59.)'),
    },
    {
      name: 'rule 72(a) split across a line break still counts',
      path: 'motion.txt',
      code: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'ARGUMENT', '', 'The order must be set aside under Fed. R. Civ.', 'P. 72(a).'),
    },
  ],
  invalid: [
    {
      name: 'an argument that cites only the record (the order\'s own facts)',
      path: 'motion.md',
      code: lines(TITLE, '', '## ARGUMENT', '', 'Plaintiffs\' position is nothing more than gamesmanship. (Doc. No. 70.)', '', 'The Court should modify the Order.'),
      errors: [{ messageId: 'onlyRecord', data: { heading: 'ARGUMENT', record: 'Doc. No. 70' }, range: [2, 0, 2, 11] }],
      output: lines(TITLE, '', '## ARGUMENT', '', 'Plaintiffs\' position is nothing more than gamesmanship. (Doc. No. 70.) [citation needed]', '', 'The Court should modify the Order.'),
    },
    {
      name: 'an argument that cites nothing at all',
      path: 'motion.txt',
      code: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'ARGUMENT', '', 'Plaintiffs\' position is nothing more than gamesmanship.', '', 'CONCLUSION', '', 'The motion should be granted.'),
      errors: [{ messageId: 'noCitation', data: { heading: 'ARGUMENT' }, range: [2, 0, 2, 8] }],
      output: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'ARGUMENT', '', 'Plaintiffs\' position is nothing more than gamesmanship. [citation needed]', '', 'CONCLUSION', '', 'The motion should be granted.'),
    },
    {
      name: 'only the sub-part without authority is flagged',
      path: 'motion.md',
      code: lines(TITLE, '', '## ARGUMENT', '', '### A. The Order Is Contrary to Law', '', 'See Fed. R. Civ. P. 72(a).', '', '### B. Plaintiffs Are Playing Games', '', 'They refused every draft. (ECF No. 12 at 3.)'),
      errors: [{ messageId: 'onlyRecord', data: { heading: 'B. Plaintiffs Are Playing Games', record: 'ECF No. 12 at 3' }, range: [8, 0, 8, 35] }],
      output: lines(TITLE, '', '## ARGUMENT', '', '### A. The Order Is Contrary to Law', '', 'See Fed. R. Civ. P. 72(a).', '', '### B. Plaintiffs Are Playing Games', '', 'They refused every draft. (ECF No. 12 at 3.) [citation needed]'),
    },
    {
      name: 'a footnote that stands inside the argument but is called from the background does not support the argument',
      path: 'motion.md',
      code: lines(TITLE, '', '## BACKGROUND', '', 'The order issued.[^1]', '', '## ARGUMENT', '', 'The parties could not agree. (Doc. No. 59.)', '', '[^1]: See Fed. R. Civ. P. 72(a).'),
      errors: [{ messageId: 'onlyRecord', range: [6, 0, 6, 11] }],
      output: lines(TITLE, '', '## BACKGROUND', '', 'The order issued.[^1]', '', '## ARGUMENT', '', 'The parties could not agree. (Doc. No. 59.) [citation needed]', '', '[^1]: See Fed. R. Civ. P. 72(a).'),
    },
    {
      name: 'argument parts headed I., II. with no ARGUMENT heading',
      path: 'motion.txt',
      code: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'I. INTRODUCTION', '', 'This motion follows a discovery dispute.', '', 'II. THE ORDER SHOULD BE MODIFIED', '', 'The parties could not agree. (Doc. No. 59.)', '', 'III. CONCLUSION', '', 'The Court should grant the motion.'),
      errors: [{ messageId: 'onlyRecord', data: { heading: 'II. THE ORDER SHOULD BE MODIFIED' }, range: [6, 0, 6, 32] }],
      output: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'I. INTRODUCTION', '', 'This motion follows a discovery dispute.', '', 'II. THE ORDER SHOULD BE MODIFIED', '', 'The parties could not agree. (Doc. No. 59.) [citation needed]', '', 'III. CONCLUSION', '', 'The Court should grant the motion.'),
    },
    {
      name: 'a heading with a subtitle after a colon',
      path: 'motion.txt',
      code: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'ARGUMENT: THE ORDER SHOULD BE MODIFIED', '', 'The parties could not agree.'),
      errors: [{ messageId: 'noCitation', range: [2, 0, 2, 38] }],
      output: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'ARGUMENT: THE ORDER SHOULD BE MODIFIED', '', 'The parties could not agree. [citation needed]'),
    },
    {
      name: 'the argument part of a memorandum of points and authorities',
      path: 'motion.txt',
      code: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'MEMORANDUM OF POINTS AND AUTHORITIES', '', 'I. INTRODUCTION', '', 'This motion follows a discovery dispute.', '', 'II. THE ORDER IS WRONG', '', 'The parties tried. (Dkt. 45.)'),
      errors: [{ messageId: 'onlyRecord', data: { heading: 'II. THE ORDER IS WRONG', record: 'Dkt. 45' }, range: [8, 0, 8, 22] }],
      output: lines('DEFENDANT\'S MOTION TO COMPEL', '', 'MEMORANDUM OF POINTS AND AUTHORITIES', '', 'I. INTRODUCTION', '', 'This motion follows a discovery dispute.', '', 'II. THE ORDER IS WRONG', '', 'The parties tried. (Dkt. 45.) [citation needed]'),
    },
    {
      name: 'pleading paper: the range skips the margin number and the fix lands in the text',
      path: 'motion.txt',
      code: lines('1\tUNITED STATES DISTRICT COURT', '2\tSOUTHERN DISTRICT OF CALIFORNIA', '3\t', '4\tROMERO,\tCase No.: 16cv1283 JM (MDD)', '5\tv.\tDEFENDANT\'S MOTION TO COMPEL', '6\tSECURUS,\t', '7\t', '8\tARGUMENT', '9\t', '10\tPlaintiffs\' position is gamesmanship. (Doc. No. 70.)', '11\t'),
      errors: [{ messageId: 'onlyRecord', range: [7, 2, 7, 10] }],
      output: lines('1\tUNITED STATES DISTRICT COURT', '2\tSOUTHERN DISTRICT OF CALIFORNIA', '3\t', '4\tROMERO,\tCase No.: 16cv1283 JM (MDD)', '5\tv.\tDEFENDANT\'S MOTION TO COMPEL', '6\tSECURUS,\t', '7\t', '8\tARGUMENT', '9\t', '10\tPlaintiffs\' position is gamesmanship. (Doc. No. 70.) [citation needed]', '11\t'),
    },
    {
      name: 'an empty argument section is flagged without a fix',
      path: 'motion.md',
      code: lines(TITLE, '', '## ARGUMENT', '', '## CONCLUSION', '', 'Grant the motion.'),
      errors: [{ messageId: 'noCitation', range: [2, 0, 2, 11] }],
      output: null,
    },
  ],
});
