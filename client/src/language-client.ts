import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentSelector, SECTION, settingsSnapshot } from './settings';

/**
 * Owns the one LanguageClient of the window. A document selector is fixed when a client is made, so a change to
 * `brieflint.languages` replaces the client; everything else (settings, files) the server follows by itself.
 */
export class BrieflintClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** Starts, restarts and replacements run one after another, never interleaved. */
  private queue: Promise<void> = Promise.resolve();
  private readonly startedEmitter = new vscode.EventEmitter<void>();
  /** Fires each time a server has started and answered `initialize`. */
  readonly onDidStart = this.startedEmitter.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.LogOutputChannel) {}

  get current(): LanguageClient | undefined {
    return this.client;
  }

  start(): Promise<void> {
    return this.enqueue(async () => {
      this.client ??= this.create();
      await this.client.start();
    });
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      this.client ??= this.create();
      await this.client.restart();
    });
  }

  /** Stops the running client and starts a new one, for settings only read when a client is made. */
  replace(): Promise<void> {
    return this.enqueue(async () => {
      const old = this.client;
      this.client = undefined;
      await old?.dispose();
      this.client = this.create();
      await this.client.start();
    });
  }

  async dispose(): Promise<void> {
    this.startedEmitter.dispose();
    await this.queue.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    await client?.dispose();
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const run = this.queue.catch(() => undefined).then(operation).then(() => this.startedEmitter.fire());
    this.queue = run;
    return run;
  }

  private create(): LanguageClient {
    // The server is bundled beside this file (dist/server.js); `npm run build` or the .vsix puts it there.
    const serverModule = this.context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(),
      outputChannel: this.output,
      traceOutputChannel: this.output,
      // A function, so that a restart sends the settings as they are then.
      initializationOptions: settingsSnapshot,
    };
    return new LanguageClient(SECTION, 'brieflint', serverOptions, clientOptions);
  }
}
