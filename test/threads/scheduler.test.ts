// The scheduler's safepoint tasks and resident mode (the embedding API keeps a VM idling between
// calls): a task queued while another runs is served without waiting for a wake-up.
import { describe, expect, it } from 'vitest';
import type { Host } from '../../src/host/host.js';
import { RunResult, Scheduler } from '../../src/threads/scheduler.js';

function fakeHost(): Host {
  return {
    flush: () => {},
    currentTimeMillis: () => Date.now(),
    getenv: () => null,
    yieldToEventLoop: () => new Promise<void>((r) => setImmediate(r)),
    sleep: (ms: number) => {
      let timer: NodeJS.Timeout | undefined;
      const done = new Promise<void>((r) => (timer = setTimeout(r, ms)));
      return { done, cancel: () => clearTimeout(timer) };
    },
  } as unknown as Host;
}

describe('scheduler', () => {
  it('runs a safepoint task queued while the previous one was running (no lost wake-up)', async () => {
    const s = new Scheduler(fakeHost());
    s.resident = true;
    const order: string[] = [];
    s.atSafepoint(() => {
      order.push('first');
      // Queued from a microtask that runs before the scheduler's loop resumes.
      queueMicrotask(() => s.atSafepoint(() => {
        order.push('second');
        s.stop();
      }));
    });
    const stopped = s.run(() => RunResult.Terminated);
    const timeout = new Promise<string>((r) => setTimeout(() => r('timed out'), 2000));
    expect(await Promise.race([stopped.then(() => 'stopped'), timeout])).toBe('stopped');
    expect(order).toEqual(['first', 'second']);
  });

  it('keeps a resident VM idle with no threads until it is stopped, without holding a timer', async () => {
    const s = new Scheduler(fakeHost());
    s.resident = true;
    let ended = false;
    const run = s.run(() => RunResult.Terminated).then(() => (ended = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(ended).toBe(false);
    s.stop();
    await run;
    expect(ended).toBe(true);
  });
});
