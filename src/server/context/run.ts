import type { SQL } from 'drizzle-orm';
import { auditInsert } from '../audit/write-audit';
import { asSystem, inTenant, type Tx } from '../db/tenant';
import { AppError } from '../http/errors';
import { auditActor } from './actor';
import type { AuditRecord, Context, TxContext } from './context';

/**
 * A command: one unit of work in one transaction, `(ctx, input)`. `action` names it in the audit
 * trail: its own records use it, and a refusal it throws (an AppError with an audit note, such as
 * "this signal does not exist in your municipality") is recorded under it by `run`.
 */
export interface Command<I, O> {
  readonly action: string;
  readonly transactional: true;
  readonly run: (ctx: TxContext, input: I) => Promise<O>;
}

/**
 * A command that opens its own transactions (`inTransaction`): for work that must not hold one
 * open, such as hashing a password, or that crosses tenants, such as a login looking up the
 * account before it knows the municipality.
 */
export interface Procedure<I, O> {
  readonly action: string;
  readonly transactional: false;
  readonly run: (ctx: Context, input: I) => Promise<O>;
}

export const defineCommand = <I, O>(action: string, body: (ctx: TxContext, input: I) => Promise<O>): Command<I, O> => ({
  action,
  transactional: true,
  run: body,
});

export const defineProcedure = <I, O>(action: string, body: (ctx: Context, input: I) => Promise<O>): Procedure<I, O> => ({
  action,
  transactional: false,
  run: body,
});

/** Runs a command; the one way routes, the CLI, jobs and tests do. */
export async function run<I, O>(ctx: Context, command: Command<I, O> | Procedure<I, O>, input: I): Promise<O> {
  try {
    return command.transactional ? await inTransaction(ctx, (txCtx) => command.run(txCtx, input)) : await command.run(ctx, input);
  } catch (error) {
    // The command's transaction rolled back; the refusal is recorded on its own.
    if (error instanceof AppError && error.audit) {
      const { result, reason, objectType, objectId, details } = error.audit;
      await inTransaction(ctx, (txCtx) => txCtx.audit({ action: command.action, result, objectType, objectId, details: { reason, ...details } }));
    }
    throw error;
  }
}

export interface TransactionOptions {
  /** Another municipality than the context's; `null` runs as the schema owner. */
  municipality?: string | null;
  /**
   * The work changes nothing but its own audit record (a search, a read): the commit does not wait
   * for the disk, which is most of a search's time (ADR 13).
   */
  readOnly?: boolean;
}

/**
 * Opens a transaction in the context's municipality (or the one given) and hands `work` the
 * context inside it. Tenant work runs under row-level security; `null` runs as the schema owner.
 */
export async function inTransaction<T>(ctx: Context, work: (ctx: TxContext) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const municipality = options.municipality === undefined ? ctx.municipality : options.municipality;
  const now = ctx.services.clock();
  // The transaction's audit records are written last, with its commit (one round trip on a server):
  // they exist exactly when the work does, and the chain's lock is held only for the commit.
  const records: AuditInsert[] = [];
  const open = (tx: Tx) => work(txContext({ ...ctx, municipality }, tx, now, records));
  const { db } = ctx.services.database;
  const settings = { asyncCommit: options.readOnly === true, closing: () => records.map((r) => r.statement) };
  const result = await (municipality === null ? asSystem(db, open, settings) : inTenant(db, municipality, open, settings));
  // Counted once committed: a rolled-back record (a reminder whose e-mail failed) never happened.
  for (const { labels } of records) ctx.services.metrics.auditRecords.inc(labels);
  return result;
}

/** An audit record a transaction ends with: its INSERT, and its labels for the metrics. */
interface AuditInsert {
  statement: SQL;
  labels: { action: string; result: string };
}

function txContext(ctx: Context, tx: Tx, now: Date, records: AuditInsert[]): TxContext {
  return {
    ...ctx,
    tx,
    now,
    audit: async (record: AuditRecord) => {
      const who = record.by ? { actorUserId: record.by.userId, actor: record.by.as } : auditActor(ctx.actor);
      const entry = {
        municipality: record.municipality ?? ctx.municipality,
        ...who,
        action: record.action,
        objectType: record.objectType,
        objectId: record.objectId,
        result: record.result ?? 'success',
        origin: ctx.origin,
        details: record.details,
        sealedDetails: record.sealedDetails,
      };
      records.push({ statement: auditInsert(tx, ctx.services.keyring, entry, now), labels: { action: entry.action, result: entry.result } });
    },
  };
}
