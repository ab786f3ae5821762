/**
 * What the client does when the language server dies without being asked to stop (a crash, a kill, running out of
 * memory), and what it tells the attorney. Plain logic with an injectable clock, so it is tested without VS Code.
 *
 * The policy:
 * - Every crash is followed by a restart, until the server has crashed `maxCrashes` times (5) within `windowMs`
 *   (3 minutes). That crash is not followed by a restart: a server that keeps dying would otherwise flash
 *   diagnostics on and off forever. Brieflint: Restart Server (or changing `brieflint.languages`) starts it again.
 * - The attorney is told once per crash streak, not once per crash. A streak begins with a crash after a quiet spell
 *   and goes on while each crash follows the one before within `windowMs`. Its first crash brings one notice (the
 *   checker stopped and has started again); later restarts in the streak are only logged. If the streak ends in the
 *   server being left stopped, one more notice says so, because briefs are then no longer checked.
 * - A stop the client asks for (Restart Server, a change of `brieflint.languages`, closing the window) is not a
 *   crash; vscode-languageclient does not report it as one, and Restart Server begins a new streak (`reset`).
 */

export interface RestartPolicyOptions {
  /** The crash within `windowMs` after which the server is left stopped. */
  maxCrashes: number;
  windowMs: number;
  /** Milliseconds; `Date.now` except in tests. */
  now: () => number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = { maxCrashes: 5, windowMs: 3 * 60_000, now: Date.now };

/**
 * What to do after a crash. `notice` is what to tell the attorney, if anything: `restarted` on the first crash of a
 * streak, `stopped` when the server is left stopped.
 */
export type CrashDecision =
  | { restart: true; notice: 'restarted' | undefined }
  | { restart: false; notice: 'stopped' | undefined };

export class RestartPolicy {
  private readonly options: RestartPolicyOptions;
  /** When each crash of the current streak happened, oldest first. */
  private crashes: number[] = [];
  private stopped = false;

  constructor(options: Partial<RestartPolicyOptions> = {}) {
    this.options = { ...DEFAULT_RESTART_POLICY, ...options };
  }

  /** The server died unasked. */
  crashed(): CrashDecision {
    const now = this.options.now();
    // Once left stopped, nothing restarts the server but the attorney, who has been told.
    if (this.stopped) return { restart: false, notice: undefined };
    const last = this.crashes.at(-1);
    const streakGoesOn = last !== undefined && now - last < this.options.windowMs;
    if (!streakGoesOn) this.crashes = [];
    // Only the crashes within the window count (and are kept), however long the streak.
    this.crashes = [...this.crashes.filter((time) => now - time < this.options.windowMs), now];
    if (this.crashes.length >= this.options.maxCrashes) {
      this.stopped = true;
      return { restart: false, notice: 'stopped' };
    }
    return { restart: true, notice: streakGoesOn ? undefined : 'restarted' };
  }

  /** The server was started on purpose (Restart Server, a new client): the next crash begins a new streak. */
  reset(): void {
    this.crashes = [];
    this.stopped = false;
  }

  get maxCrashes(): number {
    return this.options.maxCrashes;
  }

  get windowMs(): number {
    return this.options.windowMs;
  }
}

/** The words of each notice: no protocol terms, and what (if anything) the attorney can do. */
export function crashNoticeText(notice: 'restarted' | 'stopped', policy: Pick<RestartPolicy, 'maxCrashes' | 'windowMs'>): string {
  if (notice === 'restarted') {
    return 'brieflint stopped unexpectedly and has started again, so your briefs are being checked again. '
      + 'Your documents were not changed. The log shows what happened.';
  }
  return `brieflint stopped unexpectedly ${policy.maxCrashes} times in ${describeDuration(policy.windowMs)}, so it has not started again `
    + 'and your briefs are not being checked. Choose Restart Server to try again; the log shows what went wrong.';
}

/** "3 minutes", "30 seconds". */
export function describeDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return ms === 60_000 ? 'a minute' : `${ms / 60_000} minutes`;
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds === 1 ? 'a second' : `${seconds} seconds`;
}
