import { eq } from 'drizzle-orm';
import type { AfContactView } from '../../domain/af-contact/schema';
import type { Content } from '../../domain/content/content';
import { afContacts } from '../db/schema';
import type { Tx } from '../db/tenant';

/** The municipality's AF as the beheerder set it, or no contact yet; read inside the municipality's tenant transaction. */
export async function afContactOf(tx: Tx, content: Content, municipality: string): Promise<AfContactView> {
  const [row] = await tx.select().from(afContacts).where(eq(afContacts.municipality, municipality));
  return {
    municipality: { code: municipality, name: content.municipality(municipality)?.name ?? municipality },
    contact: row ? { name: row.name, phone: row.phone, email: row.email, hours: row.hours } : null,
    setAt: row?.setAt.toISOString() ?? null,
  };
}
