import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, State, TransportKind,
  type CloseHandlerResult, type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { crashNoticeText, describeDuration, RestartPolicy, type CrashDecision } from './restart-policy';
import { documentSelector, SECTION, settingsSnapshot } from './settings';
import { describeError } from './status';

const SHOW_LOG = 'Show Log';
const RESTART_SERVER = 'Restart Server';

/**
 * Owns the one LanguageClient of the window. A document selector is fixed when a client is made, so a change to
 * `brieflint.languages` replaces the client; everything else (settings, files) the server follows by itself.
 */
export class BrieflintClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** Starts, restarts and replacements run one after another, never interleaved. */
  private queue: Promise<void> = Promise.resolve();
  private readonly stateEmitter = new vscode.EventEmitter<void>();
  /** Fires each time a server has started (answered `initialize`) or stopped, whether asked to or not. */
  readonly onDidChangeState = this.stateEmitter.event;
  /** One for the window, across replaced clients: when to restart a server that died, and when to say so. */
  private readonly restartPolicy = new RestartPolicy();

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

  /** Brieflint: Restart Server. Also revives a server left stopped after repeated crashes. */
  restart(): Promise<void> {
    return this.enqueue(async () => {
      this.restartPolicy.reset();
      const client = this.client;
      // A restart after a crash may be under way; let it finish first.
      if (client?.state === State.Starting) await client.start().catch(() => undefined);
      if (client?.state === State.Running) {
        await client.restart();
        return;
      }
      // Stopped after crashes, or never started: a client whose start failed cannot start again, so a new one does.
      await this.renew();
    });
  }

  /** Stops the running client and starts a new one, for settings only read when a client is made. */
  replace(): Promise<void> {
    return this.enqueue(async () => {
      this.restartPolicy.reset();
      await this.renew();
    });
  }

  async dispose(): Promise<void> {
    await this.queue.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    await client?.dispose().catch(() => undefined);
    this.stateEmitter.dispose();
  }

  private async renew(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    // A client that is not running cannot be stopped, only dropped.
    await old?.dispose().catch(() => undefined);
    this.client = this.create();
    await this.client.start();
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const run = this.queue.catch(() => undefined).then(operation);
    this.queue = run;
    return run;
  }

  private create(): LanguageClient {
    // The server is bundled beside this file (dist/server.js); `npm run build` or the .vsix puts it there. Nothing
    // from the workspace or the settings names the program: it is always this file, run by VS Code's own Node.
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
      errorHandler: this.errorHandler(),
      middleware: {
        workspace: {
          // A change of `brieflint.languages` also replaces this client, whose server may be stopping by the time
          // the change would reach it. It needs no news of settings then (the next server reads them as it starts),
          // and the library would show the failure as an error.
          didChangeConfiguration: async (sections, next) => {
            try {
              await next(sections);
            } catch (error) {
              if (client.isRunning()) throw error;
              this.output.debug(`A settings change was not sent to a server that is no longer running: ${describeError(error)}`);
            }
          },
        },
      },
    };
    const client = new LanguageClient(SECTION, 'brieflint', serverOptions, clientOptions);
    client.onDidChangeState(({ newState }) => {
      if (client !== this.client) return;
      if (newState === State.Running) this.output.info(`The brieflint language server is running (process ${client.serverProcess?.pid ?? 'unknown'}).`);
      if (newState !== State.Starting) this.stateEmitter.fire();
    });
    return client;
  }

  /**
   * Replaces vscode-languageclient's own crash messages ("Connection to server got closed…") with the restart
   * policy's (restart-policy.ts). The library calls `closed()` only when the server ends unasked: a stop the client
   * asks for (restart, replacement, deactivation) never reaches it.
   */
  private errorHandler(): ErrorHandler {
    return {
      // A message that cannot be read or written is logged by the library. If the server has died, `closed()`
      // follows; the library's default of stopping after three such errors would leave it stopped, unannounced.
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: (): CloseHandlerResult => {
        const decision = this.restartPolicy.crashed();
        if (decision.notice) this.tell(decision);
        // `message` goes to the log only: `handled` stops the library from showing one of its own.
        return decision.restart
          ? { action: CloseAction.Restart, handled: true, message: 'The brieflint language server stopped unexpectedly; starting it again.' }
          : {
            action: CloseAction.DoNotRestart,
            handled: true,
            message: `The brieflint language server stopped unexpectedly ${this.restartPolicy.maxCrashes} times in `
              + `${describeDuration(this.restartPolicy.windowMs)}; it is left stopped until Brieflint: Restart Server.`,
          };
      },
    };
  }

  private tell(decision: CrashDecision): void {
    if (!decision.notice) return;
    const text = crashNoticeText(decision.notice, this.restartPolicy);
    const shown = decision.notice === 'stopped'
      ? vscode.window.showErrorMessage(text, RESTART_SERVER, SHOW_LOG)
      : vscode.window.showWarningMessage(text, SHOW_LOG);
    void shown.then((choice) => {
      if (choice === SHOW_LOG) this.output.show(true);
      else if (choice === RESTART_SERVER) void vscode.commands.executeCommand('brieflint.restartServer');
    });
  }
}
