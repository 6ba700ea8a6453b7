import { eq } from 'drizzle-orm';
import { systemContext } from '../context/context';
import { inTransaction } from '../context/run';
import type { Services } from '../context/services';
import { municipalities, oidcProviders } from '../db/schema';
import type { CliOutput } from './output';

export interface SsoSetArgs {
  municipality?: string | undefined;
  issuer?: string | undefined;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  label?: string | undefined;
}

/**
 * `signaalroute sso set`: single sign-on for one municipality (Entra ID, Keycloak, any OpenID
 * Connect provider). Register `${PUBLIC_URL}/api/v1/auth/sso/callback` as redirect URI there.
 */
export async function ssoSet(services: Services, args: SsoSetArgs, out: CliOutput): Promise<number> {
  const missing = (['municipality', 'issuer', 'clientId', 'clientSecret', 'label'] as const).filter((k) => !args[k]);
  if (missing.length > 0) {
    const flag = (k: string) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    out.error(
      `Ontbrekend: ${missing.map(flag).join(', ')}.\nVoorbeeld: signaalroute sso set --municipality GM0546 --issuer https://login.microsoftonline.com/<tenant>/v2.0 --client-id … --client-secret … --label "Inloggen met uw Leiden-account"`,
    );
    return 2;
  }
  if (!URL.canParse(args.issuer!) || !/^https:\/\//.test(args.issuer!)) {
    out.error('De issuer moet een https-adres zijn.');
    return 2;
  }
  const values = { municipality: args.municipality!, issuer: args.issuer!, clientId: args.clientId!, clientSecret: args.clientSecret!, label: args.label!, enabled: true };
  const cli = systemContext(services, { name: 'cli' });
  // Installation configuration, done by the operator, not tenant data.
  const known = await inTransaction(cli, async ({ tx, audit }) => {
    const [m] = await tx.select({ code: municipalities.code }).from(municipalities).where(eq(municipalities.code, values.municipality));
    if (!m) return false;
    await tx.insert(oidcProviders).values(values).onConflictDoUpdate({ target: oidcProviders.municipality, set: values });
    await audit({ action: 'sso.configure', objectType: 'oidc-provider', objectId: values.municipality, details: { issuer: values.issuer }, municipality: values.municipality });
    return true;
  });
  if (!known) {
    out.error(`Gemeentecode "${values.municipality}" is onbekend.`);
    return 1;
  }
  out.log(`Single sign-on ingesteld voor ${values.municipality}. Redirect-URI bij de identity provider: ${cli.publicUrl}/api/v1/auth/sso/callback`);
  return 0;
}

/** `signaalroute sso disable --municipality`: back to e-mail and password for that municipality. */
export async function ssoDisable(services: Services, municipality: string | undefined, out: CliOutput): Promise<number> {
  if (!municipality) {
    out.error('Ontbrekend: --municipality.');
    return 2;
  }
  const changed = await inTransaction(systemContext(services, { name: 'cli' }), async ({ tx, audit }) => {
    const rows = await tx.update(oidcProviders).set({ enabled: false }).where(eq(oidcProviders.municipality, municipality)).returning({ m: oidcProviders.municipality });
    if (rows.length > 0) await audit({ action: 'sso.disable', objectType: 'oidc-provider', objectId: municipality, municipality });
    return rows.length > 0;
  });
  if (!changed) {
    out.error(`Voor ${municipality} is geen single sign-on ingesteld.`);
    return 1;
  }
  out.log(`Single sign-on uitgezet voor ${municipality}.`);
  return 0;
}
