import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ConfigurationRequest, createProtocolConnection, DiagnosticRefreshRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DidSaveTextDocumentNotification, DocumentDiagnosticRequest, ExitNotification,
  InitializedNotification, InitializeRequest, LogMessageNotification, PublishDiagnosticsNotification, RegistrationRequest, ResponseError,
  ShowMessageNotification, ShowMessageRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter, UnregistrationRequest, WorkDoneProgressCreateRequest,
  type ClientCapabilities, type ConfigurationParams, type Diagnostic, type InitializeResult, type LogMessageParams, type ProtocolConnection,
  type PublishDiagnosticsParams, type Registration, type ShowMessageParams, type ShowMessageRequestParams, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { REPO_ROOT, repoPath } from '../repo';

/** The bundled server, exactly as editors run it. */
export const SERVER = repoPath('dist', 'server.js');

/** How long a test waits for something the server must do before it fails with a message naming what it waited for. */
export const WAIT_MS = 10_000;

/**
 * The bundle must exist and be at least as new as the sources, or the tests would pass or fail on yesterday's server.
 * `npm test` builds first; a bare mocha run after editing the server must build too.
 */
export function assertServerBuilt(): void {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` (the LSP tests drive the bundled server)`);
  const built = fs.statSync(SERVER).mtimeMs;
  const inputs = [...sourceFiles(repoPath('server', 'src')), repoPath('snippets', 'standards.json')];
  const newer = inputs.find((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs > built);
  if (newer) throw new Error(`${SERVER} is older than ${path.relative(REPO_ROOT, newer)}: run \`npm run build\``);
}

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** What the client answers to `workspace/configuration`: the `brieflint` section, or an error response. */
export type SettingsAnswer = unknown;
export const ANSWER_WITH_ERROR = Symbol('answer workspace/configuration with an error');

export interface StartOptions {
  /** Declare `textDocument.diagnostic`, as VS Code does: the server must then be pulled and must never push. Default: a push client, as Neovim 0.7. */
  pull?: boolean;
  /** The `brieflint` section the client answers with (`null` when it has none); change it later through `client.settings`. */
  settings?: SettingsAnswer;
  initializationOptions?: unknown;
  /** Folders on disk, sent as `workspaceFolders`. */
  workspaceFolders?: string[];
  /** Declare `workspace.configuration`. Neovim 0.7 answers the request without declaring it, so the default is not to. */
  declareConfiguration?: boolean;
  /** Declare dynamic registration of `workspace/didChangeWatchedFiles`. */
  watchFiles?: boolean;
  /** Options for the server's `node`, before the script (`--require` a preload). */
  nodeArgs?: string[];
}

/** A live server over stdio and a JSON-RPC connection to it that plays the editor's part. */
export class LspClient {
  /** Every `textDocument/publishDiagnostics`, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  /** `window/showMessageRequest`s: requests that Neovim 0.7 and Eglot answer with a prompt that blocks the editor. */
  readonly messageRequests: ShowMessageRequestParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly registrations: Registration[] = [];
  refreshRequests = 0;
  /** What `workspace/configuration` is answered with from now on. */
  settings: SettingsAnswer;
  stderr = '';
  initializeResult!: InitializeResult;
  readonly documents = new Map<string, TextDocument>();
  private readonly waiters = new Set<() => void>();
  private exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exitPromise: Promise<void>;

  private constructor(readonly child: ChildProcessWithoutNullStreams, readonly connection: ProtocolConnection, settings: SettingsAnswer) {
    this.settings = settings;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => { this.stderr += chunk; });
    this.exitPromise = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exited = { code, signal };
        this.wake();
        resolve();
      });
    });
    // Writing to a server that died must fail the test through `exited`, not crash mocha with EPIPE.
    child.stdin.on('error', () => undefined);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(this.published, params));
    connection.onNotification(ShowMessageNotification.type, (params) => this.record(this.messages, params));
    connection.onRequest(ShowMessageRequest.type, (params) => {
      this.record(this.messageRequests, params);
      return null;
    });
    connection.onNotification(LogMessageNotification.type, (params) => this.record(this.logs, params));
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.record(this.configurationRequests, params);
      if (this.settings === ANSWER_WITH_ERROR) return new ResponseError(-32603, 'this client has no settings to give');
      return params.items.map((item) => (item.section === 'brieflint' ? this.settings : null));
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
      this.wake();
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.wake();
    });
    connection.onRequest(UnregistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onError(() => undefined);
    connection.listen();
  }

  /** Spawns `node dist/server.js --stdio`, initializes it as a push or a pull client, and waits for `initialize`'s answer. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    assertServerBuilt();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { cwd: os.tmpdir(), stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection, options.settings === undefined ? null : options.settings);
    running.add(client);
    const folders = options.workspaceFolders?.map((folder) => ({ uri: URI.file(folder).toString(), name: path.basename(folder) })) ?? null;
    client.initializeResult = await client.within('the answer to initialize', connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'brieflint-lsp-tests' },
      rootUri: folders?.[0]?.uri ?? null,
      workspaceFolders: folders,
      capabilities: clientCapabilities(options),
      initializationOptions: options.initializationOptions,
    }));
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  get isPull(): boolean {
    return this.initializeResult.capabilities.diagnosticProvider !== undefined;
  }

  /** The server process has ended (it must not, until told to). */
  get hasExited(): boolean {
    return this.exited !== undefined;
  }

  /**
   * Resolves with the first value `check` returns other than undefined, checked now and after every message from
   * the server. Fails after `timeoutMs` naming what it waited for, or at once if the server exits.
   */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const attempt = () => {
        let value: T | undefined;
        try {
          value = check();
        } catch (error) {
          done();
          reject(error);
          return;
        }
        if (value !== undefined) {
          done();
          resolve(value);
        } else if (this.exited) {
          done();
          reject(new Error(`the server exited (code ${this.exited.code}, signal ${this.exited.signal}) while the test waited for ${what}${this.stderrTail()}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${this.stderrTail()}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(attempt);
      };
      this.waiters.add(attempt);
      attempt();
    });
  }

  /**
   * The first `window/showMessage` notification. Fails at once if the server sends a `window/showMessageRequest`
   * instead: a request that Neovim 0.7 answers with a blocking `inputlist()` prompt and Eglot with a minibuffer prompt.
   */
  waitForShowMessage(what: string): Promise<ShowMessageParams> {
    return this.waitFor(`a window/showMessage notification: ${what}`, () => {
      if (this.messages[0]) return this.messages[0];
      if (this.messageRequests[0]) {
        throw new Error(`expected a window/showMessage notification (${what}), but the server sent the request window/showMessageRequest ${JSON.stringify(this.messageRequests[0])}, which Neovim 0.7 answers with a blocking inputlist() prompt ("Type number and <Enter>") and Eglot with a minibuffer prompt`);
      }
      return undefined;
    });
  }

  /** A request's answer, failing after `timeoutMs` with the request's name (or at once if the server dies) rather than hanging the suite. */
  async within<T>(what: string, promise: Promise<T>, timeoutMs = WAIT_MS): Promise<T> {
    let outcome: { value: T } | { error: unknown } | undefined;
    promise.then((value) => { outcome = { value }; this.wake(); }, (error: unknown) => { outcome = { error }; this.wake(); });
    const settled = await this.waitFor(what, () => outcome, timeoutMs);
    if ('error' in settled) throw settled.error;
    return settled.value;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.within(`the answer to ${method}`, this.connection.sendRequest(method, params) as Promise<R>);
  }

  async notify(method: string, params?: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, languageId = languageIdOf(uri)): TextDocument {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  /** Sends one didChange with these changes (applied in order, as the protocol says) and the next version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): TextDocument {
    const current = this.document(uri);
    // TextDocument.update changes the document it is given: update a copy, so a test's earlier snapshot stays as it was.
    const copy = TextDocument.create(uri, current.languageId, current.version, current.getText());
    const next = TextDocument.update(copy, changes, current.version + 1);
    this.documents.set(uri, next);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: next.version }, contentChanges: changes });
    return next;
  }

  /** Replaces the whole text through one incremental change. */
  replaceText(uri: string, text: string): TextDocument {
    const current = this.document(uri);
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: current.positionAt(current.getText().length) }, text }]);
  }

  save(uri: string): void {
    void this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): void {
    this.documents.delete(uri);
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`the test never opened ${uri}`);
    return document;
  }

  /** Tells the server its settings changed (the client answers the server's next configuration request with `settings`). */
  async changeSettings(settings: SettingsAnswer): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Pulls `textDocument/diagnostic` and returns the full report's items. */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.within(`the diagnostics pulled for ${uri}`, this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }));
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report for ${uri}, got ${JSON.stringify(report)}`);
    return report.items;
  }

  /**
   * The diagnostics the server pushed for this version of the document (its current one by default); with `since`
   * (a count of `published` taken earlier), only a publish that arrived after that point.
   */
  waitForPublish(uri: string, options: { version?: number; since?: number } = {}): Promise<PublishDiagnosticsParams> {
    const version = options.version ?? this.document(uri).version;
    const since = options.since ?? 0;
    const what = `diagnostics published for version ${version} of ${path.basename(uri)}${since > 0 ? ` after publish #${since}` : ''}`;
    return this.waitFor(what, () => this.published.slice(since).find((params) => params.uri === uri && params.version === version));
  }

  /** Diagnostics for the document as it is now, pulled or pushed as this client does. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    return this.isPull ? this.pull(uri) : (await this.waitForPublish(uri)).diagnostics;
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((params) => params.uri === uri);
  }

  /** Shutdown, exit, and the process gone; killed if it lingers. */
  async stop(): Promise<void> {
    running.delete(this);
    if (!this.exited) {
      try {
        await this.within('the answer to shutdown', this.connection.sendRequest(ShutdownRequest.type), 3000);
        await this.connection.sendNotification(ExitNotification.type);
        await this.waitFor('the server to exit after shutdown and exit', () => (this.exited ? true : undefined), 3000);
      } catch {
        // Killed below; the test that cares about a clean exit asserts it itself.
      }
    }
    this.kill();
    this.connection.dispose();
    await Promise.race([this.exitPromise, new Promise((resolve) => setTimeout(resolve, 2000))]);
  }

  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }

  exitStatus(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exited;
  }

  private record<T>(list: T[], item: T): void {
    list.push(item);
    this.wake();
  }

  /** Re-checks every pending wait. */
  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private stderrTail(): string {
    const tail = this.stderr.trim().split('\n').slice(-20).join('\n');
    return tail ? `\nserver stderr:\n${tail}` : '';
  }
}

const running = new Set<LspClient>();

/** For after hooks: stops every server a test started and did not stop (a failed test leaves no process behind). */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((client) => client.stop()));
}

export function clientCapabilities(options: StartOptions): ClientCapabilities {
  return {
    workspace: {
      applyEdit: true,
      workspaceEdit: { documentChanges: true },
      didChangeConfiguration: { dynamicRegistration: false },
      ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
      ...(options.declareConfiguration ? { configuration: true } : {}),
      workspaceFolders: options.workspaceFolders !== undefined,
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: { dynamicRegistration: false, isPreferredSupport: true, dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: { lineFoldingOnly: true },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    window: { workDoneProgress: false },
  };
}

function languageIdOf(uri: string): string {
  if (uri.endsWith('.md')) return 'markdown';
  if (uri.endsWith('.brief')) return 'brief';
  return 'plaintext';
}

/**
 * Waits out a quiet period. Only for asserting that something does NOT happen (a stale publish, a push to a pull
 * client): an absence cannot be awaited as an event.
 */
export function quietPeriod(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A temp folder holding a copy of examples/romero-v-securus; removed by `removeWorkspaces`. */
export interface ExampleWorkspace {
  folder: string;
  path(name: string): string;
  uri(name: string): string;
  text(name: string): string;
}

const workspaces: string[] = [];

export function copyExamples(): ExampleWorkspace {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'brieflint-lsp-')));
  workspaces.push(folder);
  fs.cpSync(repoPath('examples', 'romero-v-securus'), folder, { recursive: true });
  return {
    folder,
    path: (name) => path.join(folder, name),
    uri: (name) => URI.file(path.join(folder, name)).toString(),
    text: (name) => fs.readFileSync(path.join(folder, name), 'utf8'),
  };
}

export function removeWorkspaces(): void {
  for (const folder of workspaces.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
}

export const MOTION = 'defendant-motion.txt';
export const REPLY = 'defendant-reply.txt';
export const WELL_DRAFTED = 'well-drafted/motion-for-relief.md';
