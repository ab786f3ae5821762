import * as assert from 'node:assert/strict';
import { describeBriefStatus, escapeMarkdown } from '../../client/src/status-text';

describe('the status bar text for a brief', () => {
  it('names a motion, an opposition or an objection by its kind', () => {
    const status = describeBriefStatus({ kind: 'objection', kindFrom: 'title', title: 'OBJECTION TO MAGISTRATE JUDGE\'S ORDER' });
    assert.equal(status.text, '$(law) objection');
    assert.match(status.tooltip, /judging by its title/);
  });

  it('names the motion a reply is compared with', () => {
    const status = describeBriefStatus({
      kind: 'reply', kindFrom: 'title', motion: { found: true, uri: 'file:///w/defendant-motion.txt', name: 'defendant-motion.txt', via: 'case number' },
    });
    assert.equal(status.text, '$(law) reply · vs. defendant-motion.txt');
    assert.match(status.tooltip, /found by its case number/);
  });

  it('says when a reply has no motion, why, and how to link one', () => {
    const status = describeBriefStatus({
      kind: 'reply', kindFrom: 'front matter',
      motion: { found: false, reason: 'this reply has no case number and its front matter names no motion', howToLink: 'Name the motion in front matter (`motion: ./motion.md`).' },
    });
    assert.equal(status.text, '$(law) reply · no motion found');
    assert.match(status.tooltip, /No motion found: this reply has no case number and its front matter names no motion\./);
    assert.ok(status.tooltip.includes('`motion: ./motion.md`'), 'the server\'s Markdown is kept as Markdown');
  });

  it('says how to set the kind when it is unknown', () => {
    const status = describeBriefStatus({ kind: 'unknown', kindFrom: 'none' });
    assert.equal(status.text, '$(law) brief kind unknown');
    assert.match(status.tooltip, /kind: motion/);
  });

  it('escapes Markdown in text that comes from the brief', () => {
    assert.equal(escapeMarkdown('my_motion*[draft].md'), 'my\\_motion\\*\\[draft\\].md');
  });
});
