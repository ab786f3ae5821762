// Runs the editor tests in a real VS Code: `npm run test:electron`. It downloads VS Code (about 150 MB, cached in
// .vscode-test/) unless BRIEFLINT_VSCODE_EXECUTABLE names an installed one; BRIEFLINT_VSCODE_VERSION picks the
// version to download (default: the latest stable).
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { repoPath } from '../repo';

const DOWNLOAD_IDLE_TIMEOUT_MS = 30_000;

async function main(): Promise<number> {
  let vscodeExecutablePath = process.env.BRIEFLINT_VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    const version = process.env.BRIEFLINT_VSCODE_VERSION ?? 'stable';
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version, timeout: DOWNLOAD_IDLE_TIMEOUT_MS });
    } catch (error) {
      console.error(`test:electron: could not download VS Code (${version}): ${describe(error)}`);
      console.error('These tests need VS Code. On a machine without access to update.code.visualstudio.com, install VS Code and');
      console.error('set BRIEFLINT_VSCODE_EXECUTABLE to its executable (for example /usr/share/code/code).');
      return 1;
    }
  }
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoPath(),
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      // The examples are the workspace, so a reply finds its motion on disk; no other extension may add diagnostics;
      // telemetry off, because mocha fails the running test on any uncaught error in the extension host, its network errors included.
      launchArgs: [repoPath('examples', 'romero-v-securus'), '--disable-extensions', '--disable-telemetry'],
    });
  } catch (error) {
    console.error(`test:electron: the editor tests failed: ${describe(error)}`);
    return 1;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(`test:electron: ${describe(error)}`);
  process.exit(1);
});
