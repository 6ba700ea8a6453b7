import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client';
import { asSystem } from '../../src/server/db/tenant';
import { backfillFigureFacts } from '../../src/server/test-support/figure-facts-backfill';

/**
 * `count` signals of one municipality spread over the last year, with the history the figures
 * count, written straight into the tables in a few statements (the commands would take an hour
 * for 100,000). The mix follows the demo's: most are recorded, routed and handed over, some are
 * answered late, some not passed on. Sealed columns hold a placeholder: the figures never open them.
 */
export async function seedSignalHistory(db: Db, input: { municipality: string; reporterUserId: string; count: number; now: Date }): Promise<void> {
  const { municipality, reporterUserId, count, now } = input;
  await asSystem(db, async (tx) => {
    await tx.execute(sql`
      insert into signals (municipality, reference, state, urgent, forms, sector, reporter_user_id, reporter_sealed, submission_sealed, idempotency_key, received_at, updated_at)
      select ${municipality}, 'BENCH-' || ${municipality} || '-' || i, 'ontvangen', false,
             string_to_array((array['labour', 'sexual', 'criminal', 'labour,criminal', 'unknown'])[1 + i % 5], ','),
             (array['horeca','glastuinbouw','bouw','schoonmaak','logistiek-transport',null,'beauty-industrie'])[1 + i % 7],
             ${reporterUserId}::uuid, 'sealed', 'sealed', 'bench-' || i,
             ${now}::timestamptz - make_interval(secs => 5 + ((i::bigint * 7919) % (364 * 86400))), now()
        from generate_series(1, ${count}) i`);
    // Numbered so that each signal's history follows from its number, like the demo's.
    await tx.execute(sql`create temporary table bench_signals on commit drop as
      select id, received_at, row_number() over (order by reference) as n from signals where reference like ${`BENCH-${municipality}-%`}`);
    // Signal n takes a step when n % 100 falls in [from, to).
    const events = (kind: string, [from, to]: [number, number], offset: string, data: ReturnType<typeof sql>) => sql`
      insert into signal_events (signal_id, municipality, at, actor, kind, data)
      select id, ${municipality}, least(received_at + ${sql.raw(offset)}, ${now}::timestamptz), 'aandachtsfunctionaris', ${kind}, ${data}
        from bench_signals where n % 100 >= ${from} and n % 100 < ${to}`;
    await tx.execute(events('ingediend', [0, 100], `interval '0'`, sql`jsonb_build_object('riskGroups', (array['["arbeidsmigranten"]','[]','["sekswerkers"]','["minderjarigen-jongeren"]','["arbeidsmigranten","zonder-verblijfsstatus"]'])[1 + n % 5]::jsonb)`));
    await tx.execute(events('vastleggen', [0, 90], `make_interval(hours => 2 + (n % 70)::int)`, sql`'{}'::jsonb`));
    await tx.execute(events('route-gekozen', [0, 70], `make_interval(days => 3, hours => (n % 30)::int)`, sql`jsonb_build_object('mapId', 'den-haag-persoon', 'outcomeId', (array['nla','avim','shop','zorg-en-veiligheidshuis'])[1 + n % 4])`));
    await tx.execute(events('overdracht', [0, 60], `make_interval(days => 4, hours => (n % 40)::int)`, sql`jsonb_build_object('partnerId', (array['nederlandse-arbeidsinspectie','politie','shop'])[1 + n % 3], 'handoverId', gen_random_uuid(), 'dueAt', to_jsonb(received_at + interval '18 days'))`));
    await tx.execute(sql`
      insert into signal_events (signal_id, municipality, at, actor, kind, data)
      select e.signal_id, ${municipality}, least(e.at + make_interval(days => 3 + (b.n % 25)::int), ${now}::timestamptz), 'partner', 'terugkoppeling-ontvangen', jsonb_build_object('handoverId', e.data->'handoverId')
        from signal_events e join bench_signals b on b.id = e.signal_id
       where e.kind = 'overdracht' and b.n % 100 < 45`);
    // The handovers themselves, with the feedback each got (the dashboard's feedback table reads these).
    await tx.execute(sql`
      insert into handovers (id, signal_id, municipality, partner_id, contact_id, channel, parts, content_sealed, sent_at, sent_by_user_id, due_at, feedback_token_hash, feedback_token_expires_at, feedback_at)
      select (h.data->>'handoverId')::uuid, h.signal_id, ${municipality}, h.data->>'partnerId', 'bench', 'phone', '{forms}', 'sealed', h.at, ${reporterUserId}::uuid,
             (h.data->>'dueAt')::timestamptz, 'bench-' || (h.data->>'handoverId'), (h.data->>'dueAt')::timestamptz,
             (select min(f.at) from signal_events f where f.signal_id = h.signal_id and f.kind = 'terugkoppeling-ontvangen' and f.data->>'handoverId' = h.data->>'handoverId')
        from signal_events h where h.municipality = ${municipality} and h.kind = 'overdracht'`);
    await tx.execute(events('niet-doorzetten', [80, 90], `make_interval(days => 5)`, sql`'{}'::jsonb`));
    await tx.execute(sql`
      insert into signal_events (signal_id, municipality, at, actor, kind, data)
      select e.signal_id, ${municipality}, least(e.at + make_interval(days => 2), ${now}::timestamptz), 'aandachtsfunctionaris', 'melder-informeren', '{}'::jsonb
        from signal_events e join bench_signals b on b.id = e.signal_id
       where e.kind = 'terugkoppeling-ontvangen' and b.n % 100 < 40`);
  });
  // The facts the application folds as entries are appended, derived here as migration 0027 does.
  await backfillFigureFacts(db, { replace: true });
  await db.execute(sql`analyze signals`);
  await db.execute(sql`analyze signal_figures`);
  await db.execute(sql`analyze signal_events`);
}
