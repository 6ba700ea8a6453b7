import type { SignalCase } from '../../domain/signal/views';
import type { CaseView } from './case-view';

/** The case as the API answers it: dates as ISO 8601 strings. */
export function caseBodyOf(view: CaseView & { notice?: string | null }): SignalCase {
  return {
    ...view,
    receivedAt: view.receivedAt.toISOString(),
    legalHoldSince: view.legalHoldSince?.toISOString() ?? null,
    events: view.events.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}
