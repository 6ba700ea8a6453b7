import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_COLUMNS } from '../../domain/registers/person-row';
import type { SignalMatches } from '../../domain/matching';
import { systemContext } from '../context/context';
import { run } from '../context/run';
import { queryRows } from '../db/tenant';
import { importPersons } from '../registers/import/import-persons';
import { sampleSubmission, submitAs } from '../signals/test-fixtures';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { loginAs, type TestLogin } from '../test-support/login-as';

const LEIDEN = 'GM0546';
let t: TestApp;
let af: TestLogin;
let earlier: { id: string; reference: string };
let fresh: { id: string; reference: string };
let denHaagSignal: { id: string; reference: string };

const get = (login: TestLogin, id: string) => t.app.inject({ url: `/api/v1/signals/${id}/matches`, headers: login.headers });
const decide = (login: TestLogin, id: string, payload: object) => t.app.inject({ method: 'POST', url: `/api/v1/signals/${id}/links`, headers: login.headers, payload });
const matches = async (id: string) => {
  const res = await get(af, id);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SignalMatches;
};
const subject = (m: SignalMatches, name: string) => m.subjects.find((s) => s.subject === name)!;

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  af = await loginAs(db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'] });
  const reporter = await loginAs(db, { municipality: LEIDEN, roles: ['medewerker'] });
  const submit = async (login: TestLogin, name: string, dateOfBirth: string) =>
    (
      await submitAs(
        t.app,
        login,
        sampleSubmission({
          persons: [{ role: 'possible-victim', name, dateOfBirth }],
          organisations: [],
          addresses: [{ postcode: '2311 AB', houseNumber: 12, addition: 'a', street: 'Breestraat', place: 'Leiden' }],
        }),
      )
    ).json() as { id: string; reference: string };
  earlier = await submit(reporter, 'Jan van den Berg', '1980-03-14');
  fresh = await submit(reporter, 'J. v.d. Berg', '1980-03-14');
  denHaagSignal = await submit(await loginAs(db, { municipality: 'GM0518', roles: ['medewerker'] }), 'Jan van den Berg', '1980-03-14');
  await run(systemContext(t.services, { name: 'test', municipality: LEIDEN }), importPersons, {
    source: 'Handhaving',
    file: Readable.from([[PERSON_COLUMNS.join(','), 'HH-1,Johannes,van den,Berg,1980,,,,,,,'].join('\n')]),
  });
});
afterAll(() => t?.close());

describe('enriching a signal: who or what is already known', () => {
  it('shows every person and address of the signal with its candidates, undecided', async () => {
    const m = await matches(fresh.id);
    expect(m.subjects.map((s) => [s.subject, s.label])).toEqual([
      ['persons.0', 'J. v.d. Berg (1980-03-14)'],
      ['addresses.0', 'Breestraat 12a, 2311 AB Leiden'],
    ]);
    expect(subject(m, 'persons.0').candidates.map((c) => [c.source, c.id, c.decision])).toEqual([
      ['signal', earlier.reference, null],
      ['persons', 'HH-1', null],
    ]);
    expect(subject(m, 'addresses.0').candidates.map((c) => c.id)).toEqual([earlier.reference]);
    expect(JSON.stringify(m)).not.toContain(denHaagSignal.reference);
  });

  it('links a confirmed candidate on both signals, with the note, and stops offering a rejected one', async () => {
    const confirmed = await decide(af, fresh.id, { subject: 'persons.0', source: 'signal', id: earlier.reference, decision: 'confirmed', note: 'Zelfde geboortedatum en adres.' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(subject(confirmed.json() as SignalMatches, 'persons.0').candidates[0]).toMatchObject({ id: earlier.reference, decision: 'confirmed', note: 'Zelfde geboortedatum en adres.' });
    const rejected = await decide(af, fresh.id, { subject: 'persons.0', source: 'persons', id: 'HH-1', decision: 'rejected' });
    expect(rejected.statusCode).toBe(200);

    const now = await matches(fresh.id);
    expect(subject(now, 'persons.0').candidates.map((c) => [c.id, c.decision])).toEqual([[earlier.reference, 'confirmed']]);
    // The rejection is for that subject only.
    const other = await matches(earlier.id);
    expect(other.linkedFrom).toEqual([{ reference: fresh.reference, signalId: fresh.id, subject: 'persons.0', label: `${earlier.reference} · Jan van den Berg (1980-03-14)` }]);
    expect(subject(other, 'persons.0').candidates.map((c) => c.id)).toEqual([fresh.reference, 'HH-1']);
  });

  it('changes a decision when the AF changes their mind', async () => {
    await decide(af, fresh.id, { subject: 'persons.0', source: 'persons', id: 'HH-1', decision: 'confirmed' });
    expect(subject(await matches(fresh.id), 'persons.0').candidates.map((c) => [c.id, c.decision])).toEqual([
      [earlier.reference, 'confirmed'],
      ['HH-1', 'confirmed'],
    ]);
  });

  it('links only what the search offers for that subject: not another municipality\'s signal, not a made-up record', async () => {
    for (const payload of [
      { subject: 'persons.0', source: 'signal', id: denHaagSignal.reference, decision: 'confirmed' },
      { subject: 'persons.0', source: 'persons', id: 'HH-999', decision: 'confirmed' },
      { subject: 'addresses.0', source: 'persons', id: 'HH-1', decision: 'confirmed' },
    ]) {
      const res = await decide(af, fresh.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(404);
      expect(res.json().error.id).toBe('candidate-not-found');
    }
    expect((await decide(af, fresh.id, { subject: 'organisations.0', source: 'signal', id: earlier.reference, decision: 'confirmed' })).json().error.message).toBe(
      'Het signaal heeft geen onderdeel "organisations.0" om te koppelen.',
    );
    const denHaagAf = await loginAs(t.database.db, { municipality: 'GM0518', roles: ['aandachtsfunctionaris'] });
    expect((await get(denHaagAf, fresh.id)).statusCode).toBe(404);
    expect((await decide(denHaagAf, fresh.id, { subject: 'persons.0', source: 'signal', id: earlier.reference, decision: 'rejected' })).statusCode).toBe(404);
  });

  it('records every view and decision, with the candidate and the note sealed', async () => {
    const rows = await queryRows<{ action: string; details: Record<string, unknown>; sealed: string | null }>(
      t.database.db,
      sql`select action, details, sealed from audit_events where action in ('signal.matches', 'signal.link') and result = 'success' order by id`,
    );
    expect(rows.filter((r) => r.action === 'signal.link').map((r) => r.details)).toEqual([
      { subject: 'persons.0', source: 'signal', decision: 'confirmed' },
      { subject: 'persons.0', source: 'persons', decision: 'rejected' },
      { subject: 'persons.0', source: 'persons', decision: 'confirmed' },
    ]);
    expect(rows.every((r) => r.action !== 'signal.link' || r.sealed)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/HH-1|Zelfde geboortedatum/);
    expect(rows.filter((r) => r.action === 'signal.matches').length).toBeGreaterThanOrEqual(4);
  });

  it('moves the signal to "verrijkt" when the AF says enrichment is done', async () => {
    const event = (name: string) => t.app.inject({ method: 'POST', url: `/api/v1/signals/${fresh.id}/events`, headers: af.headers, payload: { event: name } });
    expect((await event('verrijken')).statusCode).toBe(409);
    expect((await event('vastleggen')).json()).toMatchObject({ state: 'vastgelegd', allowedEvents: expect.arrayContaining(['verrijken']) });
    expect((await event('verrijken')).json()).toMatchObject({ state: 'verrijkt' });
  });
});
