import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../server/src/config';
import { FRONT_MATTER_ID, lintWorkspace, INTERNAL_ERROR_ID } from '../../server/src/lint';
import { RULES } from '../../server/src/rules';
import { repoPath } from '../repo';

const lines = (...text: string[]) => text.join('\n');
const OBJECTION = lines('# MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE', '', '## ARGUMENT', '', 'Plaintiffs are playing games. (Doc. No. 70.)');
const EXAMPLES = 'examples/romero-v-securus';
const example = (name: string) => ({ path: `${EXAMPLES}/${name}`, text: readFileSync(repoPath(EXAMPLES, name), 'utf8') });

const codes = (text: string, config?: unknown) =>
  lintWorkspace([{ path: 'objection.md', text }], parseConfig(config).config)[0].findings.map((f) => `${f.ruleId}:${f.severity}`);

describe('lint', () => {
  it('runs every rule that applies, sorted by position', () => {
    assert.deepEqual(codes(OBJECTION), ['missing-standard-of-review:error', 'argument-without-authority:warning']);
  });

  it('turns a rule off or changes its severity by configuration', () => {
    assert.deepEqual(codes(OBJECTION, { rules: { 'missing-standard-of-review': 'off', 'argument-without-authority': 'error' } }),
      ['argument-without-authority:error']);
  });

  it('turns rules off for one file by front matter and by Markdown comment', () => {
    assert.deepEqual(codes(`---\nkind: objection\nbrieflint: { disable: [missing-standard-of-review] }\n---\n${OBJECTION}`), ['argument-without-authority:warning']);
    assert.deepEqual(codes(`<!-- brieflint-disable argument-without-authority -->\n${OBJECTION}`), ['missing-standard-of-review:error']);
    assert.deepEqual(codes(`<!-- brieflint-disable -->\n${OBJECTION}`), []);
  });

  it('reads a disable comment at the end of a plain-text or pleading-paper brief, where the editor writes one', () => {
    const motion = example('defendant-motion.txt');
    const before = lintWorkspace([motion])[0].findings.map((f) => f.ruleId);
    assert.ok(before.includes('missing-standard-of-review'));
    const disabled = lintWorkspace([{ ...motion, text: `${motion.text}<!-- brieflint-disable missing-standard-of-review -->\n` }])[0];
    assert.deepEqual(disabled.findings.map((f) => f.ruleId), before.filter((id) => id !== 'missing-standard-of-review'));
    assert.equal(disabled.brief.form, 'pleading');
  });

  it('says when front matter cannot be read or names a rule that does not exist, instead of ignoring it', () => {
    const broken = lintWorkspace([{ path: 'motion.md', text: '---\nkind: [unclosed\n---\n# MOTION TO COMPEL\n' }])[0].findings;
    assert.deepEqual(broken.map((f) => [f.ruleId, f.severity, f.range.start.line]), [[FRONT_MATTER_ID, 'warning', 0]]);
    assert.match(broken[0].message, /^brieflint: the front matter is not valid YAML/);
    const unknown = lintWorkspace([{ path: 'motion.md', text: '---\nbrieflint: { disable: [no-such-rule] }\n---\n# MOTION TO COMPEL\n' }])[0].findings;
    assert.deepEqual(unknown.map((f) => f.message), [
      'brieflint: unknown rule "no-such-rule" in a brieflint disable list (known: argument-without-authority, missing-standard-of-review, reply-new-relief)',
    ]);
  });

  it('a rule that throws becomes one finding and the other rules still report', () => {
    const rule = RULES.find((r) => r.id === 'argument-without-authority')!;
    const original = rule.check;
    (rule as { check: typeof original }).check = () => { throw new Error('boom'); };
    try {
      const findings = lintWorkspace([{ path: 'objection.md', text: OBJECTION }])[0].findings;
      assert.deepEqual(findings.map((f) => f.ruleId), [INTERNAL_ERROR_ID, 'missing-standard-of-review']);
      assert.match(findings[0].message, /argument-without-authority failed on this text and was skipped \(boom\)/);
    } finally {
      (rule as { check: typeof original }).check = original;
    }
  });

  it('the Romero examples: the defendant\'s papers show all three rules, the well-drafted motion none', () => {
    const results = lintWorkspace([example('defendant-motion.txt'), example('defendant-reply.txt'), example('well-drafted/motion-for-relief.md')]);
    const byFile = Object.fromEntries(results.map((r) => [r.path.split('/').pop(), [...new Set(r.findings.map((f) => f.ruleId))].sort()]));
    assert.deepEqual(byFile, {
      'defendant-motion.txt': ['argument-without-authority', 'missing-standard-of-review'],
      'defendant-reply.txt': ['argument-without-authority', 'reply-new-relief'],
      'motion-for-relief.md': [],
    });
    const reply = results[1];
    assert.equal(reply.motion?.found && reply.motion.motion.path, `${EXAMPLES}/defendant-motion.txt`);
    const newRelief = reply.findings.filter((f) => f.ruleId === 'reply-new-relief');
    assert.equal(newRelief.length, 1);
    assert.match(newRelief[0].message, /enter the version proposed by Plaintiffs/);
  });

  it('gives the same result twice', () => {
    const files = [example('defendant-motion.txt'), example('defendant-reply.txt')];
    const strip = (results: ReturnType<typeof lintWorkspace>) => results.map((r) => r.findings);
    assert.deepEqual(strip(lintWorkspace(files)), strip(lintWorkspace(files)));
  });
});

describe('configuration', () => {
  it('accepts valid settings', () => {
    const { config, warnings } = parseConfig({ rules: { 'reply-new-relief': 'hint' }, argumentHeadings: ['ARGUMENT', 'Points'] });
    assert.deepEqual(warnings, []);
    assert.deepEqual(config.rules, { 'reply-new-relief': 'hint' });
    assert.deepEqual(config.argumentHeadings, ['ARGUMENT', 'Points']);
  });

  it('falls back to defaults with one clear warning for each bad value', () => {
    const { config, warnings } = parseConfig({ rules: { 'reply-new-relief': 'loud', 'no-such-rule': 'off' }, argumentHeadings: 'ARGUMENT', extra: 1 });
    assert.deepEqual(config.rules, {});
    assert.equal(config.argumentHeadings.includes('DISCUSSION'), true);
    assert.deepEqual(warnings, [
      '`rules.reply-new-relief` must be one of off, error, warning, information, hint, not "loud"; using its default',
      'unknown rule `no-such-rule` in `rules` (known: argument-without-authority, missing-standard-of-review, reply-new-relief)',
      '`argumentHeadings` must be a non-empty list of headings such as ARGUMENT; using the defaults',
      'unknown setting `extra` (known: rules, argumentHeadings)',
    ]);
    assert.equal(parseConfig('yes').warnings.length, 1);
    assert.deepEqual(parseConfig(null).warnings, []);
  });
});
