import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind,
  MarkupKind, MessageType, ProposedFeatures, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, type ClientCapabilities, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION } from './cli/package-info';
import { BRIEF_STATUS_METHOD, type BriefStatus, type BriefStatusParams } from './protocol';
import { codeActionsFor } from './lsp/code-actions';
import { toDiagnostic } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';
import { documentSymbols, foldingRanges } from './lsp/outline';
import { readSettings, DEFAULT_SETTINGS, type ServerSettings } from './lsp/settings';
import { briefStatus } from './lsp/status';
import { BriefWorkspace, MAX_DOCUMENT_BYTES } from './lsp/workspace';
import type { Brief } from './engine/brief';
import type { LintResult } from './lint';

const USAGE = `brieflint-language-server ${VERSION}: the brieflint language server.
Usage: brieflint-language-server --stdio     (or --node-ipc, --socket=<port>, --pipe=<name>)
Editors start it; see the README for Neovim, Emacs (Eglot) and Helix configuration.`;

const transports = ['--stdio', '--node-ipc'];
if (process.argv.includes('--version')) exitWith(VERSION, 0);
if (process.argv.includes('--help')) exitWith(USAGE, 0);
if (!process.argv.some((arg) => transports.includes(arg) || arg.startsWith('--socket=') || arg.startsWith('--pipe='))) exitWith(USAGE, 2);

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new BriefWorkspace(() => documents.all().map(asOpen));

/** Diagnostics go one way per client: pulled by clients that ask (VS Code), pushed to the others (Neovim, Eglot). */
let pullDiagnostics = false;
let canRefreshDiagnostics = false;
let hoverInMarkdown = false;
let initializationOptions: unknown;
let workspaceFolders: string[] = [];
let watchesFolders = false;
let clientCapabilities: ClientCapabilities = {};
let settings: ServerSettings = DEFAULT_SETTINGS;
let settingsReady: Promise<void> = Promise.resolve();
let lastSettingsWarning = '';
/** Bumped when anything another document's diagnostics depend on changes: settings, a motion, a file on disk. */
let generation = 0;
/** Cancels the push waiting for each document. */
const pendingPushes = new Map<string, () => void>();
/** The version and generation each document's diagnostics were last pushed for: the same inputs are not pushed twice. */
const lastPushed = new Map<string, string>();
const declined = new Set<string>();
/** The version and kind of each open document last analysed, to tell when a motion has changed under its replies. */
const analysed = new Map<string, { version: number; kind: Brief['kind'] }>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const capabilities = params.capabilities;
  clientCapabilities = capabilities;
  pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
  canRefreshDiagnostics = capabilities.workspace?.diagnostics?.refreshSupport === true;
  hoverInMarkdown = capabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false;
  initializationOptions = params.initializationOptions;
  // Until the client answers workspace/configuration, its initialization options hold (Neovim opens files at once).
  settings = readSettings(initializationOptions).settings;
  workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.setFolders(workspaceFolders);
  watchesFolders = capabilities.workspace?.workspaceFolders === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'brieflint', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'brieflint', version: VERSION },
  };
});

connection.onInitialized(() => {
  settingsReady = loadSettings();
  void registerForChanges(clientCapabilities);
  if (watchesFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      const gone = new Set(removed.map((folder) => folder.uri));
      workspaceFolders = [...workspaceFolders.filter((uri) => !gone.has(uri)), ...added.map((folder) => folder.uri)];
      workspace.setFolders(workspaceFolders);
      generation++;
      refreshReplies();
    });
  }
});

/** Asks the client to tell us of setting and file changes, where it lets the server register for them. */
async function registerForChanges(capabilities: ClientCapabilities): Promise<void> {
  // Clients without dynamic registration still send didChangeConfiguration; files on disk are then re-read on save and open.
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'brieflint' }).catch(() => undefined);
  }
  if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    const watchers = [{ globPattern: '**/*.{brief,md,markdown,txt}' }];
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
  }
}

/**
 * Asks the client for the `brieflint` section even when it has not declared the capability (Neovim 0.7 answers
 * anyway). A client that answers null, errors or never answers gets the initialization options instead.
 */
async function loadSettings(): Promise<void> {
  let section: unknown;
  try {
    section = await withTimeout(connection.workspace.getConfiguration({ section: 'brieflint' }), 2000);
  } catch {
    section = undefined;
  }
  // null, or an empty section, means the client has no settings of its own for brieflint.
  const fromClient = section !== null && section !== undefined && !(isObject(section) && Object.keys(section).length === 0);
  const { settings: read, warnings } = readSettings(fromClient ? section : initializationOptions);
  settings = read;
  generation++;
  const warning = warnings.length > 0 ? `brieflint: ${warnings.join('; ')}.` : '';
  if (warning !== '' && warning !== lastSettingsWarning) tell(MessageType.Warning, warning);
  lastSettingsWarning = warning;
}

connection.onDidChangeConfiguration(async () => {
  settingsReady = loadSettings();
  await settingsReady;
  refreshAll();
});

connection.onDidChangeWatchedFiles(() => {
  workspace.forgetDisk();
  generation++;
  refreshReplies();
});

documents.onDidOpen(({ document }) => {
  workspace.forgetDisk();
  // An open document is one more candidate motion for every reply.
  generation++;
  schedulePush(document.uri);
});

documents.onDidChangeContent(({ document }) => {
  generation++;
  schedulePush(document.uri);
  // A pull client may not pull a motion it is not showing; its replies are refreshed on the change itself.
  if (pullDiagnostics && analysed.get(document.uri)?.kind !== 'reply') refreshReplies(document.uri);
});

documents.onDidSave(() => {
  workspace.forgetDisk();
  generation++;
  refreshReplies();
});

documents.onDidClose(({ document }) => {
  pendingPushes.get(document.uri)?.();
  pendingPushes.delete(document.uri);
  lastPushed.delete(document.uri);
  generation++;
  workspace.forget(document.uri);
  declined.delete(document.uri);
  analysed.delete(document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  refreshReplies();
});

connection.languages.diagnostics.on(async (params) => {
  await settingsReady;
  const document = documents.get(params.textDocument.uri);
  const resultId = document ? `${document.version}:${generation}` : undefined;
  if (resultId !== undefined && params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: document ? diagnosticsOf(document) : [] };
});

connection.onCodeAction(async (params) => {
  await settingsReady;
  const document = documents.get(params.textDocument.uri);
  const result = document && lint(document);
  return result ? codeActionsFor(result, document.uri, document.version, params.context.diagnostics) : [];
});

connection.onHover(async (params) => {
  await settingsReady;
  const document = documents.get(params.textDocument.uri);
  const brief = document && briefOf(document);
  return brief ? hoverAt(brief, document.offsetAt(params.position), hoverInMarkdown) : null;
});

connection.onDocumentSymbol(async (params) => {
  await settingsReady;
  const document = documents.get(params.textDocument.uri);
  const brief = document && briefOf(document);
  return brief ? documentSymbols(brief) : [];
});

connection.onFoldingRanges(async (params) => {
  await settingsReady;
  const document = documents.get(params.textDocument.uri);
  const brief = document && briefOf(document);
  return brief ? foldingRanges(brief) : [];
});

connection.onRequest(BRIEF_STATUS_METHOD, async (params: BriefStatusParams): Promise<BriefStatus | null> => {
  await settingsReady;
  const document = isObject(params) && typeof params.uri === 'string' ? documents.get(params.uri) : undefined;
  const result = document && lint(document);
  return result ? briefStatus(result, (brief) => workspace.uriOf(brief)) : null;
});

function schedulePush(uri: string): void {
  if (pullDiagnostics) return;
  pendingPushes.get(uri)?.();
  const push = () => {
    pendingPushes.delete(uri);
    void settingsReady.then(() => publish(uri));
  };
  // With no debounce, the push still waits for the messages already read, but not the millisecond a timer costs.
  if (settings.debounceMs === 0) {
    const immediate = setImmediate(push);
    pendingPushes.set(uri, () => clearImmediate(immediate));
  } else {
    const timer = setTimeout(push, settings.debounceMs);
    pendingPushes.set(uri, () => clearTimeout(timer));
  }
}

/** Analyses the document as it is now, so a result is never sent for a version older than the client's. */
function publish(uri: string): void {
  const document = documents.get(uri);
  if (!document) return;
  const inputs = `${document.version}:${generation}`;
  if (lastPushed.get(uri) === inputs) return;
  const diagnostics = diagnosticsOf(document);
  lastPushed.set(uri, inputs);
  void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
}

function diagnosticsOf(document: TextDocument): Diagnostic[] {
  const result = lint(document);
  if (!result) return [];
  if (analysed.get(document.uri)?.version !== document.version) {
    analysed.set(document.uri, { version: document.version, kind: result.brief.kind });
    // A motion's text decides what its replies may ask for: when it changes, its replies are analysed again.
    if (!pullDiagnostics && result.brief.kind !== 'reply') refreshReplies(document.uri);
  }
  return result.findings.map((finding) => toDiagnostic(finding, document.uri, document.version));
}

function refreshAll(): void {
  if (pullDiagnostics) requestRefresh();
  else documents.all().forEach((document) => schedulePush(document.uri));
}

function refreshReplies(changedUri?: string): void {
  const replies = documents.all().filter((document) => document.uri !== changedUri && briefOf(document)?.kind === 'reply');
  if (replies.length === 0) return;
  if (pullDiagnostics) requestRefresh();
  else replies.forEach((document) => schedulePush(document.uri));
}

let refreshTimer: NodeJS.Timeout | undefined;
function requestRefresh(): void {
  if (!canRefreshDiagnostics) return;
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void connection.languages.diagnostics.refresh().catch(() => undefined), 100);
}

function lint(document: TextDocument): LintResult | undefined {
  return guarded(document, () => workspace.lint(asOpen(document), settings.config));
}

function briefOf(document: TextDocument): Brief | undefined {
  return guarded(document, () => workspace.brief(asOpen(document), settings.config));
}

/** The engine never throws by design; should it, the server logs it and goes on rather than dying in the editor. */
function guarded<T>(document: TextDocument, analyse: () => T): T | undefined {
  if (!isAnalysable(document)) return undefined;
  try {
    return analyse();
  } catch (error) {
    connection.console.error(`brieflint failed on ${document.uri}: ${error instanceof Error ? error.stack : String(error)}`);
    return undefined;
  }
}

/** A document too large to analyse without freezing the editor is declined once, in words. */
function isAnalysable(document: TextDocument): boolean {
  const length = document.getText().length;
  if (length <= MAX_DOCUMENT_BYTES) return true;
  if (!declined.has(document.uri)) {
    declined.add(document.uri);
    tell(MessageType.Info, `brieflint: this document is ${(length / 1024 / 1024).toFixed(1)} MB; documents over ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB are not checked, so the editor stays responsive.`);
  }
  return false;
}

/**
 * A notification, never window/showMessageRequest: Neovim 0.7 answers a request with a blocking prompt, and Eglot
 * with a minibuffer question, and brieflint has nothing to ask.
 */
function tell(type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

function asOpen(document: TextDocument) {
  return { uri: document.uri, version: document.version, text: document.getText() };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error: unknown) => { clearTimeout(timer); reject(error); });
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function exitWith(message: string, code: number): never {
  (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
  process.exit(code);
}

// A bug must cost the attorney one analysis, never the server: log it and keep answering.
process.on('uncaughtException', (error) => connection.console.error(`brieflint: ${error.stack ?? String(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`brieflint: ${String(reason)}`));

documents.listen(connection);
connection.listen();
