import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitOnStopSignals } from './stop-signals';

describe('exitOnStopSignals', () => {
  const installed: { dispose(): void }[] = [];
  afterEach(() => {
    for (const handlers of installed.splice(0)) handlers.dispose();
    vi.useRealTimers();
  });

  const install = (stop: () => Promise<void>) => {
    const calls = { stop: 0, cleanUp: 0, exit: [] as number[], log: [] as string[] };
    installed.push(
      exitOnStopSignals({
        stop: () => {
          calls.stop++;
          return stop();
        },
        cleanUp: () => calls.cleanUp++,
        log: (message) => calls.log.push(message),
        exit: (code) => calls.exit.push(code),
        graceMs: 1_000,
      }),
    );
    return calls;
  };

  it('stops once, cleans up and exits 0, however often the signal comes', async () => {
    const calls = install(async () => {});
    process.emit('SIGINT', 'SIGINT');
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGINT', 'SIGINT');
    await vi.waitFor(() => expect(calls.exit).toEqual([0]));
    expect(calls).toMatchObject({ stop: 1, cleanUp: 1 });
    expect(calls.log).toEqual(['Signaalroute stopt (SIGINT)']);
  });

  it('exits 1 after the grace period when the stop hangs, and still cleans up', async () => {
    vi.useFakeTimers();
    const calls = install(() => new Promise<void>(() => {}));
    process.emit('SIGTERM', 'SIGTERM');
    await vi.advanceTimersByTimeAsync(999);
    expect(calls.exit).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.exit).toEqual([1]);
    expect(calls.cleanUp).toBe(1);
  });

  it('exits 1 when the stop fails', async () => {
    const calls = install(() => Promise.reject(new Error('database')));
    process.emit('SIGTERM', 'SIGTERM');
    await vi.waitFor(() => expect(calls.exit).toEqual([1]));
    expect(calls.log).toContain('stoppen mislukt');
  });
});
