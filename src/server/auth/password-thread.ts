import { errors } from '../http/errors';
import { ThreadCalls, workerEntry } from '../threads/thread-calls';
import type { PasswordCheck, PasswordOwner } from './password-policy';

/**
 * zxcvbn's dictionaries take about 40 MB of memory, and a server needs them only when somebody
 * chooses a password: at the first set-up, an activation or a change. So they live in a thread of
 * their own, started at the first check and stopped a minute after the last (ADR 36). A check
 * after a quiet minute waits about half a second for the thread to start.
 */
const IDLE_MS = 60_000;

type PasswordThread = ThreadCalls<{ password: string; owner: PasswordOwner }>;
let thread: Promise<PasswordThread> | null = null;
let running: PasswordThread | null = null;
let idle: NodeJS.Timeout | undefined;

async function start(): Promise<PasswordThread> {
  const calls = await ThreadCalls.start<{ password: string; owner: PasswordOwner }>(workerEntry('password-worker', import.meta.url));
  // Never what keeps the process alive.
  calls.worker.unref();
  running = calls;
  return calls;
}

async function check(password: string, owner: PasswordOwner): Promise<PasswordCheck> {
  clearTimeout(idle);
  const started = (thread ??= start());
  try {
    return await (await started).send<PasswordCheck>({ password, owner });
  } catch (error) {
    if (thread === started) thread = running = null;
    throw error;
  } finally {
    idle = setTimeout(stopWhenIdle, IDLE_MS).unref();
  }
}

/** Synchronous, so no check can start between the test and the stop. */
function stopWhenIdle(): void {
  if (!running || running.waiting > 0) return;
  void running.worker.terminate();
  thread = running = null;
}

/**
 * The policy as a refusal: a 400 weak-password with the reason's Dutch message, the same wherever
 * a password is chosen (first set-up, activation, changing one's own).
 */
export async function requireAcceptablePassword(password: string, owner: PasswordOwner): Promise<void> {
  const verdict = await check(password, owner);
  if (!verdict.ok) throw errors.weakPassword(verdict.reason, verdict.message);
}
