import { and, count, countDistinct, eq, inArray, sql } from 'drizzle-orm';
import { TRAINING_MODULES } from '../../domain/training/tracks';
import { trainingCompletions, users } from '../db/schema';
import type { Tx } from '../db/tenant';

export interface TrainingCompletionRate {
  /** Active users of the municipality. */
  users: number;
  /** Of them, those who finished every module of the course. */
  completed: number;
  /** The same per department (null: no department set), sorted by department, no department last. */
  departments: { department: string | null; users: number; completed: number }[];
}

/**
 * How many of the municipality's active users finished the staff course: every module, on any
 * track. Runs inside the municipality's tenant transaction: row-level security keeps both the
 * users and the completions to this municipality (the explicit municipality condition says the
 * same for readers and for a transaction outside a tenant). A deactivated user counts for nothing;
 * a completion of a module the course no longer has does not count towards finishing it.
 */
export async function trainingCompletionRate(tx: Tx): Promise<TrainingCompletionRate> {
  const municipality = sql`current_setting('app.municipality', true)`;
  const finished = tx
    .select({ userId: trainingCompletions.userId })
    .from(trainingCompletions)
    .where(and(eq(trainingCompletions.municipality, municipality), inArray(trainingCompletions.module, [...TRAINING_MODULES])))
    .groupBy(trainingCompletions.userId)
    .having(eq(countDistinct(trainingCompletions.module), TRAINING_MODULES.length))
    .as('finished');
  const rows = await tx
    .select({ department: users.department, users: count(), completed: count(finished.userId) })
    .from(users)
    .leftJoin(finished, eq(finished.userId, users.id))
    .where(and(eq(users.active, true), eq(users.municipality, municipality)))
    .groupBy(users.department)
    .orderBy(sql`${users.department} asc nulls last`);
  const departments = rows.map((r) => ({ department: r.department, users: Number(r.users), completed: Number(r.completed) }));
  return {
    users: departments.reduce((n, d) => n + d.users, 0),
    completed: departments.reduce((n, d) => n + d.completed, 0),
    departments,
  };
}
