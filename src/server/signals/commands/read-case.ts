import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../acting-user';
import { auditSignal } from '../audit-signal';
import { loadCase, type CaseView } from '../case-view';
import type { SignalServices } from '../signal-services';

/** The AF opens a signal: the whole case, reporter included, and an audit record of the read. */
export async function readCase(services: SignalServices, input: { municipality: string; user: ActingUser; signalId: string }): Promise<CaseView> {
  return inTenant(services.db, input.municipality, async (tx) => {
    const view = await loadCase(tx, services, input.signalId);
    await auditSignal(tx, input.user, input.municipality, 'signal.read', view.id, { reporter: true });
    return view;
  });
}
