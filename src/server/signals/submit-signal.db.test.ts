import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/tenant';
import type { App } from '../http/types';
import { openedAuditRecords, loginAs, personalDataInAudit, type TestLogin, type TestUser } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { formatReference, referenceYear } from './reference';
import { sampleSubmission, submitAs } from './test-fixtures';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';

let t: TestApp;
let app: App;
let reporter: TestLogin & { user: TestUser };

beforeAll(async () => {
  t = await createTestApp();
  app = t.app;
  reporter = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
});
afterAll(() => t?.close());

const rawSignals = () =>
  queryRows<{ id: string; reference: string; municipality: string; state: string; urgent: boolean; reporter_sealed: string; submission_sealed: string }>(
    t.database.db,
    sql`select * from signals order by received_at`,
  );

describe('submitting a signal (step 1)', () => {
  it('creates the signal with a reference, state "ontvangen" and its first history entry', async () => {
    const res = await submitAs(app, reporter, sampleSubmission());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toEqual({ id: expect.any(String), reference: formatReference(LEIDEN, referenceYear(new Date()), 1), state: 'ontvangen' });
    expect(body.reference).toMatch(/^SR-0546-\d{4}-0001$/);
    const [row] = await rawSignals();
    expect(row).toMatchObject({ id: body.id, municipality: LEIDEN, state: 'ontvangen', urgent: false });
    const events = await queryRows<{ kind: string; to_state: string }>(t.database.db, sql`select * from signal_events where signal_id = ${body.id}`);
    expect(events).toEqual([expect.objectContaining({ kind: 'ingediend', to_state: 'ontvangen' })]);
  });

  it('numbers references per municipality and marks acute danger as urgent', async () => {
    const second = (await submitAs(app, reporter, sampleSubmission({ acuteDanger: true }))).json();
    expect(second.reference).toMatch(/-0002$/);
    const denHaag = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'] });
    const other = (await submitAs(app, denHaag, sampleSubmission())).json();
    expect(other.reference).toMatch(/^SR-0518-\d{4}-0001$/);
    const rows = await rawSignals();
    expect(rows.find((r) => r.id === second.id)!.urgent).toBe(true);
    expect(rows.find((r) => r.id === other.id)!.municipality).toBe(DEN_HAAG);
  });

  it('creates one signal for a double submit with the same key, also when both arrive at once', async () => {
    const key = crypto.randomUUID();
    const before = (await rawSignals()).length;
    const [a, b] = await Promise.all([submitAs(app, reporter, sampleSubmission(), key), submitAs(app, reporter, sampleSubmission(), key)]);
    const again = await submitAs(app, reporter, sampleSubmission(), key);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(again.statusCode).toBe(200);
    expect(b.json()).toEqual(a.json());
    expect(again.json()).toEqual(a.json());
    expect((await rawSignals()).length).toBe(before + 1);
  });

  it('refuses the same key with another body (422, Dutch message), changes nothing, and still answers the same body', async () => {
    const key = crypto.randomUUID();
    const first = await submitAs(app, reporter, sampleSubmission(), key);
    expect(first.statusCode).toBe(201);
    const before = await rawSignals();
    const edited = await submitAs(app, reporter, sampleSubmission({ description: 'Een andere beschrijving van wat er gezien is.' }), key);
    expect(edited.statusCode, edited.body).toBe(422);
    expect(edited.json().error).toMatchObject({ id: 'idempotency-key-reused', details: { reference: first.json().reference } });
    expect(edited.json().error.message).toContain('andere inhoud');
    expect(edited.json().error.message).toContain(first.json().reference);
    expect(await rawSignals()).toEqual(before);
    // Only the reporter's phone differs: still another body.
    expect((await submitAs(app, reporter, sampleSubmission({ reporterPhone: '071-5550100' }), key)).statusCode).toBe(422);
    // The same content with its fields in another order is the same body.
    const reordered = Object.fromEntries(Object.entries(sampleSubmission()).reverse());
    const replay = await submitAs(app, reporter, reordered, key);
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.json()).toEqual(first.json());
    const audit = (await openedAuditRecords(t.database.db, t.keyring)).filter((r) => r.action === 'signal.submit' && r.object_id === first.json().id);
    expect(audit.map((r) => [r.result, r.details.reason ?? null])).toEqual([
      ['success', null],
      ['denied', 'idempotency-key-reused'],
      ['denied', 'idempotency-key-reused'],
      ['success', null],
    ]);
  });

  it('refuses a different body that races the first one with the same key', async () => {
    const key = crypto.randomUUID();
    const before = (await rawSignals()).length;
    const [a, b] = await Promise.all([
      submitAs(app, reporter, sampleSubmission(), key),
      submitAs(app, reporter, sampleSubmission({ location: 'Ergens anders' }), key),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 422]);
    expect((await rawSignals()).length).toBe(before + 1);
  });

  it('answers a signal stored before body hashes were kept with the same signal, whatever the body', async () => {
    const key = crypto.randomUUID();
    const first = (await submitAs(app, reporter, sampleSubmission(), key)).json();
    await t.database.db.execute(sql`update signals set idempotency_body_hash = null where id = ${first.id}`);
    const replay = await submitAs(app, reporter, sampleSubmission({ location: 'Elders' }), key);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first);
  });

  it('keeps keys per reporter: another user with the same key gets a signal of their own', async () => {
    const key = crypto.randomUUID();
    const colleague = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
    const mine = (await submitAs(app, reporter, sampleSubmission(), key)).json();
    const theirs = await submitAs(app, colleague, sampleSubmission(), key);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.id);
  });

  it('requires an Idempotency-Key that is a UUID, with a Dutch message', async () => {
    const missing = await app.inject({ method: 'POST', url: '/api/v1/signals', payload: sampleSubmission(), headers: reporter.headers });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('Idempotency-Key ontbreekt');
    const wrong = await submitAs(app, reporter, sampleSubmission(), 'dubbelklik-1');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('Idempotency-Key moet een UUID zijn');
  });

  it('refuses invalid input with one Dutch message per field', async () => {
    const cases: [object, string, string][] = [
      [{ forms: [] }, 'forms', 'kies ten minste één vorm van uitbuiting'],
      [{ description: 'x'.repeat(5001) }, 'description', 'maximaal 5000 tekens'],
      [{ description: '', observedSignals: [] }, 'description', 'beschrijf wat u heeft gezien'],
      [{ observedOn: '1-3-2026' }, 'observedOn', 'gebruik de vorm JJJJ-MM-DD'],
      [{ persons: [{ role: 'possible-victim' }] }, 'persons.0.name', 'geef een naam of een beschrijving van de persoon'],
      [{ persons: [{ role: 'possible-victim', name: 'X', estimatedAge: 130 }] }, 'persons.0.estimatedAge', 'een leeftijd is hoogstens 120'],
      [{ organisations: [{ name: 'Bv', kvkNumber: '123' }] }, 'organisations.0.kvkNumber', 'een KVK-nummer heeft 8 cijfers'],
      [{ addresses: [{ postcode: '12345', houseNumber: 1 }] }, 'addresses.0.postcode', 'een postcode heeft de vorm 1234 AB'],
      [{ addresses: [{ postcode: '2312AB', houseNumber: 0 }] }, 'addresses.0.houseNumber', 'een huisnummer is 1 of meer'],
      [{ reporterPhone: '0'.repeat(31) }, 'reporterPhone', 'maximaal 30 tekens'],
      [{ observedSignals: ['bestaat-niet'] }, 'observedSignals.0', 'staat niet in de signalenlijst'],
      [{ sector: 'ruimtevaart' }, 'sector', 'staat niet in de lijst van sectoren'],
    ];
    for (const [change, field, message] of cases) {
      const res = await submitAs(app, reporter, { ...sampleSubmission(), ...change });
      expect(res.statusCode, field).toBe(400);
      const fields = res.json().error.details.fields as { field: string; message: string }[];
      expect(fields, field).toContainEqual({ field, message: expect.stringContaining(message) });
    }
  });

  it('refuses unknown fields', async () => {
    const res = await submitAs(app, reporter, { ...sampleSubmission(), reporterName: 'Iemand Anders' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('reporterName');
  });

  it('keeps the reporter and the free text encrypted at rest', async () => {
    const rows = await rawSignals();
    const raw = JSON.stringify(rows);
    expect(raw).not.toContain(reporter.user.name);
    expect(raw).not.toContain(reporter.user.email);
    expect(raw).not.toContain('071-5550199');
    expect(raw).not.toContain('Piotr');
    expect(raw).not.toContain('zeven dagen per week');
    const events = JSON.stringify(await queryRows(t.database.db, sql`select * from signal_events`));
    expect(events).not.toContain('Piotr');
  });

  it('audits every submission without personal data, and a repeat as a repeat', async () => {
    const records = (await openedAuditRecords(t.database.db, t.keyring)).filter((r) => r.action === 'signal.submit');
    expect(records.length).toBeGreaterThanOrEqual(6);
    expect(records.every((r) => r.shielded)).toBe(true);
    expect(records.every((r) => r.object_type === 'signal' && r.object_id && r.actor === 'melder')).toBe(true);
    // Refused only for a key reused with another body.
    expect(records.filter((r) => r.result !== 'success').every((r) => r.result === 'denied' && r.details.reason === 'idempotency-key-reused')).toBe(true);
    expect(records.some((r) => r.details.repeated === true)).toBe(true);
    expect(personalDataInAudit(records, [reporter.user])).toEqual([]);
    expect(JSON.stringify(records)).not.toContain('Piotr');
  });

  it('refuses an anonymous visitor', async () => {
    const anonymous = await app.inject({ method: 'POST', url: '/api/v1/signals', payload: sampleSubmission(), headers: { 'idempotency-key': crypto.randomUUID() } });
    expect(anonymous.statusCode).toBe(401);
  });
});
