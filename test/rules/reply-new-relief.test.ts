import { replyNewRelief } from '../../server/src/rules/reply-new-relief';
import { readFileSync } from 'node:fs';
import { repoPath } from '../repo';
import { rangeOfText, runRuleTests } from './rule-tester';

const lines = (...text: string[]) => text.join('\n');

const MOTION = lines(
  '---', 'kind: objection', 'case: 16cv1283', '---',
  '# DEFENDANT\'S MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE', '',
  '## ARGUMENT', '', 'The Order is clearly erroneous. Fed. R. Civ. P. 72(a).', '',
  '## CONCLUSION', '',
  'Defendant respectfully requests that the Court modify the Order to require the parties to negotiate in good faith to finalize the terms of an agreed protective order and, if no agreement is reached by a date certain, to submit competing protective orders.',
);

const REPLY_HEAD = ['---', 'kind: reply', 'case: 16cv1283', '---', '# REPLY IN SUPPORT OF DEFENDANT\'S MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE', '', '## CONCLUSION', ''];
const REPEATED = 'Defendant again asks the Court to modify the Order to require the parties to negotiate in good faith to finalize an agreed protective order.';
const NEW_RELIEF = 'In the alternative, Defendant asks the Court to modify the Order to enter the version proposed by Plaintiffs.';
const ANSWERING = 'In response to Plaintiffs\' opposition, which proposes a protective order of its own, Defendant asks the Court to enter the version proposed by Plaintiffs.';

const reply = (...body: string[]) => lines(...REPLY_HEAD, ...body);

const example = (name: string) => readFileSync(repoPath('examples/romero-v-securus', name), 'utf8');
const PLEADING_REPLY = example('defendant-reply.txt');
const PLEADING_REQUEST = "In the alternative, Securus asks the Court to modify the\n5\tMagistrate Judge's Order to enter the version proposed by Plaintiffs.";

runRuleTests(replyNewRelief, {
  valid: [
    {
      name: 'a reply that repeats the motion\'s request',
      path: 'papers/reply.md',
      code: reply(REPEATED),
      others: { 'papers/motion.md': MOTION },
    },
    {
      name: 'a reply that only asks the court to grant the motion',
      path: 'papers/reply.md',
      code: reply('For these reasons, Defendant respectfully requests that the Court grant its motion.'),
      others: { 'papers/motion.md': MOTION },
    },
    {
      name: 'a reply that reports what the other side asked is not making a request',
      path: 'papers/reply.md',
      code: lines(...REPLY_HEAD.slice(0, 6), '## ARGUMENT', '', 'Plaintiffs ask the Court to enter their own version of a protective order. Fed. R. Civ. P. 26(c)(1).'),
      others: { 'papers/motion.md': MOTION },
    },
    {
      name: 'a motion is not a reply',
      path: 'papers/motion.md',
      code: MOTION,
    },
  ],
  invalid: [
    {
      name: 'Romero footnote 1: the reply asks the court to enter the version proposed by Plaintiffs',
      path: 'papers/reply.md',
      code: reply(`${REPEATED} ${NEW_RELIEF}`),
      others: { 'papers/motion.md': MOTION },
      errors: [{
        messageId: 'newRelief',
        data: { motion: 'motion.md', asked: NEW_RELIEF },
        range: rangeOfText(reply(`${REPEATED} ${NEW_RELIEF}`), NEW_RELIEF),
        suggestions: [reply(`${REPEATED} `)],
      }],
      output: null,
    },
    {
      name: 'the motion is found by the front matter\'s relative path, in another folder',
      path: 'papers/reply/reply.md',
      code: lines('---', 'kind: reply', 'motion: ../motion/opening.md', '---', '', '## CONCLUSION', '', NEW_RELIEF),
      others: { 'papers/motion/opening.md': MOTION, 'papers/reply/other-motion.md': lines('---', 'kind: motion', 'case: 16cv1283', '---', 'Defendant asks the Court to enter the version proposed by Plaintiffs.') },
      errors: [{
        messageId: 'newRelief',
        data: { motion: 'opening.md' },
        range: [7, 0, 7, NEW_RELIEF.length],
        suggestions: [lines('---', 'kind: reply', 'motion: ../motion/opening.md', '---', '', '## CONCLUSION', '', '')],
      }],
      output: null,
    },
    {
      name: 'a new request that expressly answers the opposition is the order\'s exception, said so',
      path: 'papers/reply.md',
      code: reply(ANSWERING),
      others: { 'papers/motion.md': MOTION },
      errors: [{
        messageId: 'answersOpposition',
        severity: 'information',
        range: rangeOfText(reply(ANSWERING), ANSWERING),
        suggestions: [reply('')],
      }],
      output: null,
    },
    {
      name: 'no motion among the files: a weaker finding that says how to link it',
      path: 'papers/reply.md',
      code: reply(NEW_RELIEF),
      errors: [{
        messageId: 'motionNotFound',
        data: { reason: 'no motion or objection in case 16cv1283 was checked with this reply' },
        severity: 'information',
        range: rangeOfText(reply(NEW_RELIEF), NEW_RELIEF),
      }],
      output: null,
    },
    {
      name: 'front matter naming a motion that was not checked with the reply',
      path: 'reply.md',
      code: lines('---', 'kind: reply', 'motion: ./missing.md', '---', '', NEW_RELIEF),
      errors: [{
        messageId: 'motionNotFound',
        data: { reason: 'the front matter names the motion "./missing.md", but no such file was checked with this reply' },
        severity: 'information',
        range: [5, 0, 5, NEW_RELIEF.length],
      }],
      output: null,
    },
    {
      name: 'a motion in another case is not the opening motion',
      path: 'papers/reply.md',
      code: reply(NEW_RELIEF),
      others: { 'papers/motion.md': MOTION.replace('16cv1283', '17cv0042') },
      errors: [{ messageId: 'motionNotFound', severity: 'information', range: rangeOfText(reply(NEW_RELIEF), NEW_RELIEF) }],
      output: null,
    },
    {
      name: 'on pleading paper, removing the request keeps the line break and the next line\'s margin number',
      path: 'examples/defendant-reply.txt',
      code: PLEADING_REPLY,
      others: { 'examples/defendant-motion.txt': example('defendant-motion.txt') },
      errors: [{
        messageId: 'newRelief',
        data: { motion: 'defendant-motion.txt', asked: PLEADING_REQUEST.replace('\n5\t', ' ') },
        range: rangeOfText(PLEADING_REPLY, PLEADING_REQUEST),
        suggestions: [PLEADING_REPLY.replace(PLEADING_REQUEST, '\n5\t')],
      }],
      output: null,
    },
  ],
});
