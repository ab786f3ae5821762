import * as assert from 'node:assert/strict';
import { findStandardOfReview, STANDARDS_OF_REVIEW } from '../../client/src/standards';
import standards from '../../snippets/standards.json';

describe('the client\'s standard-of-review list', () => {
  it('offers every snippet, labelled without the "Standard of review: " every name starts with', () => {
    assert.deepEqual(STANDARDS_OF_REVIEW.map((standard) => standard.name), Object.keys(standards));
    for (const standard of STANDARDS_OF_REVIEW) {
      assert.ok(!standard.label.startsWith('Standard of review'), standard.label);
      assert.ok(standard.name.endsWith(standard.label));
    }
  });

  it('keeps each body in snippet syntax, lines joined with \\n', () => {
    const rule72a = findStandardOfReview('sor-72a');
    assert.ok(rule72a);
    assert.equal(rule72a.body, standards[rule72a.name as keyof typeof standards].body.join('\n'));
    assert.match(rule72a.body, /clearly erroneous or is contrary to law/);
    assert.match(rule72a.body, /\$\{1:/);
  });

  it('finds a standard by its name, its label or a prefix, ignoring case; nothing for anything else', () => {
    const rule72a = findStandardOfReview('sor-72a');
    assert.equal(findStandardOfReview(rule72a!.name), rule72a);
    assert.equal(findStandardOfReview(`  ${rule72a!.label.toUpperCase()} `), rule72a);
    assert.equal(findStandardOfReview('standard-clearly-erroneous'), rule72a);
    assert.equal(findStandardOfReview('sor-56')?.label, 'summary judgment (Rule 56)');
    assert.equal(findStandardOfReview('sor'), undefined);
    assert.equal(findStandardOfReview(''), undefined);
  });
});
