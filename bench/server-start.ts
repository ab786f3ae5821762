import { buildBrief, EXAMPLES } from './briefs';
import { ServerSession } from './lsp';
import { summarize, type Summary } from './stats';

/**
 * From spawning the server to the first diagnostics of the brief an editor opens with it: spawn → initialize →
 * initialized → didOpen (a 250 KB pleading-paper brief) → publishDiagnostics, debounce 0. A fresh process each time.
 */

export interface StartResult {
  spawns: number;
  bytes: number;
  /** Spawn to the answer to `initialize`. */
  initialize: Summary;
  /** Spawn to the first `publishDiagnostics` of the opened brief. */
  firstDiagnostics: Summary;
}

const URI = 'file:///bench/start/brief.txt';

export async function measureStart(spawns: number, progress: (what: string) => void): Promise<StartResult> {
  const text = buildBrief('pleading', 250_000);
  const initialize: number[] = [];
  const firstDiagnostics: number[] = [];
  for (let i = 0; i < spawns; i++) {
    progress(`start: spawn ${i + 1} of ${spawns}`);
    const server = await ServerSession.start();
    try {
      await server.open(URI, EXAMPLES.pleading.languageId, text);
      const arrived = await server.diagnostics(URI, 1);
      initialize.push(server.initializedAt - server.spawnedAt);
      firstDiagnostics.push(arrived - server.spawnedAt);
    } finally {
      await server.stop();
    }
  }
  return { spawns, bytes: Buffer.byteLength(text), initialize: summarize(initialize), firstDiagnostics: summarize(firstDiagnostics) };
}
