import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/client';
import { handovers } from '../db/schema';
import { inTenant } from '../db/tenant';
import type { HandoverView } from '../handovers/handover-view';
import { createMailer, type Mailer } from '../mail/mailer';
import { allAuditRecords } from '../test-support/login-as';
import { handoverCase, LEIDEN, mailText, postHandover, SHOP_EMAIL, tokenIn, toAddresses } from '../test-support/handover-fixtures';
import { startSmtpCapture, type SmtpCapture } from '../test-support/smtp-capture';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { TestDatabase } from '../test-support/test-database';
import type { Services } from '../context/services';
import { runReminders } from '../test-support/run-reminders';
import { startJobRunner } from '../jobs/job-runner';
import { jobFailures } from '../db/schema';
import { reminderSubject } from './due-reminders';
import { reminderJob, reminderSchedule, reminderScanJob } from './reminder-jobs';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;
const PUBLIC_URL = 'https://signaalroute.leiden.example';
let smtp: SmtpCapture;
let t: TestApp;
let mailer: Mailer;
let clock = new Date('2026-11-02T09:00:00Z');

beforeAll(async () => {
  smtp = await startSmtpCapture();
  t = await createTestApp({ smtpUrl: smtp.url, now: () => clock, publicUrl: PUBLIC_URL });
  mailer = createMailer({ smtpUrl: smtp.url, from: 'Signaalroute <noreply@gemeente.example>' });
});
afterAll(async () => {
  mailer?.close();
  await t?.close();
  await smtp?.close();
});

const deps = (database: Database = t.database, m: Mailer = mailer): Services => ({ ...t.services, database, mailer: m });


const at = (base: string, offset: number) => new Date(new Date(base).getTime() + offset);
const remindersFor = (reference: string) => smtp.messages.filter((m) => m.subject?.includes(reference) && !m.subject.startsWith('Overdracht'));
const lookup = (token: string) => t.app.inject({ method: 'POST', url: '/api/v1/feedback/lookup', payload: { token } });
const partnerAnswers = (token: string) => t.app.inject({ method: 'POST', url: '/api/v1/feedback', payload: { token, outcome: 'taken-up' } });
/** The reminders to partners about a signal (not the handover itself, nor the reporter's news). */
const partnerReminders = (reference: string) =>
  smtp.messages.filter((m) => (m.subject?.startsWith('Herinnering') === true || m.subject?.startsWith('Terugkoppeling verlopen') === true) && m.subject.includes(reference));
const RIEC_EMAIL = { partnerId: 'riec-den-haag', contactId: 'riec-den-haag', parts: ['forms'], channel: 'email' };

/** An event on the case by the AF, through the API (the workflow decides whether it may happen). */
async function caseEvent(c: { af: { headers: Record<string, string> }; signal: { id: string } }, payload: Record<string, string>): Promise<void> {
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/signals/${c.signal.id}/events`, headers: c.af.headers, payload });
  expect(res.statusCode, res.body).toBe(200);
}

/** Hands a fresh signal over by e-mail at the current clock; returns the handover and the first link's token. */
async function handedOver(body = SHOP_EMAIL) {
  const c = await handoverCase(t);
  const res = await postHandover(t.app, c.af, c.signal.id, body);
  expect(res.statusCode, res.body).toBe(201);
  const { handover, feedbackLink } = res.json<{ handover: HandoverView; feedbackLink: string }>();
  return { ...c, handover, token: tokenIn(feedbackLink) };
}

/** Each test starts from a clean slate of due handovers: everything earlier gets its feedback. */
async function answerAllOpen(): Promise<void> {
  await inTenant(t.database.db, LEIDEN, (tx) => tx.update(handovers).set({ feedbackAt: clock, feedbackOutcome: 'other' }).where(eq(handovers.municipality, LEIDEN)));
}

describe('reminders', () => {
  it('reminds 2 days before and once after the due date, each once, with a new link that replaces the old one', async () => {
    await answerAllOpen();
    const { handover, signal, token } = await handedOver();
    const due = handover.dueAt;

    expect(await runReminders(deps(), at(due, -2 * DAY - HOUR))).toEqual({ before: 0, after: 0 });
    expect(await runReminders(deps(), at(due, -2 * DAY + HOUR))).toEqual({ before: 1, after: 0 });
    expect(await runReminders(deps(), at(due, -DAY))).toEqual({ before: 0, after: 0 });
    const before = await smtp.waitFor((m) => m.subject?.startsWith('Herinnering') === true && m.subject.includes(signal.reference));
    expect(toAddresses(before)).toEqual(['zoco@shop-denhaag.nl']);
    expect(before.subject).toMatch(/^Herinnering: terugkoppeling gevraagd vóór \d{1,2} \w+ 2026 \(signaal SR-/);
    expect(mailText(before)).toContain(signal.reference);
    expect(mailText(before)).toContain(`${PUBLIC_URL}/terugkoppeling#token=`);
    // No case content in a reminder.
    expect(mailText(before)).not.toContain('Piotr');
    const newToken = tokenIn(mailText(before));
    expect(newToken).not.toBe(token);
    expect((await lookup(token)).statusCode).toBe(404);
    expect((await lookup(newToken)).json()).toMatchObject({ reference: signal.reference, answered: false });

    expect(await runReminders(deps(), at(due, -HOUR))).toEqual({ before: 0, after: 0 });
    expect(await runReminders(deps(), at(due, HOUR))).toEqual({ before: 0, after: 1 });
    expect(await runReminders(deps(), at(due, 3 * DAY))).toEqual({ before: 0, after: 0 });
    const after = await smtp.waitFor((m) => m.subject?.startsWith('Terugkoppeling verlopen') === true && m.subject.includes(signal.reference));
    const latest = tokenIn(mailText(after));
    expect((await lookup(newToken)).statusCode).toBe(404);
    expect(remindersFor(signal.reference)).toHaveLength(2);

    // The latest link works.
    const answered = await t.app.inject({ method: 'POST', url: '/api/v1/feedback', payload: { token: latest, outcome: 'taken-up' } });
    expect(answered.statusCode, answered.body).toBe(201);
    const audit = (await allAuditRecords(t.database.db)).filter((r) => r.object_id === handover.id && r.action === 'handover.reminder');
    expect(audit.map((r) => [r.actor, r.details.kind, r.municipality])).toEqual([
      ['systeem', 'before', LEIDEN],
      ['systeem', 'after', LEIDEN],
    ]);
  });

  it('sends nothing once the partner answered, nor for a handover without an address, nor after the link expired', async () => {
    await answerAllOpen();
    const answered = await handedOver();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/feedback', payload: { token: answered.token, outcome: 'taken-up' } });
    expect(res.statusCode).toBe(201);
    const byPhone = await handedOver({ partnerId: 'shop', contactId: 'shop-mobiel', parts: ['forms'], channel: 'phone' });
    const due = answered.handover.dueAt;
    expect(await runReminders(deps(), at(due, -DAY))).toEqual({ before: 0, after: 0 });
    expect(await runReminders(deps(), at(due, DAY))).toEqual({ before: 0, after: 0 });
    expect(remindersFor(answered.signal.reference)).toEqual([]);
    expect(remindersFor(byPhone.signal.reference)).toEqual([]);

    const expiring = await handedOver({ ...SHOP_EMAIL, channel: 'phone' });
    expect(await runReminders(deps(), at(expiring.handover.dueAt, 31 * DAY))).toEqual({ before: 0, after: 0 });
    // A phone handover to a contact with an address is reminded there.
    expect(await runReminders(deps(), at(expiring.handover.dueAt, DAY))).toEqual({ before: 0, after: 1 });
  });

  it('sends nothing while the signal is closed, and the reminders still due once it is reopened', async () => {
    await answerAllOpen();
    // Two partners get the signal; RIEC answers, the AF informs the reporter and closes the case
    // while SHOP has not answered yet.
    const c = await handedOver();
    const riec = await postHandover(t.app, c.af, c.signal.id, RIEC_EMAIL);
    expect(riec.statusCode, riec.body).toBe(201);
    expect((await partnerAnswers(tokenIn(riec.json<{ feedbackLink: string }>().feedbackLink))).statusCode).toBe(201);
    await caseEvent(c, { event: 'melder-informeren', message: 'De partner heeft het signaal opgepakt.' });
    await caseEvent(c, { event: 'afsluiten' });
    const due = c.handover.dueAt;
    expect(await runReminders(deps(), at(due, -DAY))).toEqual({ before: 0, after: 0 });
    expect(await runReminders(deps(), at(due, DAY))).toEqual({ before: 0, after: 0 });
    expect(partnerReminders(c.signal.reference)).toEqual([]);

    // Reopened after the due date: the reminder before it is no longer due, the one after it is, once.
    await caseEvent(c, { event: 'heropenen' });
    expect(await runReminders(deps(), at(due, 2 * DAY))).toEqual({ before: 0, after: 1 });
    expect(await runReminders(deps(), at(due, 3 * DAY))).toEqual({ before: 0, after: 0 });
    const after = await smtp.waitFor((m) => m.subject?.startsWith('Terugkoppeling verlopen') === true && m.subject.includes(c.signal.reference));
    expect(toAddresses(after)).toEqual(['zoco@shop-denhaag.nl']);
    expect(partnerReminders(c.signal.reference)).toHaveLength(1);
  });

  it('sends nothing for a signal the AF decided not to pass on, and again once it is reopened', async () => {
    await answerAllOpen();
    const c = await handedOver();
    const riec = await postHandover(t.app, c.af, c.signal.id, RIEC_EMAIL);
    expect((await partnerAnswers(tokenIn(riec.json<{ feedbackLink: string }>().feedbackLink))).statusCode).toBe(201);
    await caseEvent(c, { event: 'melder-informeren', message: 'De partner heeft het signaal opgepakt.' });
    await caseEvent(c, { event: 'heropenen' });
    await caseEvent(c, { event: 'niet-doorzetten', reason: 'Bij nader inzien geen signaal van mensenhandel.' });
    const due = c.handover.dueAt;
    expect(await runReminders(deps(), at(due, -DAY))).toEqual({ before: 0, after: 0 });
    expect(partnerReminders(c.signal.reference)).toEqual([]);

    // Reopened before the due date: the reminder before it is still due.
    await caseEvent(c, { event: 'heropenen' });
    expect(await runReminders(deps(), at(due, -DAY))).toEqual({ before: 1, after: 0 });
    expect(await runReminders(deps(), at(due, -DAY + HOUR))).toEqual({ before: 0, after: 0 });
    await smtp.waitFor((m) => m.subject?.startsWith('Herinnering') === true && m.subject.includes(c.signal.reference));
    expect(partnerReminders(c.signal.reference)).toHaveLength(1);
  });

  it('sends nothing for a handover whose feedback the AF recorded (by phone)', async () => {
    await answerAllOpen();
    const c = await handedOver();
    const recorded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/signals/${c.signal.id}/handovers/${c.handover.id}/feedback`,
      headers: c.af.headers,
      payload: { outcome: 'taken-up', note: 'Telefonisch doorgegeven.' },
    });
    expect(recorded.statusCode, recorded.body).toBeLessThan(300);
    expect(await runReminders(deps(), at(c.handover.dueAt, -DAY))).toEqual({ before: 0, after: 0 });
    expect(await runReminders(deps(), at(c.handover.dueAt, DAY))).toEqual({ before: 0, after: 0 });
    expect(partnerReminders(c.signal.reference)).toEqual([]);
  });

  it('releases the claim when the e-mail cannot be sent, and sends it on the next run', async () => {
    await answerAllOpen();
    const { handover, signal } = await handedOver();
    const dead = await startSmtpCapture();
    await dead.close();
    const deadMailer = createMailer({ smtpUrl: dead.url, from: 'x@y.example' });
    const when = at(handover.dueAt, HOUR);
    try {
      expect(await runReminders(deps(t.database, deadMailer), when)).toEqual({ before: 0, after: 0 });
    } finally {
      deadMailer.close();
    }
    const [row] = await inTenant(t.database.db, LEIDEN, (tx) => tx.select().from(handovers).where(eq(handovers.id, handover.id)));
    expect(row!.reminderAfterSentAt).toBeNull();
    expect(await runReminders(deps(), when)).toEqual({ before: 0, after: 1 });
    expect(remindersFor(signal.reference)).toHaveLength(1);
  });

  it('does not try again a reminder that failed for good until the beheerder asks to', async () => {
    await answerAllOpen();
    const { handover, signal } = await handedOver();
    const when = at(handover.dueAt, HOUR);
    const failure = { municipality: LEIDEN, queue: 'reminder-send', subject: reminderSubject(handover.id, 'after'), data: {}, error: 'Error:ECONNREFUSED', attempts: 6, failedAt: when };
    const [open] = await inTenant(t.database.db, LEIDEN, (tx) => tx.insert(jobFailures).values(failure).returning());
    expect(await runReminders(deps(), when)).toEqual({ before: 0, after: 0 });
    await inTenant(t.database.db, LEIDEN, (tx) => tx.update(jobFailures).set({ resolvedAt: when, resolution: 'dismissed' }).where(eq(jobFailures.id, open!.id)));
    expect(await runReminders(deps(), when)).toEqual({ before: 0, after: 0 });
    await inTenant(t.database.db, LEIDEN, (tx) => tx.update(jobFailures).set({ resolution: 'retried' }).where(eq(jobFailures.id, open!.id)));
    expect(await runReminders(deps(), when)).toEqual({ before: 0, after: 1 });
    expect(remindersFor(signal.reference)).toHaveLength(1);
  });

  it('sends every reminder exactly once when two instances run the job runner at the same time', async () => {
    await answerAllOpen();
    const due: { reference: string; dueAt: string; handoverId: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const { signal, handover } = await handedOver();
      due.push({ reference: signal.reference, dueAt: handover.dueAt, handoverId: handover.id });
    }
    const when = at(due[0]!.dueAt, HOUR);
    // A second instance: its own pool of connections to the same PostgreSQL database, and its own
    // SMTP connection. PGlite is one process's database: there both runners share it.
    const url = (t.database as TestDatabase).env.DATABASE_URL;
    const second: Database = url ? await openDatabase({ databaseUrl: url, dataDir: null }) : t.database;
    const secondMailer = createMailer({ smtpUrl: smtp.url, from: 'Signaalroute <noreply@gemeente.example>' });
    const instances = [deps(t.database), deps(second, secondMailer)].map((services) => ({ ...services, clock: () => when }));
    const runners = [];
    try {
      for (const services of instances) {
        const runner = await startJobRunner(services, { jobs: [reminderScanJob, reminderJob], schedules: [reminderSchedule(1)], pollingIntervalSeconds: 0.5 });
        services.jobs = runner;
        runners.push(runner);
      }
      for (const { reference } of due) {
        await smtp.waitFor((m: ParsedMail) => m.subject?.startsWith('Terugkoppeling verlopen') === true && m.subject.includes(reference), 20_000);
      }
      // Several more scans, by both instances: nothing is sent twice.
      await new Promise((resolve) => setTimeout(resolve, 3000));
    } finally {
      for (const runner of runners) await runner.stop();
      secondMailer.close();
      if (second !== t.database) await second.close();
    }
    for (const { reference } of due) expect(remindersFor(reference), reference).toHaveLength(1);
    const audit = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'handover.reminder');
    for (const { handoverId } of due) expect(audit.filter((r) => r.object_id === handoverId).map((r) => [r.actor, r.details.kind])).toEqual([['systeem', 'after']]);
  });
});
