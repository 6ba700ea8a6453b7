import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleContactsOfContent } from '../../domain/content/stale-contacts';
import { systemContext } from '../context/context';
import { users } from '../db/schema';
import { inTenant } from '../db/tenant';
import { allAuditRecords, createTestUser, loginAs, type TestUser } from '../test-support/login-as';
import { startSmtpCapture, type SmtpCapture } from '../test-support/smtp-capture';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { staleContactsJob } from './stale-contacts-job';

const LEIDEN = 'GM0546';
const TILBURG = 'GM0855';
const PUBLIC_URL = 'https://signaalroute.regio.example';
let smtp: SmtpCapture;
let t: TestApp;
let clock = new Date('2027-06-01T08:00:00Z');
let regio: TestUser;
let brabant: TestUser;
let formerRegio: TestUser;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  t = await createTestApp({ smtpUrl: smtp.url, now: () => clock, publicUrl: PUBLIC_URL });
  const { db } = t.database;
  regio = await createTestUser(db, { municipality: LEIDEN, roles: ['regiobeheerder'], name: 'Rein Regio' });
  brabant = await createTestUser(db, { municipality: TILBURG, roles: ['regiobeheerder'] });
  formerRegio = await createTestUser(db, { municipality: LEIDEN, roles: ['regiobeheerder'] });
  await inTenant(db, LEIDEN, (tx) => tx.update(users).set({ active: false }).where(eq(users.id, formerRegio.userId)));
  // Not a regiobeheerder: never mailed.
  await createTestUser(db, { municipality: LEIDEN, roles: ['beheerder'] });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** Runs the daily job as the job runner would, at `at`. */
async function runJobAt(at: string): Promise<void> {
  clock = new Date(at);
  await staleContactsJob.handle(systemContext({ ...t.services, clock: () => clock }), { municipality: null });
}

const mailsTo = (user: TestUser): ParsedMail[] => smtp.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === user.email);
const reminderRecords = async () => (await allAuditRecords(t.database.db)).filter((r) => r.action === 'contacts.stale-reminder');

describe('the monthly e-mail about unchecked partner contacts', () => {
  it('sends nothing while every contact was checked within the year', async () => {
    expect(staleContactsOfContent(t.content, 'eenheid-den-haag', '2027-06-01')).toEqual([]);
    await runJobAt('2027-06-01T08:00:00Z');
    expect(smtp.messages).toEqual([]);
    expect(await reminderRecords()).toEqual([]);
  });

  it("mails each active regiobeheerder the own region's stale contacts in Dutch, with a link to the partners editor, and records it", async () => {
    await runJobAt('2028-01-03T06:00:00Z');
    const stale = staleContactsOfContent(t.content, 'eenheid-den-haag', '2028-01-03');
    expect(stale.length).toBeGreaterThan(3);
    const [mail, ...more] = mailsTo(regio);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`Contactgegevens controleren: ${stale.length} contacten van regio Eenheid Den Haag een jaar niet gecontroleerd`);
    expect(mail!.text).toContain('Beste Rein Regio,');
    for (const c of stale) expect(mail!.text).toContain(`- ${c.contactName} (${c.partnerName}): laatst gecontroleerd op`);
    expect(mail!.text).toContain(`${PUBLIC_URL}/regio/inhoud/partners`);
    // Another region's regiobeheerder gets the list of that region, not this one.
    const [other] = mailsTo(brabant);
    expect(other!.subject).toContain('regio Hart van Brabant');
    expect(other!.text).not.toContain(stale[0]!.contactName);
    expect(mailsTo(formerRegio)).toEqual([]);
    expect(smtp.messages).toHaveLength(2);
    const records = await reminderRecords();
    expect(records.map((r) => [r.object_id, r.actor, r.result, (r.details as { region: string }).region])).toEqual(
      expect.arrayContaining([
        [regio.userId, 'systeem', 'success', 'eenheid-den-haag'],
        [brabant.userId, 'systeem', 'success', 'hart-van-brabant'],
      ]),
    );
    expect(records).toHaveLength(2);
  });

  it('sends at most one a calendar month (Dutch time), however often the job runs', async () => {
    await runJobAt('2028-01-20T10:00:00Z');
    await runJobAt('2028-01-31T22:30:00Z'); // 23:30 in the Netherlands: still January
    expect(smtp.messages).toHaveLength(2);
    await runJobAt('2028-01-31T23:30:00Z'); // 00:30 on 1 February in the Netherlands
    expect(mailsTo(regio)).toHaveLength(2);
    expect(mailsTo(brabant)).toHaveLength(2);
  });
});

describe('GET /api/v1/regions/:region/stale-contacts', () => {
  it("gives the regiobeheerder the own region's stale contacts of the served content, and refuses another region", async () => {
    clock = new Date('2028-01-03T08:00:00Z');
    const login = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['regiobeheerder'], now: clock });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/regions/eenheid-den-haag/stale-contacts', headers: login.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ region: 'eenheid-den-haag', today: '2028-01-03', contacts: staleContactsOfContent(t.content, 'eenheid-den-haag', '2028-01-03') });
    const other = await t.app.inject({ method: 'GET', url: '/api/v1/regions/hart-van-brabant/stale-contacts', headers: login.headers });
    expect(other.statusCode).toBe(403);
  });
});
