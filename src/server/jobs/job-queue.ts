import { errors } from '../http/errors';

/** What a job carries: ids and codes only (the job table is not encrypted), and the tenant it runs in. */
export interface JobData {
  municipality: string | null;
  [key: string]: string | number | boolean | null;
}

/** Where commands put work for later (src/server/jobs/job-runner.ts). */
export interface JobQueue {
  readonly running: boolean;
  send(queue: string, data: JobData): Promise<void>;
}

/** The queue of a process that runs no jobs (the CLI, most tests): nothing can be queued. */
export const noJobQueue: JobQueue = {
  running: false,
  send: () => Promise.reject(errors.jobsNotRunning()),
};

/** The name and code of an error, never its message (an SMTP answer may quote an address). */
export function errorCode(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.name}:${code}` : error.name;
  }
  return 'unknown';
}
