import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, ExitNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type ClientCapabilities, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { buildBrief, SERVER } from './briefs';

/**
 * `npm run bench:typing`: the language server as an editor sees it. A 250 KB brief is open; single-character edits
 * land at pseudo-random places; each edit's time runs from sending `didChange` to receiving its diagnostics —
 * pushed (Neovim, Eglot; debounce 0, so the figure is the server's own work) and pulled (VS Code).
 * The debounce adds its own wait on top of the pushed figure: diagnostics arrive `debounceMs` + that after the last keystroke.
 */

const EDITS = 300;
const URI = 'file:///bench/brief.txt';

function start(): { connection: ProtocolConnection; stop: () => Promise<void> } {
  const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.onRequest('workspace/configuration', () => [{ debounceMs: 0 }]);
  connection.listen();
  const stop = async () => {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    connection.dispose();
    server.kill();
  };
  return { connection, stop };
}

/** A fixed sequence, so every run types the same edits. */
function* positions(lineCount: number): Generator<{ line: number; character: number }> {
  let seed = 20180105;
  for (;;) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    yield { line: seed % lineCount, character: 0 };
  }
}

async function measure(pull: boolean): Promise<number[]> {
  const text = buildBrief('examples/romero-v-securus/defendant-motion.txt', 250_000);
  const { connection, stop } = start();
  const capabilities: ClientCapabilities = pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {};
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, initializationOptions: { debounceMs: 0 } });
  await connection.sendNotification(InitializedNotification.type, {});
  let waiting: { version: number; resolve: () => void } | undefined;
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (waiting && params.version === waiting.version) waiting.resolve();
  });
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text } });
  const lineCount = text.split('\n').length;
  const where = positions(lineCount);
  const times: number[] = [];
  for (let version = 2; version < EDITS + 12; version++) {
    const position = where.next().value as { line: number; character: number };
    const started = performance.now();
    const arrived = pull ? Promise.resolve() : new Promise<void>((resolve) => { waiting = { version, resolve }; });
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version },
      contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
    });
    if (pull) await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } });
    else await arrived;
    // The first edits warm the JIT, as the first minutes of a day's typing would.
    if (version >= 12) times.push(performance.now() - started);
  }
  await stop();
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(`brieflint typing benchmark (node ${process.version}): 250 KB brief, ${EDITS} single-character edits, ms from didChange to diagnostics\n`);
  console.log('| diagnostics | median | p90 | p99 | max |');
  console.log('|---|---:|---:|---:|---:|');
  for (const pull of [false, true]) {
    const times = await measure(pull);
    const f = (n: number) => n.toFixed(2);
    console.log(`| ${pull ? 'pulled (VS Code)' : 'pushed, debounce 0 (Neovim, Eglot)'} | ${f(quantile(times, 0.5))} | ${f(quantile(times, 0.9))} | ${f(quantile(times, 0.99))} | ${f(times[times.length - 1])} |`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench:typing failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
