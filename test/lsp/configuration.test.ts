import * as assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/config';
import { ANSWER_WITH_ERROR, copyExamples, LspClient, MOTION, quietPeriod, removeWorkspaces, REPLY, stopAllServers, type ExampleWorkspace, type StartOptions } from './client';
import { assertDiagnosticsMatchFindings, engineFindings, type OpenText } from './expected';

const RULE = 'argument-without-authority';

describe('LSP: configuration', () => {
  let examples: ExampleWorkspace;
  let motion: OpenText;
  let reply: OpenText;
  before(() => {
    examples = copyExamples();
    motion = { uri: examples.uri(MOTION), text: examples.text(MOTION) };
    reply = { uri: examples.uri(REPLY), text: examples.text(REPLY) };
  });
  afterEach(stopAllServers);
  after(removeWorkspaces);

  async function startWithExamples(options: StartOptions): Promise<LspClient> {
    const client = await LspClient.start(options);
    client.open(motion.uri, motion.text);
    client.open(reply.uri, reply.text);
    return client;
  }

  /** The engine's findings for the reply under these settings (the `brieflint` section's engine part). */
  function expected(settings: unknown) {
    return engineFindings([motion, reply], reply.uri, parseConfig(settings).config);
  }

  it('asks workspace/configuration for the "brieflint" section although the client did not declare the capability (Neovim 0.7 answers anyway)', async () => {
    const client = await LspClient.start({ declareConfiguration: false });
    const request = await client.waitFor('a workspace/configuration request', () => client.configurationRequests[0]);
    assert.ok(request.items.some((item) => item.section === 'brieflint'), `asked for ${JSON.stringify(request.items)}`);
  });

  it(`push: turning ${RULE} off through didChangeConfiguration re-pushes the open documents without its diagnostics`, async () => {
    const client = await startWithExamples({ initializationOptions: { debounceMs: 0 } });
    assert.ok((await client.waitForPublish(reply.uri)).diagnostics.some((d) => d.code === RULE), `${RULE} is reported by default`);
    const since = client.published.length;
    const settings = { rules: { [RULE]: 'off' }, debounceMs: 0 };
    await client.changeSettings(settings);
    const { diagnostics } = await client.waitForPublish(reply.uri, { since });
    assert.ok(!diagnostics.some((d) => d.code === RULE), `${RULE} is off`);
    assertDiagnosticsMatchFindings(diagnostics, expected(settings), reply.text, 'with the rule off');
    const motionAfter = await client.waitForPublish(motion.uri, { since });
    assert.ok(!motionAfter.diagnostics.some((d) => d.code === RULE), 'every open document is re-linted, not only the one being edited');
  });

  it(`pull: setting ${RULE} to error asks the client to refresh, and the pulled diagnostics have severity 1 (Error)`, async () => {
    const client = await startWithExamples({ pull: true });
    assert.ok((await client.pull(reply.uri)).filter((d) => d.code === RULE).every((d) => d.severity === 2), 'a warning by default');
    const refreshes = client.refreshRequests;
    const settings = { rules: { [RULE]: 'error' } };
    await client.changeSettings(settings);
    await client.waitFor('workspace/diagnostic/refresh after the settings changed', () => (client.refreshRequests > refreshes ? true : undefined));
    const diagnostics = await client.pull(reply.uri);
    const ruled = diagnostics.filter((d) => d.code === RULE);
    assert.ok(ruled.length > 0 && ruled.every((d) => d.severity === 1), `every ${RULE} diagnostic is an error: ${JSON.stringify(ruled.map((d) => d.severity))}`);
    assertDiagnosticsMatchFindings(diagnostics, expected(settings), reply.text, 'with the rule an error');
    assert.deepEqual(client.published, [], 'still never pushed to a pull client');
  });

  it('argumentHeadings from the settings decide which sections are argued, as in the engine', async () => {
    const settings = { argumentHeadings: ['ARGUMENT', 'INTRODUCTION'] };
    const client = await startWithExamples({ pull: true, settings });
    const diagnostics = await client.pull(reply.uri);
    assertDiagnosticsMatchFindings(diagnostics, expected(settings), reply.text, 'with INTRODUCTION as an argument heading');
    assert.notDeepEqual(expected(settings).map((f) => f.ruleId), expected(undefined).map((f) => f.ruleId), 'the setting makes a difference here');
  });

  it('brieflint.debounceMs from workspace/configuration sets how long pushes wait after a change', async () => {
    const client = await startWithExamples({ settings: { debounceMs: 600 } });
    await client.waitForPublish(reply.uri);
    const changedAt = Date.now();
    client.change(reply.uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.waitForPublish(reply.uri);
    const waited = Date.now() - changedAt;
    assert.ok(waited >= 590, `pushed ${waited} ms after the change; debounceMs is 600`);
  });

  describe('invalid settings: the defaults and one warning, never a crash', () => {
    const invalid: [string, unknown][] = [
      ['an unknown severity, an unknown rule, a heading list that is a string and a negative debounce', { rules: { [RULE]: 'loud', 'no-such-rule': 'error' }, argumentHeadings: 'ARGUMENT', debounceMs: -1 }],
      ['a section that is a string', 'loud'],
      ['rules that are a list', { rules: ['off'] }],
    ];
    for (const [what, settings] of invalid) {
      it(`${what}: exactly one window/showMessage warning, and the default analysis`, async () => {
        const client = await startWithExamples({ pull: true, settings });
        const warning = await client.waitForShowMessage('a warning about the settings');
        assert.equal(warning.type, 2, `a Warning (2): ${JSON.stringify(warning)}`);
        assert.match(warning.message, /brieflint/i);
        assertDiagnosticsMatchFindings(await client.pull(reply.uri), expected(undefined), reply.text, 'with invalid settings');
        await quietPeriod(200);
        assert.equal(client.messages.length, 1, `one warning, not one per problem or per document: ${JSON.stringify(client.messages)}`);
      });
    }

    it('the warning names each offending setting', async () => {
      const client = await startWithExamples({ pull: true, settings: invalid[0]![1] });
      const { message } = await client.waitForShowMessage('the settings warning');
      for (const name of [RULE, 'no-such-rule', 'argumentHeadings', 'debounceMs']) assert.ok(message.includes(name), `"${name}" in: ${message}`);
    });

    it('invalid settings sent again after a didChangeConfiguration do not crash the server, and valid ones then apply', async () => {
      const client = await startWithExamples({ pull: true, settings: { rules: { [RULE]: 42 } } });
      await client.waitForShowMessage('the settings warning');
      await client.changeSettings({ rules: { [RULE]: { nested: true } } });
      await client.pull(reply.uri);
      const refreshes = client.refreshRequests;
      await client.changeSettings({ rules: { [RULE]: 'off' } });
      await client.waitFor('workspace/diagnostic/refresh after valid settings', () => (client.refreshRequests > refreshes ? true : undefined));
      const diagnostics = await client.pull(reply.uri);
      assert.ok(!diagnostics.some((d) => d.code === RULE), `${RULE} is off once valid settings arrive`);
      assert.equal(client.hasExited, false);
    });
  });

  describe('initializationOptions, for clients without settings', () => {
    const fallback = { rules: { [RULE]: 'off' } };
    it('are used when the client answers workspace/configuration with null', async () => {
      const client = await startWithExamples({ pull: true, settings: null, initializationOptions: fallback });
      assertDiagnosticsMatchFindings(await client.pull(reply.uri), expected(fallback), reply.text, 'initializationOptions after a null answer');
    });

    it('are used when the client answers workspace/configuration with an error', async () => {
      const client = await startWithExamples({ pull: true, settings: ANSWER_WITH_ERROR, initializationOptions: fallback });
      assertDiagnosticsMatchFindings(await client.pull(reply.uri), expected(fallback), reply.text, 'initializationOptions after an error answer');
    });

    it('give way to the settings the client does answer with', async () => {
      const settings = { rules: { [RULE]: 'error' } };
      const client = await startWithExamples({ pull: true, settings, initializationOptions: fallback });
      assertDiagnosticsMatchFindings(await client.pull(reply.uri), expected(settings), reply.text, 'client settings over initializationOptions');
    });

    it('when invalid, give one warning and the defaults', async () => {
      const client = await startWithExamples({ pull: true, settings: null, initializationOptions: { rules: { [RULE]: 'sometimes' } } });
      await client.waitForShowMessage('the warning about initializationOptions');
      assertDiagnosticsMatchFindings(await client.pull(reply.uri), expected(undefined), reply.text, 'invalid initializationOptions');
      await quietPeriod(200);
      assert.equal(client.messages.length, 1);
    });
  });
});
