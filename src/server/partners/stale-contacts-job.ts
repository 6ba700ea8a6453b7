import { run } from '../context/run';
import type { JobDefinition, Schedule } from '../jobs/job-runner';
import { mailStaleContacts } from './commands/stale-contacts';

export const STALE_CONTACTS_QUEUE = 'stale-contacts-mail';

/**
 * Once a day across all instances it looks whether a regiobeheerder is due the monthly e-mail
 * about contacts not checked for a year (mailStaleContacts sends at most one per calendar month).
 */
export const staleContactsJob: JobDefinition = {
  queue: STALE_CONTACTS_QUEUE,
  // The mail server away for a while: tried again within the hour; tomorrow's run catches up too.
  retryLimit: 3,
  retryDelaySeconds: 600,
  subject: () => STALE_CONTACTS_QUEUE,
  handle: async (ctx) => {
    await run(ctx, mailStaleContacts, undefined);
  },
};

export const staleContactsSchedule = (everySeconds: number): Schedule => ({ queue: STALE_CONTACTS_QUEUE, everySeconds });
