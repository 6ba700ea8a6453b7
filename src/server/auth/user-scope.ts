import type { Db } from '../db/client';
import { asSystem, inTenant, type Tx } from '../db/tenant';

/**
 * A transaction in the tenant of a user's municipality. Accounts without a municipality (none are
 * created through the API; an operator could create one) live outside every tenant, so their
 * records go to the installation's own chain.
 */
export function inUserScope<T>(db: Db, municipality: string | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  return municipality ? inTenant(db, municipality, work) : asSystem(db, work);
}
