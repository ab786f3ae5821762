import { setTimeout as sleep } from 'node:timers/promises';
import { buildBrief, EXAMPLES, type Form } from './briefs';
import { ServerSession } from './lsp';
import { summarize, type Summary } from './stats';

/**
 * The server's resident memory (VmRSS in /proc/<pid>/status, so Linux only): once initialized with nothing open,
 * and with twenty distinct 250 KB briefs open (ten on pleading paper, ten in Markdown) once every one of them has
 * its diagnostics. The peak (VmHWM) is the most it held at any moment. A fresh process for each repetition.
 */

export interface MemoryResult {
  briefs: number;
  bytesEach: number;
  repetitions: number;
  /** Bytes. */
  atStart: Summary;
  withBriefs: Summary;
  peak: Summary;
}

const BRIEFS = 20;
/** Lets the server finish what it does after its last message before memory is read. */
const SETTLE_MS = 200;

export async function measureMemory(repetitions: number, progress: (what: string) => void): Promise<MemoryResult> {
  const briefs = Array.from({ length: BRIEFS }, (_, i) => {
    const form: Form = i % 2 === 0 ? 'pleading' : 'markdown';
    return { uri: `file:///bench/memory/brief-${i + 1}.${form === 'pleading' ? 'txt' : 'md'}`, form, text: buildBrief(form, 250_000, i + 1) };
  });
  const atStart: number[] = [];
  const withBriefs: number[] = [];
  const peak: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    progress(`memory: ${BRIEFS} briefs open, repetition ${i + 1} of ${repetitions}`);
    const server = await ServerSession.start();
    try {
      await sleep(SETTLE_MS);
      atStart.push(server.memory().rss);
      for (const brief of briefs) await server.open(brief.uri, EXAMPLES[brief.form].languageId, brief.text);
      for (const brief of briefs) await server.diagnostics(brief.uri, 1);
      await sleep(SETTLE_MS);
      const memory = server.memory();
      withBriefs.push(memory.rss);
      peak.push(memory.peak);
    } finally {
      await server.stop();
    }
  }
  const bytesEach = Math.round(briefs.reduce((sum, brief) => sum + Buffer.byteLength(brief.text), 0) / BRIEFS);
  return { briefs: BRIEFS, bytesEach, repetitions, atStart: summarize(atStart), withBriefs: summarize(withBriefs), peak: summarize(peak) };
}
