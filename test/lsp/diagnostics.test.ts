import * as assert from 'node:assert/strict';
import { copyExamples, LspClient, MOTION, quietPeriod, removeWorkspaces, REPLY, stopAllServers, WELL_DRAFTED, type ExampleWorkspace } from './client';
import { assertDiagnosticsMatchFindings, engineFindings, type OpenText } from './expected';

const EXAMPLES = [MOTION, WELL_DRAFTED, REPLY];

describe('LSP: diagnostics', () => {
  let examples: ExampleWorkspace;
  before(() => { examples = copyExamples(); });
  afterEach(stopAllServers);
  after(removeWorkspaces);

  /** Opens the motions before the reply, so that the reply's first analysis already sees them. */
  function openExamples(client: LspClient): OpenText[] {
    return EXAMPLES.map((name) => {
      const file = { uri: examples.uri(name), text: examples.text(name) };
      client.open(file.uri, file.text);
      return file;
    });
  }

  describe('pulled (textDocument/diagnostic), as VS Code does', () => {
    for (const name of EXAMPLES) {
      it(`the diagnostics pulled for ${name} equal the engine's findings for the same texts`, async () => {
        const client = await LspClient.start({ pull: true });
        const open = openExamples(client);
        const uri = examples.uri(name);
        const findings = engineFindings(open, uri);
        if (name !== WELL_DRAFTED) assert.ok(findings.length > 0, `the engine finds problems in ${name}`);
        assertDiagnosticsMatchFindings(await client.pull(uri), findings, examples.text(name), name);
      });
    }
  });

  describe('pushed (textDocument/publishDiagnostics), as Neovim 0.7 and Eglot need', () => {
    for (const name of EXAMPLES) {
      it(`the diagnostics pushed for ${name} equal the engine's findings and carry the document's version`, async () => {
        const client = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
        const open = openExamples(client);
        const uri = examples.uri(name);
        const published = await client.waitForPublish(uri, { version: 1 });
        assert.equal(published.version, 1, 'pushed diagnostics carry the version they were computed for');
        assertDiagnosticsMatchFindings(published.diagnostics, engineFindings(open, uri), examples.text(name), name);
      });
    }

    it('a reply opened without its motion is analysed alone, as the engine would', async () => {
      const client = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
      const reply = { uri: examples.uri(REPLY), text: examples.text(REPLY) };
      client.open(reply.uri, reply.text);
      const { diagnostics } = await client.waitForPublish(reply.uri);
      assertDiagnosticsMatchFindings(diagnostics, engineFindings([reply], reply.uri), reply.text, 'a reply alone');
    });

    it('closing a document pushes an empty list for it', async () => {
      const client = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
      const uri = examples.uri(MOTION);
      client.open(uri, examples.text(MOTION));
      assert.ok((await client.waitForPublish(uri)).diagnostics.length > 0, 'the motion has diagnostics to clear');
      const since = client.published.length;
      client.close(uri);
      const cleared = await client.waitFor('an empty publish for the closed motion', () =>
        client.published.slice(since).find((params) => params.uri === uri && params.diagnostics.length === 0));
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('with initializationOptions {debounceMs: 0}, a document opened right after initialized is pushed without the default 200 ms wait', async () => {
      // Editors open their first buffer at once (Neovim attaches on start): the initialization options are known then.
      const client = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
      const uri = examples.uri(MOTION);
      const openedAt = Date.now();
      client.open(uri, examples.text(MOTION));
      await client.waitForPublish(uri);
      const waited = Date.now() - openedAt;
      assert.ok(waited < 150, `the first push came ${waited} ms after didOpen although initializationOptions set debounceMs to 0`);
    });

    it('pushes only after brieflint.debounceMs (default 200 ms) has passed since the last change', async () => {
      const client = await LspClient.start();
      const uri = examples.uri(MOTION);
      client.open(uri, examples.text(MOTION));
      await client.waitForPublish(uri);
      const changedAt = Date.now();
      client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      await client.waitForPublish(uri, { version: 2 });
      const waited = Date.now() - changedAt;
      // Timers may fire a millisecond or two early; 190 ms tells a 200 ms debounce from an immediate push.
      assert.ok(waited >= 190, `the push came ${waited} ms after the change; the default debounce is 200 ms`);
    });

    it('ranges count UTF-16 code units on lines holding §, curly quotes and a character outside the BMP', async () => {
      const client = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
      // Curly apostrophes as Word writes them, a section sign, and 𝐼 (two UTF-16 code units) before findings on their lines.
      const text = examples.text(REPLY)
        .replace(/'/g, '\u2019')
        .replace('differences. In the alternative', 'differences (§ 2) \u{1D43C}. In the alternative')
        .replace('A. Securus Did Seek', 'A. Securus’s \u{1D43C} Did Seek');
      const motion = { uri: examples.uri(MOTION), text: examples.text(MOTION) };
      const reply = { uri: examples.uri(REPLY), text };
      client.open(motion.uri, motion.text);
      client.open(reply.uri, reply.text);
      const { diagnostics } = await client.waitForPublish(reply.uri);
      const findings = engineFindings([motion, reply], reply.uri);
      assert.ok(findings.some((f) => f.ruleId === 'reply-new-relief'), 'the variant still asks for new relief');
      assertDiagnosticsMatchFindings(diagnostics, findings, text, 'reply with non-ASCII text');
    });
  });

  it('a pull client is never pushed to, on open, change or close', async () => {
    const client = await LspClient.start({ pull: true, initializationOptions: { debounceMs: 0 } });
    const uri = examples.uri(REPLY);
    client.open(uri, examples.text(REPLY));
    await client.pull(uri);
    client.change(uri, [{ range: { start: { line: 20, character: 0 }, end: { line: 20, character: 0 } }, text: 'More text. ' }]);
    await client.pull(uri);
    client.close(uri);
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await quietPeriod(400);
    assert.deepEqual(client.published, [], 'a client that pulls must not also be pushed to, or every problem shows twice');
  });
});
