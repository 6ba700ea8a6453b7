/** The signals that stop the server: SIGINT (Ctrl-C, npm) and SIGTERM (Docker, systemd, a parent process). */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * How long a stop may take before the process exits anyway. Supervisors wait about 5 s before
 * they kill (and `docker stop`'s default is 10 s); a job or request that has not finished by then
 * is safe to lose, because every job may run twice (docs/decisions/0010-job-runner.md).
 */
export const STOP_GRACE_MS = 4_000;

export interface StopOptions {
  /** Closes what runs, in order; called once, for the first signal. */
  stop(signal: NodeJS.Signals): Promise<void>;
  /** Runs last, on a clean stop and on a forced one (sync: it also runs just before a forced exit). */
  cleanUp?(): void;
  log(message: string, error?: unknown): void;
  graceMs?: number;
  exit?(code: number): void;
}

/**
 * Stops the process on SIGINT or SIGTERM: `stop`, then exit 0; a stop that fails, or is still busy
 * after the grace period, exits 1 anyway. Installed before the server starts, so a signal during
 * the start is not lost; `stop` waits for the start itself. Later signals are ignored: at a
 * terminal, Ctrl-C reaches the process twice (from the terminal and forwarded by npm).
 */
export function exitOnStopSignals(options: StopOptions): { stopping(): boolean; dispose(): void } {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const finish = (code: number) => {
    try {
      options.cleanUp?.();
    } finally {
      exit(code);
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    options.log(`Signaalroute stopt (${signal})`);
    const timer = setTimeout(() => {
      options.log(`Signaalroute was na ${(options.graceMs ?? STOP_GRACE_MS) / 1000} s nog niet gestopt en stopt nu direct`);
      finish(1);
    }, options.graceMs ?? STOP_GRACE_MS);
    options.stop(signal).then(
      () => {
        clearTimeout(timer);
        finish(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        options.log('stoppen mislukt', error);
        finish(1);
      },
    );
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return {
    stopping: () => stopping,
    dispose: () => {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    },
  };
}
