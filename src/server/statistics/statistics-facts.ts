import { sql, type SQL } from 'drizzle-orm';
import {
  LEAD_TIME_STEPS,
  periodsBetween,
  periodStart,
  STEP_ENDS,
  type DeletedGroup,
  type FigureRange,
  type HandoverGroup,
  type SignalGroup,
  type StepDurations,
  type StepMoment,
} from '../../domain/statistics';
import { dutchMidnight } from '../../domain/time/dutch-calendar';
import { queryRows, type Tx } from '../db/tenant';

export interface StatisticsFacts {
  groups: SignalGroup[];
  deleted: DeletedGroup[];
  handovers: HandoverGroup[];
  durations: StepDurations;
}

/** How many signals groups hold. */
export const countOf = (groups: readonly { count: number }[]) => groups.reduce((sum, g) => sum + g.count, 0);

/** The columns of `steps` below that hold each moment of the domain's STEP_ENDS. */
const MOMENT_COLUMNS: Record<StepMoment, SQL> = {
  received: sql.raw('received_at'),
  recorded: sql.raw('recorded_at'),
  handedOver: sql.raw('handed_over_at'),
  feedback: sql.raw('feedback_at'),
  reporterInformed: sql.raw('reporter_informed_at'),
};

/** Per step, the whole seconds each signal took, as one JSON array, all steps in one pass over the signals: a number per signal is all that leaves the database. */
const durationsJson = sql.join(
  LEAD_TIME_STEPS.map((step) => {
    const [from, to] = STEP_ENDS[step].map((moment) => MOMENT_COLUMNS[moment]) as [SQL, SQL];
    return sql`${step}::text, coalesce(json_agg(round(extract(epoch from ${to} - ${from}))::bigint) filter (where ${to} >= ${from}), '[]')`;
  }),
  sql`, `,
);

/**
 * The facts the figures count for the signals received in the range in the transaction's
 * municipality (row-level security), in one statement over one narrow row per signal: its
 * categories and its facts as folded from its history when each entry was appended (signal_figures,
 * docs/decisions/0025-figure-facts.md). The signals grouped where they agree on every category, per
 * period; the handovers grouped by partner and what became of the feedback asked for; the seconds
 * per step; and the signals retention deleted from that range as the deletion log keeps them. Only
 * categories and counts, no free text, nothing sealed; what counts under what is the domain's
 * (src/domain/statistics/figures.ts).
 */
export async function statisticsFacts(tx: Tx, range: FigureRange, now: Date): Promise<StatisticsFacts> {
  const start = dutchMidnight(range.from).toISOString();
  const end = dutchMidnight(range.to, 1).toISOString();
  const periods = periodsBetween(range.from, range.to, range.granularity);
  // Where each period begins; the first begins at the range's start, which lies inside it.
  const bounds = sql.param(periods.map((p, i) => (i === 0 ? start : dutchMidnight(periodStart(p)).toISOString())));
  // One row per signal, grouped in memory (PostgreSQL's default 4 MB would sort 100,000 signals on
  // disk), without JIT compilation, which costs more than it saves on a query run once.
  await tx.execute(sql`select set_config('work_mem', '32MB', true), set_config('jit', 'off', true)`);
  const [row] = await queryRows<{ groups: (Omit<SignalGroup, 'period'> & { bucket: number })[]; deleted: (Omit<DeletedGroup, 'period'> & { bucket: number })[]; handovers: HandoverGroup[]; durations: StepDurations }>(
    tx,
    sql`
      with steps as materialized (
        select signal_id, municipality, received_at, forms, sector, width_bucket(received_at, ${bounds}::timestamptz[]) as bucket,
               recorded_at, handed_over_at, feedback_at, reporter_informed_at, route, partners, risk_groups, decided
          from signal_figures where received_at >= ${start}::timestamptz and received_at < ${end}::timestamptz
      ),
      groups as (
        select municipality, bucket, forms, sector, risk_groups as "riskGroups", route, partners, recorded_at is not null as recorded, decided, count(*)::int as count
          from steps group by 1, 2, 3, 4, 5, 6, 7, 8, 9
      ),
      handovers as (
        select h.partner_id as partner, h.feedback_at is not null as answered, coalesce(h.feedback_at <= h.due_at, false) as "answeredInTime",
               h.due_at >= ${now.toISOString()}::timestamptz as "dueAhead", count(*)::int as count
          from handovers h join steps s on s.signal_id = h.signal_id
         group by 1, 2, 3, 4
      ),
      deleted as (
        select municipality, width_bucket(received_at, ${bounds}::timestamptz[]) as bucket, term = 'handed-over' as "handedOver", count(*)::int as count
          from retention_deletions where object_type = 'signal' and received_at >= ${start}::timestamptz and received_at < ${end}::timestamptz
         group by 1, 2, 3
      )
      select (select coalesce(json_agg(g), '[]') from groups g) as groups,
             (select coalesce(json_agg(d), '[]') from deleted d) as deleted,
             (select coalesce(json_agg(h), '[]') from handovers h) as handovers,
             (select json_build_object(${durationsJson}) from steps) as durations`,
  );
  const period = (bucket: number) => periods[bucket - 1]!;
  return {
    groups: row!.groups.map(({ bucket, ...g }) => ({ ...g, period: period(bucket) })),
    deleted: row!.deleted.map(({ bucket, ...d }) => ({ ...d, period: period(bucket) })),
    handovers: row!.handovers,
    durations: row!.durations,
  };
}
