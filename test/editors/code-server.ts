import { spawn, execFile, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

/**
 * code-server: VS Code's own workbench, served to a browser. scripts/editor-tests/install-code-server.sh installs it
 * (with the Node 24 it needs) into a cache outside the repository, keyed by version; this file finds it there, installs
 * an extension into it and starts it.
 */
export const CODE_SERVER_VERSION = '4.139.1';

const INSTALL_SCRIPT = 'scripts/editor-tests/install-code-server.sh';

/** The private npm prefix that holds code-server and its Node. */
export function codeServerHome(): string {
  const cache = process.env.BRIEFLINT_EDITOR_CACHE || path.join(os.homedir(), '.cache', 'brieflint-editor-tests');
  return path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
}

/** The code-server binary; throws, naming the install script, when the cache holds no finished install. */
export function codeServerBin(): string {
  const home = codeServerHome();
  const bin = path.join(home, 'bin', 'code-server');
  if (!fs.existsSync(path.join(home, '.brieflint-installed')) || !fs.existsSync(bin)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed in ${home}: run \`bash ${INSTALL_SCRIPT}\` first`);
  }
  return bin;
}

/** code-server's entry script runs `node` from PATH: its own Node 24 comes first. */
function codeServerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(codeServerHome(), 'bin')}${path.delimiter}${process.env.PATH ?? ''}` };
  // Nothing from an outer VS Code or code-server session may leak in (an IPC hook would make the CLI talk to it).
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key.startsWith('CODE_SERVER_') || key === 'PASSWORD' || key === 'HASHED_PASSWORD') {
      delete env[key];
    }
  }
  // No extensions gallery (code-server's default is Open VSX): the test installs only the .vsix, and asks no network.
  env.EXTENSIONS_GALLERY = '{}';
  return env;
}

/** `code-server --install-extension <vsix>` into its own extensions folder; returns what it printed. */
export async function installExtension(vsix: string, extensionsDir: string, userDataDir: string): Promise<string> {
  fs.mkdirSync(userDataDir, { recursive: true });
  const configFile = path.join(userDataDir, 'code-server-install-config.yaml');
  fs.writeFileSync(configFile, 'auth: none\n'); // not ~/.config/code-server/config.yaml
  const { stdout, stderr } = await promisify(execFile)(
    codeServerBin(),
    ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
    { env: codeServerEnv(), timeout: 180_000 },
  );
  return `${stdout}${stderr}`;
}

/** A port nobody listens on at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface CodeServerOptions {
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  /** Where code-server's own output goes. */
  logFile: string;
  /**
   * Leave Workspace Trust on (code-server's `--disable-workspace-trust` is passed otherwise). With the user setting
   * `security.workspace.trust.enabled` and no trust prompt, the folder then opens in Restricted Mode.
   */
  workspaceTrust?: boolean;
}

export interface RunningCodeServer {
  url: string;
  process: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

/** Starts code-server on a free loopback port without authentication and waits until it answers HTTP. */
export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const port = await freePort();
  const configFile = path.join(options.userDataDir, 'code-server-config.yaml');
  fs.mkdirSync(options.userDataDir, { recursive: true });
  // Its own config file, so that ~/.config/code-server/config.yaml (a password, another port) is never read.
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    options.workspace,
  ];
  const log = fs.openSync(options.logFile, 'a');
  fs.writeSync(log, `$ code-server ${args.join(' ')}\n`);
  // Its own process group, so that stop() ends it together with the extension host and the language server.
  const child = spawn(codeServerBin(), args, { env: codeServerEnv(), stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const running: RunningCodeServer = { url, process: child, logFile: options.logFile, stop: () => stopProcessGroup(child) };
  try {
    await waitForHttp(`${url}/healthz`, 120_000, child);
  } catch (error) {
    await running.stop();
    throw new Error(`${(error as Error).message}; code-server's log, ${options.logFile}:\n${tail(options.logFile)}`);
  }
  return running;
}

/** Polls until the URL answers with any HTTP status below 500. */
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before answering ${url}`);
    const status = await new Promise<number | undefined>((resolve) => {
      const request = http.get(url, (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      request.on('error', () => resolve(undefined));
      request.setTimeout(5_000, () => request.destroy());
    });
    if (status !== undefined && status < 500) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** SIGTERM to the whole group, then SIGKILL to whatever is still there after 10 s. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const group = -child.pid;
  const signal = (name: NodeJS.Signals | 0): boolean => {
    try {
      process.kill(group, name);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  if (!signal('SIGTERM')) return;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (!signal(0)) return;
  }
  signal('SIGKILL');
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
