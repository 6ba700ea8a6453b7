import { errorCode, runReminders, type ReminderDeps } from './run-reminders';

export interface ReminderSchedule {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs the reminders every `intervalSeconds` (REMINDER_INTERVAL_SECONDS). The timer does not keep
 * the process alive, a run never overlaps the previous one, and errors are logged without
 * personal data. Every instance may run this: the claims make each reminder go out once.
 */
export function scheduleReminders(deps: ReminderDeps, options: { intervalSeconds: number; now?: () => Date }): ReminderSchedule {
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runReminders(deps, now())
      .then((sent) => {
        if (sent.before + sent.after > 0) deps.logger?.info({ reminders: sent }, 'herinneringen voor terugkoppeling verstuurd');
      })
      .catch((error: unknown) => deps.logger?.error({ error: errorCode(error) }, 'herinneringen voor terugkoppeling mislukt'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalSeconds * 1000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
