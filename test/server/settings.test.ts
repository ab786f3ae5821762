import * as assert from 'node:assert/strict';
import { DEFAULT_ARGUMENT_HEADINGS } from '../../server/src/engine/brief';
import { DEFAULT_DEBOUNCE_MS, readSettings } from '../../server/src/lsp/settings';

describe('editor settings', () => {
  it('takes rule severities, argument headings and the debounce as VS Code sends them', () => {
    const { settings, warnings } = readSettings({
      rules: { 'argument-without-authority': 'error', 'reply-new-relief': 'off' },
      argumentHeadings: ['DISCUSSION'],
      debounceMs: 0,
      languages: ['brief'],
      trace: { server: 'verbose' },
    });
    assert.deepEqual(warnings, []);
    assert.deepEqual(settings.config.rules, { 'argument-without-authority': 'error', 'reply-new-relief': 'off' });
    assert.deepEqual(settings.config.argumentHeadings, ['DISCUSSION']);
    assert.equal(settings.debounceMs, 0);
  });

  it('uses the defaults when the editor sends nothing (Neovim and Eglot answer null)', () => {
    for (const nothing of [null, undefined]) {
      const { settings, warnings } = readSettings(nothing);
      assert.deepEqual(warnings, []);
      assert.equal(settings.debounceMs, DEFAULT_DEBOUNCE_MS);
      assert.deepEqual(settings.config.argumentHeadings, DEFAULT_ARGUMENT_HEADINGS);
    }
  });

  const invalid: [string, unknown, RegExp][] = [
    ['a section that is not an object', 'fast', /settings must be an object/],
    ['an unknown severity', { rules: { 'reply-new-relief': 'loud' } }, /`brieflint\.rules\.reply-new-relief` must be one of off, error, warning, information, hint, not "loud"/],
    ['an unknown rule', { rules: { 'no-such-rule': 'off' } }, /unknown rule `no-such-rule`/],
    ['a negative debounce', { debounceMs: -5 }, /`brieflint\.debounceMs` must be a number of milliseconds from 0 to 5000, not -5/],
    ['a debounce given as text', { debounceMs: '200' }, /not "200"/],
    ['an empty heading list', { argumentHeadings: [] }, /`brieflint\.argumentHeadings` must be a non-empty list/],
  ];
  for (const [what, section, message] of invalid) {
    it(`names ${what} in one warning and keeps the defaults for it`, () => {
      const { settings, warnings } = readSettings(section);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], message);
      assert.deepEqual(settings.config.rules, {});
      assert.equal(settings.debounceMs, DEFAULT_DEBOUNCE_MS);
      assert.deepEqual(settings.config.argumentHeadings, DEFAULT_ARGUMENT_HEADINGS);
    });
  }
});
