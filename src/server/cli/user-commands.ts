import { eq } from 'drizzle-orm';
import { ROLES, type Role } from '../../domain/access/roles';
import { systemContext } from '../context/context';
import { inTransaction, run } from '../context/run';
import type { Services } from '../context/services';
import { users } from '../db/schema';
import { AppError } from '../http/errors';
import { normalizeEmail } from '../auth/secrets';
import { activationLink } from '../users/commands/activation-token';
import { createUser } from '../users/commands/create-user';
import { resetSecondFactor } from '../users/commands/reset-second-factor';
import type { CliOutput } from './output';

export interface UserCreateArgs {
  municipality?: string | undefined;
  name?: string | undefined;
  email?: string | undefined;
  roles?: string | undefined;
}

/** `signaalroute user create`: prints the one-time activation link; no password ever passes the operator. */
export async function userCreate(services: Services, args: UserCreateArgs, out: CliOutput): Promise<number> {
  const missing = (['municipality', 'name', 'email', 'roles'] as const).filter((k) => !args[k]);
  if (missing.length > 0) {
    out.error(`Ontbrekend: ${missing.map((k) => `--${k}`).join(', ')}.\nVoorbeeld: signaalroute user create --municipality GM0546 --name "Anna de Vries" --email anna@leiden.nl --roles beheerder,medewerker`);
    return 2;
  }
  const roles = args.roles!.split(',').map((r) => r.trim());
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length > 0) {
    out.error(`Onbekende rol(len): ${unknown.join(', ')}. Mogelijk: ${ROLES.join(', ')}.`);
    return 2;
  }
  try {
    const ctx = systemContext(services, { name: 'cli', municipality: args.municipality! });
    const created = await run(ctx, createUser, { name: args.name!, email: args.email!, roles: roles as Role[] });
    out.log(`Gebruiker aangemaakt (${roles.join(', ')}).`);
    out.log(`Activatielink, eenmalig en geldig tot ${created.activation.expiresAt.toISOString()}: geef hem persoonlijk door.`);
    out.log(activationLink(ctx.publicUrl, created.activation.token));
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      out.error(error.message);
      return 1;
    }
    throw error;
  }
}

/** `signaalroute user reset-second-factor --email`: for a user who lost their phone. */
export async function userResetSecondFactor(services: Services, email: string | undefined, out: CliOutput): Promise<number> {
  if (!email) {
    out.error('Ontbrekend: --email.');
    return 2;
  }
  const cli = systemContext(services, { name: 'cli' });
  // Across tenants by design: the operator knows the address, not the municipality.
  const [user] = await inTransaction(cli, ({ tx }) =>
    tx.select({ id: users.id, municipality: users.municipality }).from(users).where(eq(users.email, normalizeEmail(email))),
  );
  if (!user) {
    out.error('Er is geen gebruiker met dit e-mailadres.');
    return 1;
  }
  await run({ ...cli, municipality: user.municipality }, resetSecondFactor, { userId: user.id });
  out.log('De tweede factor is verwijderd en alle sessies zijn beëindigd. Bij de volgende keer inloggen stelt de gebruiker een nieuwe in.');
  return 0;
}
