import type { ActingRole } from '../../domain/access/policies';
import type { AuditResult } from '../audit/write-audit';
import type { Tx } from '../db/tenant';
import type { CommandActor } from './actor';
import type { Services } from './services';

/**
 * What a command runs with, built the same way for routes (contextOf), the CLI and jobs
 * (systemContext) and tests: the dependencies, who acts, in which municipality (the tenant; null
 * means across tenants as the schema owner, for the few look-ups that must: a login name, a token)
 * and from where.
 */
export interface Context {
  readonly services: Services;
  readonly actor: CommandActor;
  readonly municipality: string | null;
  /** The client's IP address; null on the command line and in jobs. */
  readonly origin: string | null;
  /** The address users reach Signaalroute at, for links in answers and e-mails. */
  readonly publicUrl: string;
}

export interface AuditRecord {
  action: string;
  result?: AuditResult;
  objectType?: string | undefined;
  objectId?: string | undefined;
  details?: Record<string, unknown> | undefined;
  /** Personal data the record needs but the auditor must not read (search terms): sealed, for the AF to open with a reason. */
  sealedDetails?: Record<string, unknown> | undefined;
  /** Whose act it is when not the context's actor: a login names the account it found. */
  by?: { userId: string | null; as: string };
  /** The municipality whose trail it belongs in, for work across tenants on behalf of one (the first set-up). */
  municipality?: string;
}

/** A context inside its transaction: what a command's body gets. */
export interface TxContext extends Context {
  readonly tx: Tx;
  /** One moment for the whole command: every row and record it writes carries the same time. */
  readonly now: Date;
  /** An audit record in this transaction: it exists exactly when the change does. */
  audit(record: AuditRecord): Promise<void>;
}

/** The installation itself: a job, the CLI, a test fixture, the demo seed. */
export function systemContext(services: Services, options: { name?: 'systeem' | 'cli' | 'test'; municipality?: string | null } = {}): Context {
  return {
    services,
    actor: { kind: 'system', name: options.name ?? 'systeem' },
    municipality: options.municipality ?? null,
    origin: null,
    publicUrl: linkBase(services),
  };
}

/** The same context for another municipality (a job that found its tenant, a test). */
export function inMunicipality(ctx: Context, municipality: string | null): Context {
  return { ...ctx, municipality };
}

/** A user of a municipality acting in a capacity, outside a request: the demo seed, tests. */
export function userContext(services: Services, user: { userId: string; municipality: string }, as: ActingRole, origin: string | null = null): Context {
  return {
    services,
    actor: { kind: 'user', userId: user.userId, as, roles: [], municipality: user.municipality, region: null },
    municipality: user.municipality,
    origin,
    publicUrl: linkBase(services),
  };
}

/** Links from work outside a request: PUBLIC_URL, or the address the server listens on. */
const linkBase = (services: Services) => services.publicUrl ?? services.listenUrl ?? 'http://localhost:3000';
