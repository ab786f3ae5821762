import * as assert from 'node:assert/strict';
import { crashNoticeText, RestartPolicy, type CrashDecision } from '../../client/src/restart-policy';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** A policy on a clock the test moves by hand. */
function policyAt(start = 1_000_000): { policy: RestartPolicy; advance: (ms: number) => void } {
  let now = start;
  const policy = new RestartPolicy({ now: () => now });
  return { policy, advance: (ms) => { now += ms; } };
}

/** `count` crashes `gap` apart, the first one now; what the policy decided for each. */
function crashes(policy: RestartPolicy, advance: (ms: number) => void, count: number, gap: number): CrashDecision[] {
  const decisions: CrashDecision[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) advance(gap);
    decisions.push(policy.crashed());
  }
  return decisions;
}

describe('the client\'s restart policy for a server that dies', () => {
  it('restarts after a crash and tells the attorney', () => {
    const { policy } = policyAt();
    assert.deepEqual(policy.crashed(), { restart: true, notice: 'restarted' });
  });

  it('tells once per streak: later crashes within 3 minutes of the one before are restarted silently', () => {
    const { policy, advance } = policyAt();
    const decisions = crashes(policy, advance, 4, 50 * SECOND);
    assert.deepEqual(decisions, [
      { restart: true, notice: 'restarted' },
      { restart: true, notice: undefined },
      { restart: true, notice: undefined },
      { restart: true, notice: undefined },
    ]);
  });

  it('leaves the server stopped at the fifth crash within 3 minutes, and says so once', () => {
    const { policy, advance } = policyAt();
    const decisions = crashes(policy, advance, 5, 40 * SECOND); // 5 crashes in 160 s
    assert.deepEqual(decisions.map((decision) => decision.restart), [true, true, true, true, false]);
    assert.deepEqual(decisions.map((decision) => decision.notice), ['restarted', undefined, undefined, undefined, 'stopped']);
    // Nothing restarts it now, and nothing more is said.
    advance(10 * MINUTE);
    assert.deepEqual(policy.crashed(), { restart: false, notice: undefined });
  });

  it('keeps restarting a server whose crashes are spread out, counting only those within the last 3 minutes', () => {
    const { policy, advance } = policyAt();
    // One crash every 50 s for ten minutes: never five within 3 minutes, and one streak, so one notice.
    const decisions = crashes(policy, advance, 12, 50 * SECOND);
    assert.ok(decisions.every((decision) => decision.restart), 'every crash is followed by a restart');
    assert.equal(decisions.filter((decision) => decision.notice !== undefined).length, 1);
  });

  it('counts the window exactly: five crashes spanning 3 minutes or more leave it running', () => {
    const { policy, advance } = policyAt();
    const decisions = crashes(policy, advance, 5, 45 * SECOND); // the first and the fifth exactly 180 s apart
    assert.ok(decisions.every((decision) => decision.restart));
    advance(44 * SECOND); // now four within the last 3 minutes, and this one
    assert.deepEqual(policy.crashed(), { restart: false, notice: 'stopped' });
  });

  it('begins a new streak, with a new notice, after 3 quiet minutes', () => {
    const { policy, advance } = policyAt();
    crashes(policy, advance, 4, 10 * SECOND);
    advance(3 * MINUTE);
    assert.deepEqual(policy.crashed(), { restart: true, notice: 'restarted' });
    // The old streak's crashes no longer count toward stopping.
    const next = crashes(policy, advance, 3, 10 * SECOND);
    assert.ok(next.every((decision) => decision.restart));
  });

  it('begins a new streak when the attorney restarts the server, also after it was left stopped', () => {
    const { policy, advance } = policyAt();
    crashes(policy, advance, 5, SECOND);
    policy.reset();
    advance(SECOND);
    assert.deepEqual(policy.crashed(), { restart: true, notice: 'restarted' });
    crashes(policy, advance, 2, SECOND);
    policy.reset();
    advance(SECOND);
    assert.deepEqual(policy.crashed(), { restart: true, notice: 'restarted' }, 'a restart in mid-streak starts the count again');
  });

  it('takes its limits as options', () => {
    let now = 0;
    const policy = new RestartPolicy({ maxCrashes: 2, windowMs: 10 * SECOND, now: () => now });
    assert.equal(policy.crashed().restart, true);
    now += 9 * SECOND;
    assert.deepEqual(policy.crashed(), { restart: false, notice: 'stopped' });
  });
});

describe('the words of the crash notices', () => {
  const limits = { maxCrashes: 5, windowMs: 3 * MINUTE };

  it('say what happened and what follows, in plain words', () => {
    assert.match(crashNoticeText('restarted', limits), /^brieflint stopped unexpectedly and has started again, so your briefs are being checked again\./);
    assert.match(crashNoticeText('stopped', limits), /^brieflint stopped unexpectedly 5 times in 3 minutes, so it has not started again and your briefs are not being checked\./);
    assert.match(crashNoticeText('stopped', limits), /Restart Server/);
    assert.match(crashNoticeText('stopped', { maxCrashes: 2, windowMs: 30 * SECOND }), /2 times in 30 seconds/);
  });

  it('use none of the protocol\'s words', () => {
    for (const notice of ['restarted', 'stopped'] as const) {
      const text = crashNoticeText(notice, limits);
      assert.doesNotMatch(text, /connection|language server|LSP|protocol|process|crash|exit code|signal|closed/i, text);
    }
  });
});
