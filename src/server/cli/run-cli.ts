import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent } from '../content/check-content';
import { checkRegionPack, exportRegionPack, importRegionPackFile } from '../content/region-pack-commands';
import { parseConfig } from '../config';
import type { Database } from '../db/client';
import { auditVerify } from './audit-verify';
import { backupCommand, restoreCommand } from './backup-commands';
import { keysRotate } from './keys-rotate';
import { registerImportAddresses, registerImportOrganisations, registerImportPersons } from './register-commands';
import { ssoDisable, ssoSet } from './sso-commands';
import { userCreate, userResetSecondFactor } from './user-commands';
import { keyringIfPresent, openDatabaseFromEnv, openServicesFromEnv } from './open-from-env';
import type { Services } from '../context/services';
import type { CliOutput } from './output';

const USAGE = `Gebruik: signaalroute <opdracht>

  user create --municipality GM0546 --name "Naam" --email adres --roles beheerder,medewerker
                         maak een gebruiker aan; toont een eenmalige activatielink
  user reset-second-factor --email adres
                         verwijder de tweede factor van een gebruiker (telefoon kwijt)
  sso set --municipality GM0546 --issuer https://… --client-id … --client-secret … --label "…"
                         stel single sign-on (OpenID Connect) in voor een gemeente
  sso disable --municipality GM0546
                         zet single sign-on uit voor een gemeente
  keys rotate            nieuwe versleutelingssleutel; alle gegevens opnieuw versleuteld (stop eerst de server)
  audit verify           controleer de hash-keten van de audittrail
  backup BESTAND         maak een back-up van de hele database in één bestand (zonder de sleutel);
                         op een PostgreSQL-server mag Signaalroute daarbij blijven draaien
  restore BESTAND        zet een back-up terug in een nieuwe, lege database (nieuwe DATA_DIR of
                         nieuwe database op de server); nooit over bestaande gegevens heen
  content check [map]    controleer de inhoudsbestanden (routekaarten, partners, kennis)
  content check BESTAND.yaml
                         controleer een regiopakket (YAML of JSON) tegen de inhoud van deze installatie
  content export REGIO [BESTAND.yaml]
                         schrijf het gepubliceerde regiopakket van een regio uit de database
                         (zonder bestand: naar het scherm; .json voor JSON)
  content import BESTAND.yaml [--publish]
                         een regiopakket wordt het concept van zijn regio, of met --publish meteen
                         een nieuwe versie; een draaiende server op PostgreSQL toont die binnen seconden
  registers import persons --municipality GM0546 --source "Handhaving" BESTAND.csv
                         importeer personen uit een eigen systeem van de gemeente (vervangt de
                         vorige import van die bron; bij één foute regel wordt niets geïmporteerd)
  registers import addresses BESTAND.csv
                         importeer de adressen van de BAG (het bagadres-bestand van NLExtract) voor
                         alle gemeenten; vervangt de vorige import, alles of niets
  registers import organisations BESTAND.csv
                         importeer de organisaties van de KVK voor alle gemeenten; vervangt de
                         vorige import, alles of niets

De database komt uit dezelfde instellingen als de server (DATABASE_URL of DATA_DIR).`;

async function withDatabase(env: NodeJS.ProcessEnv, work: (database: Database) => Promise<number>): Promise<number> {
  const database = await openDatabaseFromEnv(env);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** The same, with the services the server would have (for commands that run as the installation). */
function withServices(env: NodeJS.ProcessEnv, work: (services: Services) => Promise<number>): Promise<number> {
  return withDatabase(env, async (database) => work(await openServicesFromEnv(env, database)));
}

/** Runs one CLI command and returns its exit code. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, out: CliOutput): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: Object.fromEntries(
      ['municipality', 'name', 'email', 'roles', 'issuer', 'client-id', 'client-secret', 'label', 'source', 'region'].map((o) => [o, { type: 'string' as const }]),
    ),
  });
  const [group, command, ...rest] = positionals;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  if (group === 'backup') return withDatabase(env, (database) => backupCommand(database, command, out));
  if (group === 'restore') {
    const config = parseConfig(env);
    return restoreCommand({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, command, out);
  }
  switch (`${group ?? ''} ${command ?? ''}`) {
    case 'audit verify':
      return withDatabase(env, (database) => auditVerify(database, keyringIfPresent(env), out));
    case 'user create': {
      const args = { municipality: str(values.municipality), name: str(values.name), email: str(values.email), roles: str(values.roles) };
      return withServices(env, (services) => userCreate(services, args, out));
    }
    case 'user reset-second-factor':
      return withServices(env, (services) => userResetSecondFactor(services, str(values.email), out));
    case 'sso set': {
      const args = { municipality: str(values.municipality), issuer: str(values.issuer), clientId: str(values['client-id']), clientSecret: str(values['client-secret']), label: str(values.label) };
      return withServices(env, (services) => ssoSet(services, args, out));
    }
    case 'sso disable':
      return withServices(env, (services) => ssoDisable(services, str(values.municipality), out));
    case 'keys rotate':
      return withDatabase(env, (database) => keysRotate(database, parseConfig(env).encryptionKeyFile, out));
    case 'content check': {
      const target = rest[0];
      if (target !== undefined && fs.statSync(target, { throwIfNoEntry: false })?.isFile()) {
        return checkRegionPack(parseConfig(env).contentDir, target, out);
      }
      return checkContent(target, out);
    }
    case 'content export': {
      // REGIO as the first argument; --region REGIO as before.
      const [region, file] = str(values.region) ? [str(values.region), rest[0]] : rest;
      return withServices(env, (services) => exportRegionPack(services, region, file, out));
    }
    case 'content import':
      return withServices(env, (services) => importRegionPackFile(services, rest[0], values.publish === true /* a flag: parseArgs without strict reads unknown options as flags */, out));
    case 'registers import': {
      const [register, file] = rest;
      if (register === 'persons') {
        return withServices(env, (services) => registerImportPersons(services, { municipality: str(values.municipality), source: str(values.source), file }, out));
      }
      if (register === 'addresses') return withServices(env, (services) => registerImportAddresses(services, file, out));
      if (register === 'organisations') return withServices(env, (services) => registerImportOrganisations(services, file, out));
      out.error(USAGE);
      return 2;
    }
    default:
      out.error(USAGE);
      return group === undefined || group === 'help' ? 0 : 2;
  }
}
