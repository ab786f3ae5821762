import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { copyExamples, LspClient, MOTION, removeWorkspaces, REPLY, stopAllServers, type ExampleWorkspace } from './client';
import { repoPath } from '../repo';

/** The server's resident memory in MB, from /proc (Linux, as on CI); a test that needs it says so if it is missing. */
function residentMb(pid: number | undefined): number {
  const status = `/proc/${pid}/status`;
  if (!fs.existsSync(status)) throw new Error(`resident memory is read from ${status}: this test runs on Linux only`);
  const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(status, 'utf8'));
  if (!match) throw new Error(`${status} has no VmRSS`);
  return Number(match[1]) / 1024;
}

/** Hooks that record any attempt to run a program or open a connection, then refuse it. */
function writeNoExecNoNetworkPreload(record: string): string {
  const preload = path.join(path.dirname(record), 'no-exec-no-network.js');
  fs.writeFileSync(preload, `
const fs = require('node:fs');
const refuse = (what) => function () {
  fs.appendFileSync(${JSON.stringify(record)}, what + '\\n');
  throw new Error('brieflint test: ' + what + ' is not allowed');
};
const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) childProcess[name] = refuse('child_process.' + name);
const net = require('node:net');
net.connect = net.createConnection = refuse('net.connect');
net.Socket.prototype.connect = refuse('net.Socket.connect');
for (const name of ['http', 'https']) { const module = require('node:' + name); module.request = module.get = refuse(name + '.request'); }
const dns = require('node:dns');
dns.lookup = dns.resolve = refuse('dns.lookup');
globalThis.fetch = refuse('fetch');
require('node:worker_threads').Worker = refuse('worker_threads.Worker');
`);
  return preload;
}

describe('LSP: the server under stress', () => {
  let examples: ExampleWorkspace;
  before(() => { examples = copyExamples(); });
  afterEach(stopAllServers);
  after(removeWorkspaces);

  it('declines a 20 MB document with one message naming its size, stays responsive, and goes on checking the others', async function () {
    this.timeout(120_000);
    const client = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
    const reply = examples.uri(REPLY);
    client.open(reply, examples.text(REPLY));
    await client.waitForPublish(reply);
    const huge = examples.text(MOTION).repeat(Math.ceil((20 * 1024 * 1024) / examples.text(MOTION).length));
    const hugeUri = examples.uri('huge.txt');
    client.open(hugeUri, huge);
    const { diagnostics } = await client.waitForPublish(hugeUri);
    assert.deepEqual(diagnostics, [], 'a declined document gets no diagnostics');
    const message = await client.waitForShowMessage('the message declining the 20 MB document');
    assert.match(message.message, /20\.\d MB/, `the message names the size: ${message.message}`);
    // No freeze: the other brief is answered at once, and edits to the huge one bring no second message.
    const symbols = await client.within('document symbols of the reply while the huge document is open',
      client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: reply } }), 5_000);
    assert.ok(symbols.length > 0);
    for (let i = 0; i < 3; i++) client.change(hugeUri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }]);
    await client.waitForPublish(hugeUri);
    client.close(hugeUri);
    client.change(reply, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.waitForPublish(reply);
    assert.equal(client.messages.length, 1, `one message in all: ${JSON.stringify(client.messages)}`);
    assert.equal(client.hasExited, false);
  });

  it('opens and closes a thousand documents, answering all along, and gives the memory back', async function () {
    this.timeout(300_000);
    const client = await LspClient.start({ initializationOptions: { debounceMs: 0 } });
    // A few dozen kilobytes each: a thousand kept by mistake would hold hundreds of megabytes.
    const text = examples.text(MOTION).repeat(4);
    const cycle = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const uri = examples.uri(`brief-${i}.txt`);
        client.open(uri, text.replace('16cv1283', `16cv${i}`));
        await client.waitForPublish(uri);
        client.close(uri);
        if (i % 100 === 0) {
          const symbols = await client.within(`an answer after ${i} documents`,
            client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: examples.uri(REPLY) } }), 5_000);
          assert.deepEqual(symbols, [], 'a document never opened has no symbols, and the server answers');
        }
      }
    };
    // The first hundred warm the server up, so that its memory afterwards is the baseline of a server in use.
    await cycle(0, 100);
    const before = residentMb(client.child.pid);
    await cycle(100, 1_000);
    // A round trip after the last close: the server answers in order, so every clearing publish has arrived.
    await client.request('textDocument/documentSymbol', { textDocument: { uri: examples.uri(REPLY) } });
    const after = residentMb(client.child.pid);
    console.log(`      resident memory: ${before.toFixed(1)} MB after 100 documents, ${after.toFixed(1)} MB after 1,000`);
    assert.equal(client.hasExited, false);
    const cleared = client.published.filter((params) => params.diagnostics.length === 0).length;
    assert.ok(cleared >= 1_000, `each closed document's diagnostics are cleared (${cleared} empty publishes)`);
    const leakedIfKept = (900 * text.length * 3) / 1024 / 1024;
    assert.ok(after - before < 60, `resident memory went from ${before.toFixed(0)} MB to ${after.toFixed(0)} MB after 900 more documents were opened and closed (kept, they would add over ${leakedIfKept.toFixed(0)} MB)`);
  });

  it('never runs a program or opens a connection, whatever the workspace holds (server and command line)', async function () {
    this.timeout(120_000);
    const record = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-no-exec-')), 'attempts.txt');
    const preload = writeNoExecNoNetworkPreload(record);
    // A workspace that invites running something: scripts, settings naming programs, a git hook.
    fs.writeFileSync(examples.path('package.json'), JSON.stringify({ scripts: { postinstall: 'touch pwned', test: 'touch pwned' } }));
    fs.mkdirSync(examples.path('.vscode'), { recursive: true });
    fs.writeFileSync(examples.path('.vscode/settings.json'), JSON.stringify({ 'brieflint.server.path': './evil.sh', 'brieflint.rules.reply-new-relief': 'off' }));
    const client = await LspClient.start({ pull: true, workspaceFolders: [examples.folder], watchFiles: true, nodeArgs: ['--require', preload] });
    const reply = examples.uri(REPLY);
    client.open(reply, examples.text(REPLY));
    const diagnostics = await client.pull(reply);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'reply-new-relief'), 'the reply is checked against its motion, read from disk');
    client.change(reply, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.pull(reply);
    await client.request('textDocument/hover', { textDocument: { uri: reply }, position: { line: 20, character: 10 } });
    await client.request('textDocument/codeAction', { textDocument: { uri: reply }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }, context: { diagnostics } });
    client.save(reply);
    await client.stop();
    const cli = spawnSync(process.execPath, ['--require', preload, repoPath('dist', 'cli.js'), examples.folder], { encoding: 'utf8' });
    assert.equal(cli.status, 1, `the command line checks the folder (exit 1 for its errors): ${cli.stderr}`);
    const attempts = fs.existsSync(record) ? fs.readFileSync(record, 'utf8') : '';
    fs.rmSync(path.dirname(record), { recursive: true, force: true });
    assert.equal(attempts, '', `brieflint tried to run a program or open a connection:\n${attempts}`);
    assert.ok(!fs.existsSync(examples.path('pwned')));
  });
});
