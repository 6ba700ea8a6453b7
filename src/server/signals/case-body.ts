import type { z } from 'zod';
import type { CaseView } from './case-view';
import type { caseBody } from './schema';

const iso = (d: Date | string) => (typeof d === 'string' ? new Date(d).toISOString() : d.toISOString());

/** The case as the API answers it: dates as ISO 8601 strings. */
export function caseBodyOf(view: CaseView & { notice?: string | null }): z.infer<typeof caseBody> {
  return {
    ...view,
    receivedAt: iso(view.receivedAt),
    events: view.events.map((e) => ({ ...e, at: iso(e.at) })),
    // The handover module owns both the view and its API shape; the response schema checks it at run time.
    handovers: view.handovers as unknown as z.infer<typeof caseBody>['handovers'],
  };
}
