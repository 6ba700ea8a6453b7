import { eq } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';
import { municipalities, users } from '../../db/schema';
import type { Tx } from '../../db/tenant';
import { errors } from '../../http/errors';
import { normalizeEmail } from '../../auth/secrets';

/**
 * Inserts a user of a municipality; the region is the municipality's (a regiobeheerder acts for
 * the region of the municipality that employs them). A duplicate e-mail address surfaces as a
 * unique violation when the transaction runs; callers turn it into `email-taken`.
 */
export async function insertUser(
  tx: Tx,
  input: { municipality: string; name: string; email: string; roles: readonly Role[]; passwordHash?: string | null; now: Date },
): Promise<string> {
  const [municipality] = await tx.select({ region: municipalities.region }).from(municipalities).where(eq(municipalities.code, input.municipality));
  if (!municipality) throw errors.unknownMunicipality(input.municipality);
  const [user] = await tx
    .insert(users)
    .values({
      municipality: input.municipality,
      region: municipality.region,
      email: normalizeEmail(input.email),
      name: input.name.trim(),
      roles: [...new Set(input.roles)],
      passwordHash: input.passwordHash ?? null,
      createdAt: input.now,
    })
    .returning({ id: users.id });
  return user!.id;
}
