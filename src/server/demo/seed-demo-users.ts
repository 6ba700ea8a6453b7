import { eq } from 'drizzle-orm';
import { requiresSecondFactor, type Role } from '../../domain/access/roles';
import { hashPassword } from '../auth/password-hash';
import { randomToken } from '../auth/secrets';
import { newTotpSecret } from '../auth/totp';
import { sealTotpSecret } from '../auth/totp-secret';
import { systemContext } from '../context/context';
import { inTransaction } from '../context/run';
import type { Services } from '../context/services';
import { users } from '../db/schema';
import { insertUser } from '../users/commands/insert-user';

/** One demo municipality per region, so every route map and partner list can be tried. */
export const DEMO_MUNICIPALITIES = [
  { code: 'GM0546', slug: 'leiden' },
  { code: 'GM0518', slug: 'denhaag' },
  { code: 'GM0599', slug: 'rotterdam' },
  { code: 'GM0855', slug: 'tilburg' },
  { code: 'GM0344', slug: 'utrecht' },
] as const;

const DEMO_ROLES: { role: Role; name: string }[] = [
  { role: 'medewerker', name: 'Mila Medewerker' },
  { role: 'aandachtsfunctionaris', name: 'Aad Aandachtsfunctionaris' },
  { role: 'beheerder', name: 'Bea Beheerder' },
  { role: 'auditor', name: 'Otto Auditor' },
  { role: 'regiobeheerder', name: 'Rein Regiobeheerder' },
];

export interface DemoUser {
  municipality: string;
  role: Role;
  email: string;
  totpSecret: string | null;
}

/**
 * A user of every role in every demo municipality, all with one random password (printed at
 * start) and, where the role requires it, a second factor already set up (secret printed; stored
 * encrypted with the services' keyring, the key file the server opens next).
 */
export async function seedDemoUsers(services: Services): Promise<{ password: string; users: DemoUser[] }> {
  const password = `demo-${randomToken(12)}`;
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const created: DemoUser[] = [];
  for (const { code, slug } of DEMO_MUNICIPALITIES) {
    await inTransaction(systemContext(services, { municipality: code }), async ({ tx, audit }) => {
      for (const { role, name } of DEMO_ROLES) {
        const email = `${role}@${slug}.demo.signaalroute.nl`;
        const userId = await insertUser(tx, { municipality: code, name, email, roles: [role], passwordHash, now });
        const totpSecret = requiresSecondFactor([role]) ? newTotpSecret() : null;
        if (totpSecret) {
          await tx
            .update(users)
            .set({ totpSecret: sealTotpSecret(services.keyring, userId, 'secret', totpSecret), totpEnabledAt: now })
            .where(eq(users.id, userId));
        }
        created.push({ municipality: code, role, email, totpSecret });
      }
      await audit({ action: 'demo.seed', details: { users: DEMO_ROLES.length } });
    });
  }
  return { password, users: created };
}
