import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Parsed } from '../../../domain/matching';
import type { Context, TxContext } from '../../context/context';
import { inTransaction } from '../../context/run';
import { seal, sealContext } from '../../crypto/sealed-fields';
import { registerImports } from '../../db/schema';
import { CsvFileError, type CsvLine } from './read-csv';

export type RegisterName = 'persons' | 'addresses' | 'organisations';

/** What differs per register: how a row is read, what makes two rows the same, and where rows go. */
export interface ImportPlan<T> {
  register: RegisterName;
  source: string;
  read(row: Record<string, string>): Parsed<T>;
  /**
   * Two rows with the same key are one record twice: the second is a bad row. Without `key` the
   * database's primary key checks instead (a register of millions, whose keys would not fit in
   * memory): `insert` then returns the rows of the batch it refused as already present.
   */
  key?(record: T): string;
  insert(ctx: TxContext, importId: string, batch: T[]): Promise<void | RefusedRow[]>;
  /** Deletes the rows of these imports (replaced, or refused halfway). */
  deleteRows(ctx: TxContext, importIds: string[]): Promise<void>;
  /**
   * Once every row is written and good, in a transaction of its own before the import completes:
   * rows written to a staging table go to the register (persons: in surname order).
   */
  beforeComplete?(ctx: TxContext, importId: string): Promise<void>;
  /** What is derived from the register's complete rows, brought up to date in the completing transaction. */
  afterComplete?(ctx: TxContext, importId: string): Promise<void>;
  /** Rows per transaction; 1000 unless a plan writes faster in larger ones. */
  batchSize?: number;
}

/** A row of a batch that `insert` did not write, by its position in the batch. */
export interface RefusedRow {
  index: number;
  reason: string;
}

export interface BadRow {
  line: number;
  reason: string;
}

export type ImportOutcome =
  | { status: 'complete'; importId: string; rows: number; replacedRows: number }
  | { status: 'refused'; importId: string; rows: number; badRowCount: number; badRows: BadRow[]; fileError: string | null };

/** What made an import refused, kept for the beheerder's screen (sealed: it may quote the file). */
export interface ImportProblems {
  badRows: BadRow[];
  fileError: string | null;
}

export interface ImportProgress {
  rows: number;
  badRows: number;
}

/** How many bad rows are listed; the count covers all of them. */
export const BAD_ROWS_LISTED = 100;
const BATCH = 1000;

/**
 * Imports an export all or nothing. Rows go in batches under an import that is `running`, which no
 * search reads; once every row is good the import becomes `complete` and the rows of the import it
 * replaces (same register, municipality and source) are deleted, in one transaction. One bad row
 * and nothing changes: the rows written so far are deleted and every bad row is reported with its
 * line, so the export can be fixed in one go.
 */
export async function runImport<T>(
  ctx: Context,
  plan: ImportPlan<T>,
  lines: AsyncIterable<CsvLine>,
  onProgress?: (p: ImportProgress) => void,
  options: { queuedImportId?: string } = {},
): Promise<ImportOutcome> {
  const importId = await inTransaction(ctx, async (tx) => {
    // An upload from the browser was queued under its own import; the job now runs it.
    if (options.queuedImportId) {
      await tx.tx.update(registerImports).set({ status: 'running', startedAt: tx.now }).where(eq(registerImports.id, options.queuedImportId));
      // A retry after a crash starts over: the rows an earlier attempt wrote would be there twice.
      await plan.deleteRows(tx, [options.queuedImportId]);
      return options.queuedImportId;
    }
    const [created] = await tx.tx
      .insert(registerImports)
      .values({ municipality: ctx.municipality, register: plan.register, source: plan.source, status: 'running', startedAt: tx.now, startedByUserId: userIdOf(ctx) })
      .returning({ id: registerImports.id });
    return created!.id;
  });

  const badRows: BadRow[] = [];
  let badRowCount = 0;
  let rows = 0;
  let batch: T[] = [];
  let batchLines: number[] = [];
  const batchSize = plan.batchSize ?? BATCH;
  // Keys checked by the database: the rows must go on being written after a bad row, or a later
  // duplicate would go unreported (they are deleted again when the import is refused).
  const keysInDatabase = plan.key === undefined;
  const seen = new Map<string, number>();
  const bad = (line: number, reason: string) => {
    badRowCount += 1;
    if (badRows.length < BAD_ROWS_LISTED) badRows.push({ line, reason });
  };
  // One batch is written while the next is read: the database and the parser work at the same
  // time. A failed write surfaces at the next flush or at the end (the no-op catch only keeps
  // Node from calling it unhandled in between).
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0 || (badRowCount > 0 && !keysInDatabase)) return;
    const records = batch;
    const lines = batchLines;
    batch = [];
    batchLines = [];
    await writing;
    writing = inTransaction(ctx, (tx) => plan.insert(tx, importId, records)).then((refused) => {
      for (const { index, reason } of refused ?? []) {
        rows -= 1;
        bad(lines[index]!, reason);
      }
      onProgress?.({ rows, badRows: badRowCount });
    });
    writing.catch(() => {});
  };

  let fileError: string | null = null;
  try {
    for await (const { line, row, fields } of lines) {
      if (!row) {
        bad(line, `${fields} velden in plaats van het aantal kolommen van de kopregel`);
        continue;
      }
      const record = plan.read(row);
      if (!record.ok) {
        bad(line, record.error);
        continue;
      }
      if (plan.key) {
        const key = plan.key(record.value);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          bad(line, `komt al voor op regel ${earlier}`);
          continue;
        }
        seen.set(key, line);
      }
      rows += 1;
      // Once a row is bad nothing will be kept: read on only to report every bad row.
      if (badRowCount === 0 || keysInDatabase) {
        batch.push(record.value);
        batchLines.push(line);
      }
      if (batch.length >= batchSize) await flush();
      else if (badRowCount > 0 && rows % batchSize === 0) onProgress?.({ rows, badRows: badRowCount });
    }
    await flush();
    await writing;
    if (badRowCount === 0 && plan.beforeComplete) await inTransaction(ctx, (tx) => plan.beforeComplete!(tx, importId));
  } catch (error) {
    await writing.catch(() => {});
    if (!(error instanceof CsvFileError)) {
      await finish(ctx, plan, importId, 'failed', rows, badRowCount, null);
      throw error;
    }
    fileError = error.message;
  }

  if (fileError !== null || badRowCount > 0) {
    // Duplicates found by the database are reported when their batch is written, out of line order.
    badRows.sort((a, b) => a.line - b.line);
    await finish(ctx, plan, importId, 'failed', rows, badRowCount, { badRows, fileError });
    return { status: 'refused', importId, rows, badRowCount, badRows, fileError };
  }
  const replacedRows = await finish(ctx, plan, importId, 'complete', rows, 0, null);
  return { status: 'complete', importId, rows, replacedRows };
}

/** Ends an import: a refused one loses its rows; a complete one replaces the earlier complete ones. */
async function finish<T>(
  ctx: Context,
  plan: ImportPlan<T>,
  importId: string,
  status: 'complete' | 'failed',
  rows: number,
  badRows: number,
  problems: ImportProblems | null,
): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const same = and(
      eq(registerImports.register, plan.register),
      eq(registerImports.source, plan.source),
      eq(registerImports.status, 'complete'),
      ctx.municipality === null ? isNull(registerImports.municipality) : eq(registerImports.municipality, ctx.municipality),
      ne(registerImports.id, importId),
    );
    const replaced = status === 'complete' ? await tx.tx.select({ id: registerImports.id, rows: registerImports.rows }).from(registerImports).where(same) : [];
    const replacedIds = replaced.map((r) => r.id);
    await plan.deleteRows(tx, status === 'complete' ? replacedIds : [importId]);
    if (replacedIds.length) await tx.tx.update(registerImports).set({ status: 'replaced' }).where(inArray(registerImports.id, replacedIds));
    const problemsSealed = problems ? seal(ctx.services.keyring, sealContext.importProblems(importId), problems) : null;
    await tx.tx.update(registerImports).set({ status, rows, badRows, problemsSealed, finishedAt: tx.now }).where(eq(registerImports.id, importId));
    if (status === 'complete') await plan.afterComplete?.(tx, importId);
    await tx.audit({
      action: 'register.import',
      result: status === 'complete' ? 'success' : 'failure',
      objectType: 'register-import',
      objectId: importId,
      details: { register: plan.register, source: plan.source, rows, badRows, replaced: replacedIds.length },
    });
    return replaced.reduce((sum, r) => sum + r.rows, 0);
  });
}

function userIdOf(ctx: Context): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : null;
}
