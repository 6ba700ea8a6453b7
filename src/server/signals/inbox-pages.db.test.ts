import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxPage } from '../../domain/signal/views';
import { signals } from '../db/schema';
import { allAuditRecords, loginAs, type TestLogin } from '../test-support/login-as';
import { insertTestSignal, sampleSubmission } from '../test-support/signal-fixtures';
import { readAllPages, readPage } from '../test-support/read-pages';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { encodeInboxCursor } from './inbox-cursor';
import { insertHandoverRow } from './test-fixtures';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';
const DAY = 86_400_000;

let t: TestApp;
let af: TestLogin;
let denHaagAf: TestLogin;
let reporterId: string;
/** Leiden's signals, in the inbox's order: urgent first, then oldest first, then by id. */
let expected: { id: string; urgent: boolean; state: string; forms: string[] }[] = [];
let denHaagIds: string[] = [];

const base = Date.now() - 30 * DAY;

async function add(municipality: string, at: Date, options: { urgent?: boolean; state?: 'afgesloten' | 'doorgezet'; form?: 'labour' | 'sexual' } = {}) {
  const signal = await insertTestSignal(t.database.db, t.keyring, {
    municipality,
    reporterUserId: reporterId,
    receivedAt: at,
    state: options.state ?? 'vastgelegd',
    submission: sampleSubmission({ acuteDanger: options.urgent ?? false, forms: [options.form ?? 'labour'] }),
  });
  return signal.id;
}

const page = (login: TestLogin, query: string) => readPage<InboxPage>(t, login, '/api/v1/signals', query);
const allPages = (login: TestLogin, query: string) => readAllPages<InboxPage>(t, login, '/api/v1/signals', query);
const idsOf = (pages: InboxPage[]) => pages.flatMap((p) => p.items.map((s) => s.id));

beforeAll(async () => {
  t = await createTestApp();
  af = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
  denHaagAf = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'] });
  reporterId = (await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] })).userId;
  const rows: { id: string; urgent: boolean; at: number; state: string; forms: string[] }[] = [];
  for (let i = 0; i < 23; i++) {
    // Three signals share a moment (the id decides between them), one in four is urgent, one in
    // five closed, one in three about sexual exploitation.
    const at = i < 3 ? base : base + i * 3_600_000;
    const options = { urgent: i % 4 === 1, state: i % 5 === 4 ? ('afgesloten' as const) : undefined, form: i % 3 === 0 ? ('sexual' as const) : ('labour' as const) };
    const id = await add(LEIDEN, new Date(at), options);
    rows.push({ id, urgent: options.urgent, at, state: options.state ?? 'vastgelegd', forms: [options.form] });
  }
  // Two more a microsecond apart: the cursor keeps PostgreSQL's precision, not JavaScript's milliseconds.
  for (const micro of [1, 2]) {
    const id = await add(LEIDEN, new Date(base + 100 * 3_600_000));
    await t.database.db.execute(sql`update ${signals} set received_at = received_at + make_interval(secs => ${micro / 1_000_000}) where ${signals.id} = ${id}`);
    rows.push({ id, urgent: false, at: base + 100 * 3_600_000 + micro / 1000, state: 'vastgelegd', forms: ['labour'] });
  }
  expected = rows.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.at - b.at || (a.id < b.id ? -1 : 1));
  denHaagIds = [await add(DEN_HAAG, new Date(base)), await add(DEN_HAAG, new Date(base + DAY)), await add(DEN_HAAG, new Date(base + 2 * DAY))];
});
afterAll(async () => {
  await t?.close();
});

describe('the inbox, a page at a time', () => {
  it('shows every signal exactly once across the pages, in the inbox order, and counts them on the first page only', async () => {
    const pages = await allPages(af, 'limit=4');
    expect(pages.length).toBe(Math.ceil(expected.length / 4));
    expect(idsOf(pages)).toEqual(expected.map((s) => s.id));
    expect(pages[0]!.total).toEqual({ count: expected.length, capped: false });
    expect(pages.slice(1).every((p) => p.total === null)).toBe(true);
    expect(pages.at(-1)!.next).toBeNull();
    // A page boundary after every signal: ties and microseconds apart included.
    expect(idsOf(await allPages(af, 'limit=1'))).toEqual(expected.map((s) => s.id));
    // The list shows what it showed before: no personal data, no new fields.
    expect(Object.keys(pages[0]!.items[0]!).sort()).toEqual(['forms', 'handovers', 'id', 'nextDueAt', 'overdueHandovers', 'receivedAt', 'reference', 'sector', 'state', 'urgent']);
    expect(JSON.stringify(pages)).not.toMatch(/Piotr|Test Melder|melder@example/);
  });

  it('answers 50 by default and at most 200 per page', async () => {
    const first = await page(af, '');
    expect(first.items.length).toBe(expected.length); // fewer than 50
    expect(first.next).toBeNull();
    const tooMany = await t.app.inject({ url: '/api/v1/signals?limit=201', headers: af.headers });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('hoogstens 200');
    expect((await t.app.inject({ url: '/api/v1/signals?limit=0', headers: af.headers })).statusCode).toBe(400);
  });

  it('applies the filters in the query, page after page', async () => {
    const open = expected.filter((s) => s.state !== 'afgesloten');
    const openPages = await allPages(af, 'state=open&limit=3');
    expect(idsOf(openPages)).toEqual(open.map((s) => s.id));
    expect(openPages[0]!.total).toEqual({ count: open.length, capped: false });
    const sexualUrgent = expected.filter((s) => s.forms.includes('sexual') && s.urgent);
    expect(idsOf(await allPages(af, 'form=sexual&urgent=true&limit=1'))).toEqual(sexualUrgent.map((s) => s.id));
    expect(idsOf(await allPages(af, 'state=afgesloten&limit=2'))).toEqual(expected.filter((s) => s.state === 'afgesloten').map((s) => s.id));

    // Late feedback: a handover past its due date without feedback.
    const late = [expected[2]!.id, expected[10]!.id, expected[20]!.id];
    for (const signalId of late) await insertHandoverRow(t.database.db, t.keyring, { signalId, municipality: LEIDEN, sentByUserId: af.userId, dueAt: new Date(Date.now() - DAY) });
    await insertHandoverRow(t.database.db, t.keyring, { signalId: expected[11]!.id, municipality: LEIDEN, sentByUserId: af.userId, dueAt: new Date(Date.now() + DAY) });
    const overdue = await allPages(af, 'overdue=true&limit=2');
    expect(idsOf(overdue)).toEqual(late);
    expect(overdue.flatMap((p) => p.items).every((s) => s.overdueHandovers === 1 && s.handovers === 1)).toBe(true);
    expect(idsOf(await allPages(af, 'overdue=false&limit=5'))).toEqual(expected.filter((s) => !late.includes(s.id)).map((s) => s.id));
    const withHandover = (await page(af, 'limit=200')).items.find((s) => s.id === expected[11]!.id)!;
    expect(withHandover).toMatchObject({ handovers: 1, overdueHandovers: 0, nextDueAt: expect.any(String) });
  });

  it('counts up to 1,000 and then says "more"', async () => {
    const UTRECHT = 'GM0344';
    const utrechtAf = await loginAs(t.database.db, { municipality: UTRECHT, roles: ['aandachtsfunctionaris'] });
    // Straight rows (the inbox reads no sealed column): 1,001 open signals and one closed.
    await t.database.db.execute(sql`
      insert into signals (municipality, reference, state, urgent, forms, reporter_user_id, reporter_sealed, submission_sealed, idempotency_key, received_at)
      select ${UTRECHT}, 'SR-0344-2026-C' || n, case when n = 0 then 'afgesloten' else 'vastgelegd' end, false, array['labour'], ${reporterId}::uuid, 'x', 'x', gen_random_uuid()::text,
             now() - make_interval(mins => n)
      from generate_series(0, 1001) as n`);
    const open = await page(utrechtAf, 'state=open');
    expect(open.total).toEqual({ count: 1000, capped: true });
    expect(open.items.length).toBe(50);
    expect((await page(utrechtAf, 'state=afgesloten')).total).toEqual({ count: 1, capped: false });
  });

  it('refuses a cursor it did not give out with a Dutch 400, and never reaches the data', async () => {
    const before = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'signal.list').length;
    const garbage = [
      'abc',
      'x'.repeat(300),
      '!!!',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[1,0,"2026-13-45T99:00:00.000000Z","00000000-0000-4000-8000-000000000000"]').toString('base64url'),
      Buffer.from('[2,0,"2026-01-01T00:00:00.000000Z","00000000-0000-4000-8000-000000000000"]').toString('base64url'),
      Buffer.from("[1,0,\"2026-01-01T00:00:00.000000Z\",\"'; drop table signals; --\"]").toString('base64url'),
    ];
    for (const cursor of garbage) {
      const res = await t.app.inject({ url: `/api/v1/signals?cursor=${encodeURIComponent(cursor)}`, headers: af.headers });
      expect(res.statusCode, cursor).toBe(400);
      expect(res.json().error.message, cursor).toMatch(/ongeldige cursor/);
    }
    expect((await allAuditRecords(t.database.db)).filter((r) => r.action === 'signal.list').length).toBe(before);
  });

  it('shows another municipality nothing of this one through its cursor', async () => {
    const leidenPage = await page(af, 'limit=2');
    const elsewhere = idsOf(await allPages(denHaagAf, `limit=1&cursor=${leidenPage.next}`));
    expect(elsewhere.every((id) => denHaagIds.includes(id))).toBe(true);
    // A cursor made up to point anywhere still only walks Den Haag's own signals.
    const anywhere = encodeInboxCursor({ urgent: true, receivedAt: '2000-01-01T00:00:00.000000Z', id: expected[0]!.id });
    expect(idsOf(await allPages(denHaagAf, `limit=2&cursor=${anywhere}`))).toEqual(denHaagIds);
  });

  it('writes one audit record per page read, with the number on that page and no personal data', async () => {
    const before = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'signal.list').length;
    const pages = await allPages(af, 'state=open&limit=7');
    const records = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'signal.list').slice(before);
    expect(records.length).toBe(pages.length);
    expect(records.map((r) => r.details.count)).toEqual(pages.map((p) => p.items.length));
    expect(records[0]!.details).toEqual({ count: 7, filters: ['state'] });
    expect(records[1]!.details).toEqual({ count: 7, filters: ['state'], nextPage: true });
  });

  // Last: the signals it adds stay (the history of a signal cannot be deleted).
  it('keeps its order while new signals arrive: nothing seen twice, nothing skipped', async () => {
    const first = await page(af, 'limit=6');
    // Two new signals come in while the AF reads the first page: one ordinary, one urgent.
    const fresh = await add(LEIDEN, new Date());
    const urgent = await add(LEIDEN, new Date(), { urgent: true });
    const rest = await allPages(af, `limit=6&cursor=${first.next}`);
    const seen = idsOf([first, ...rest]);
    expect(new Set(seen).size).toBe(seen.length);
    // Both sort after the first page (the newest of their kind): the urgent one after the older urgent
    // ones, the ordinary one at the end. Nothing already seen moves, nothing is skipped.
    const urgentCount = expected.filter((s) => s.urgent).length;
    expect(first.items.map((s) => s.id)).toEqual(expected.slice(0, 6).map((s) => s.id));
    expect(seen).toEqual([...expected.slice(0, urgentCount).map((s) => s.id), urgent, ...expected.slice(urgentCount).map((s) => s.id), fresh]);
  });
});
