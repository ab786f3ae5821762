import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  ConfigurationRequest, createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
  PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter, type ClientCapabilities, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './briefs';

/** How long any wait for the server may take before the section fails, naming what it waited for. */
export const WAIT_MS = 15_000;

/**
 * The bundled server over stdio, with a JSON-RPC client in the editor's part: debounce 0 (in the initialization
 * options and in the answer to `workspace/configuration`), so that a figure is the server's own work.
 */
export class ServerSession {
  /** performance.now() when the process was spawned. */
  readonly spawnedAt: number;
  /** performance.now() when `initialize` was answered. */
  initializedAt = 0;
  private readonly arrived = new Map<string, number>();
  private readonly waiters = new Map<string, (at: number) => void>();
  private stderr = '';
  private exited: string | undefined;

  private constructor(readonly child: ChildProcessWithoutNullStreams, readonly connection: ProtocolConnection, spawnedAt: number) {
    this.spawnedAt = spawnedAt;
    child.stderr.on('data', (chunk: Buffer) => { this.stderr = (this.stderr + chunk.toString()).slice(-2000); });
    child.on('exit', (code, signal) => { this.exited = `code ${code}, signal ${signal}`; });
    child.on('error', (error) => { this.exited = error.message; });
    // Writing to a server that died must fail the section through `exited`, not crash the benchmark with EPIPE.
    child.stdin.on('error', () => undefined);
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({ debounceMs: 0 })));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const at = performance.now();
      const key = `${params.uri}@${params.version}`;
      if (!this.arrived.has(key)) this.arrived.set(key, at);
      this.waiters.get(key)?.(at);
      this.waiters.delete(key);
    });
    connection.listen();
  }

  /** Spawns the server and completes `initialize` and `initialized`. `pull` declares pulled diagnostics, as VS Code does. */
  static async start(pull = false): Promise<ServerSession> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node esbuild.mjs\` (npm run bench builds it)`);
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const session = new ServerSession(child, connection, spawnedAt);
    const capabilities: ClientCapabilities = pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {};
    await session.within('the answer to initialize', connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null, capabilities, initializationOptions: { debounceMs: 0 },
    }));
    session.initializedAt = performance.now();
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** When the diagnostics of `uri` at `version` arrived (performance.now()), waiting for them if they have not. */
  diagnostics(uri: string, version: number): Promise<number> {
    const key = `${uri}@${version}`;
    const at = this.arrived.get(key);
    if (at !== undefined) return Promise.resolve(at);
    return this.within(`the diagnostics of ${uri} version ${version}`, new Promise<number>((resolve) => this.waiters.set(key, resolve)));
  }

  /** Resident memory now and at its peak, in bytes, from /proc/<pid>/status (Linux). */
  memory(): { rss: number; peak: number } {
    const file = `/proc/${this.child.pid}/status`;
    if (!fs.existsSync(file)) throw new Error(`resident memory is read from ${file}, and this system has no /proc (Linux only)`);
    const status = fs.readFileSync(file, 'utf8');
    const kilobytes = (field: string) => {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      if (!match) throw new Error(`${file} has no ${field}`);
      return Number(match[1]) * 1024;
    };
    return { rss: kilobytes('VmRSS'), peak: kilobytes('VmHWM') };
  }

  /** Shuts the server down as an editor does, and kills it if it has not exited within a few seconds. */
  async stop(): Promise<void> {
    if (this.exited === undefined) {
      const exit = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      try {
        await this.within('the answer to shutdown', this.connection.sendRequest(ShutdownRequest.type), 3000);
        await this.connection.sendNotification(ExitNotification.type);
        await this.within('the server to exit', exit, 3000);
      } catch {
        this.child.kill();
      }
    }
    this.connection.dispose();
  }

  /** `promise`, or an error naming what was awaited once `timeoutMs` pass or the server exits. */
  within<T>(what: string, promise: Promise<T>, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const fail = (why: string) => reject(new Error(`${why} while waiting for ${what}${this.stderr ? `; its stderr ends: ${this.stderr.trim().slice(-500)}` : ''}`));
      if (this.exited !== undefined) return fail(`the server exited (${this.exited})`);
      const timer = setTimeout(() => fail(this.exited ? `the server exited (${this.exited})` : `no answer in ${timeoutMs} ms`), timeoutMs);
      const onExit = () => fail(`the server exited (${this.exited})`);
      this.child.once('exit', onExit);
      promise.then(resolve, reject).finally(() => {
        clearTimeout(timer);
        this.child.off('exit', onExit);
      });
    });
  }
}
