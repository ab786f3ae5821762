import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { BRIEF_STATUS_METHOD, type BriefStatus } from '../../server/src/protocol';
import { copyExamples, LspClient, MOTION, removeWorkspaces, REPLY, stopAllServers, type ExampleWorkspace } from './client';
import { assertDiagnosticsMatchFindings, engineFindings, engineResult, type OpenText } from './expected';

/** Added to the motion, the sentence makes the reply's alternative request one the motion did make. */
const MOTION_END = 'orders with redlines showing their differences.\n';
const ALTERNATIVE = ' In the alternative, Securus\nasks the Court to modify the Magistrate Judge\'s Order to enter the version\nproposed by Plaintiffs.';

function withAlternative(motion: string): string {
  assert.ok(motion.includes(MOTION_END), 'the motion ends its request as expected');
  return motion.replace(MOTION_END, `${MOTION_END.slice(0, -1)}${ALTERNATIVE}\n`);
}

/** A Markdown reply that names its motion in front matter and has no caption or case number. */
const LINKED_REPLY = `---
kind: reply
motion: ./defendant-motion.txt
---

# REPLY IN SUPPORT OF MOTION FOR RELIEF FROM NON-DISPOSITIVE PRETRIAL ORDER OF MAGISTRATE JUDGE

## ARGUMENT

Securus asked for a protective order in the joint motion. See Fed. R. Civ. P. 26(c)(1).

## CONCLUSION

Securus respectfully requests that the Court order Plaintiffs to pay the fees Securus incurred in bringing this motion.
`;

/** Every brief file under a folder, as the server may read them: what the engine must see to agree with it. */
function briefsOnDisk(folder: string): OpenText[] {
  const files: OpenText[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(txt|md|markdown|brief)$/i.test(entry.name)) files.push({ uri: URI.file(full).toString(), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(folder);
  return files;
}

describe('LSP: workspace (a reply and its motion)', () => {
  let examples: ExampleWorkspace;
  let motion: OpenText;
  let reply: OpenText;
  beforeEach(() => {
    examples = copyExamples();
    motion = { uri: examples.uri(MOTION), text: examples.text(MOTION) };
    reply = { uri: examples.uri(REPLY), text: examples.text(REPLY) };
  });
  afterEach(async () => {
    await stopAllServers();
    removeWorkspaces();
  });

  const status = (client: LspClient, uri: string) => client.request<BriefStatus | null>(BRIEF_STATUS_METHOD, { uri });

  it('push: when the open motion gains the reply\'s new request, the reply is re-pushed without reply-new-relief', async () => {
    const client = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
    client.open(motion.uri, motion.text);
    client.open(reply.uri, reply.text);
    assert.ok((await client.waitForPublish(reply.uri)).diagnostics.some((d) => d.code === 'reply-new-relief'), 'the reply asks for new relief');
    const since = client.published.length;
    const edited = client.replaceText(motion.uri, withAlternative(motion.text)).getText();
    const { diagnostics } = await client.waitForPublish(reply.uri, { version: 1, since });
    assert.ok(!diagnostics.some((d) => d.code === 'reply-new-relief'), `the motion now requests it: ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    assertDiagnosticsMatchFindings(diagnostics, engineFindings([{ uri: motion.uri, text: edited }, reply], reply.uri), reply.text, 'the reply after the motion changed');
  });

  it('push: a motion and its reply opened together are each pushed once, not again for the same text and the same open documents', async () => {
    const client = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
    client.open(motion.uri, motion.text);
    client.open(reply.uri, reply.text);
    await client.waitForPublish(reply.uri);
    // Time for any further push to arrive: a second one would only repeat the first, and could land after the next edit.
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(client.publishedFor(reply.uri).length, 1, 'the reply was pushed once');
    assert.equal(client.publishedFor(motion.uri).length, 1, 'the motion was pushed once');
  });

  it('pull: when the open motion gains the reply\'s new request, the change alone (no pull of the motion) asks the client to refresh, and the reply no longer has reply-new-relief', async () => {
    const client = await LspClient.start({ pull: true });
    client.open(motion.uri, motion.text);
    client.open(reply.uri, reply.text);
    assert.ok((await client.pull(reply.uri)).some((d) => d.code === 'reply-new-relief'));
    const refreshes = client.refreshRequests;
    const edited = client.replaceText(motion.uri, withAlternative(motion.text)).getText();
    // A client may not pull a motion it is not showing: the refresh must come from the change itself.
    await client.waitFor('workspace/diagnostic/refresh after the motion changed', () => (client.refreshRequests > refreshes ? true : undefined));
    const diagnostics = await client.pull(reply.uri);
    assertDiagnosticsMatchFindings(diagnostics, engineFindings([{ uri: motion.uri, text: edited }, reply], reply.uri), reply.text, 'the reply after the motion changed');
    assert.ok(!diagnostics.some((d) => d.code === 'reply-new-relief'));
  });

  it('saving the motion re-lints its reply (push)', async () => {
    const client = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
    client.open(motion.uri, motion.text);
    client.open(reply.uri, reply.text);
    await client.waitForPublish(reply.uri);
    const since = client.published.length;
    client.save(motion.uri);
    const { diagnostics } = await client.waitForPublish(reply.uri, { version: 1, since });
    assertDiagnosticsMatchFindings(diagnostics, engineFindings([motion, reply], reply.uri), reply.text, 'the reply after the motion was saved');
  });

  it('pull: saving the motion asks the client to refresh', async () => {
    const client = await LspClient.start({ pull: true });
    client.open(motion.uri, motion.text);
    client.open(reply.uri, reply.text);
    await client.pull(reply.uri);
    const refreshes = client.refreshRequests;
    client.save(motion.uri);
    await client.waitFor('workspace/diagnostic/refresh after the motion was saved', () => (client.refreshRequests > refreshes ? true : undefined));
  });

  it('a reply finds its motion in a workspace folder on disk, never opened, by the same case number', async () => {
    const client = await LspClient.start({ pull: true, workspaceFolders: [examples.folder] });
    client.open(reply.uri, reply.text);
    const onDisk = briefsOnDisk(examples.folder).filter((file) => file.uri !== reply.uri);
    const diagnostics = await client.pull(reply.uri);
    const findings = engineFindings([reply, ...onDisk], reply.uri);
    assert.ok(findings.some((f) => f.ruleId === 'reply-new-relief' && f.message.includes(MOTION) && f.severity === 'warning'), 'the engine compares the reply with the motion on disk');
    assertDiagnosticsMatchFindings(diagnostics, findings, reply.text, 'the reply with its motion on disk');
    const briefStatus = await status(client, reply.uri);
    assert.deepEqual(briefStatus?.motion, { found: true, uri: motion.uri, name: MOTION, via: 'case number' });
  });

  it('a motion on disk that changes (workspace/didChangeWatchedFiles) re-lints the open reply', async () => {
    const client = await LspClient.start({ initializationOptions: { debounceMs: 0 }, workspaceFolders: [examples.folder], watchFiles: true });
    client.open(reply.uri, reply.text);
    assert.ok((await client.waitForPublish(reply.uri)).diagnostics.some((d) => d.code === 'reply-new-relief'));
    await client.waitFor('a registration for workspace/didChangeWatchedFiles', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    fs.writeFileSync(examples.path(MOTION), withAlternative(motion.text));
    const since = client.published.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: motion.uri, type: 2 }] });
    const { diagnostics } = await client.waitForPublish(reply.uri, { version: 1, since });
    assertDiagnosticsMatchFindings(diagnostics, engineFindings([reply, ...briefsOnDisk(examples.folder).filter((f) => f.uri !== reply.uri)], reply.uri), reply.text, 'the reply after the motion changed on disk');
    assert.ok(!diagnostics.some((d) => d.code === 'reply-new-relief'));
  });

  it('a reply whose front matter names its motion (motion: ./defendant-motion.txt) is compared with that file', async () => {
    const client = await LspClient.start({ pull: true });
    const linked = { uri: examples.uri('linked-reply.md'), text: LINKED_REPLY };
    client.open(motion.uri, motion.text);
    client.open(linked.uri, linked.text);
    const findings = engineFindings([motion, linked], linked.uri);
    assert.ok(findings.some((f) => f.ruleId === 'reply-new-relief' && f.severity === 'warning'), 'the engine finds the motion and the new request for fees');
    assertDiagnosticsMatchFindings(await client.pull(linked.uri), findings, linked.text, 'the linked reply');
    assert.deepEqual((await status(client, linked.uri))?.motion, { found: true, uri: motion.uri, name: MOTION, via: 'front matter' });
  });

  describe(`${BRIEF_STATUS_METHOD}`, () => {
    it('for the motion: its kind and title, as the engine reads them, and no motion', async () => {
      const client = await LspClient.start({ pull: true });
      client.open(motion.uri, motion.text);
      const result = await status(client, motion.uri);
      const { brief } = engineResult([motion], motion.uri);
      assert.deepEqual(result, { kind: brief.kind, kindFrom: brief.kindFrom, title: brief.title?.text });
      assert.equal(result?.kind, 'objection');
    });

    it('for the reply with its motion open: the motion found by case number, with its URI and name', async () => {
      const client = await LspClient.start({ pull: true });
      client.open(motion.uri, motion.text);
      client.open(reply.uri, reply.text);
      const result = await status(client, reply.uri);
      const { brief } = engineResult([motion, reply], reply.uri);
      assert.deepEqual(result, { kind: 'reply', kindFrom: brief.kindFrom, title: brief.title?.text, motion: { found: true, uri: motion.uri, name: MOTION, via: 'case number' } });
    });

    it('for a reply with no motion anywhere: why none was found and how to link one', async () => {
      const client = await LspClient.start({ pull: true });
      client.open(reply.uri, reply.text);
      const result = await status(client, reply.uri);
      assert.equal(result?.kind, 'reply');
      assert.ok(result?.motion && !result.motion.found, `no motion: ${JSON.stringify(result)}`);
      if (result.motion.found === false) {
        assert.equal(result.motion.reason, (engineResult([reply], reply.uri).motion as { reason: string }).reason);
        assert.match(result.motion.howToLink, /motion:/, 'says how to link one in front matter');
      }
    });

    it('for a document the server does not have: null, not an error', async () => {
      const client = await LspClient.start({ pull: true });
      assert.equal(await status(client, examples.uri('never-opened.txt')), null);
    });
  });
});
