import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { ParsedMail } from 'mailparser';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './mail/mailer';
import { loggerOptions } from './logger';
import { runReminders } from './test-support/run-reminders';
import { createTestUser, sessionFor, type TestLogin, type TestUser } from './test-support/login-as';
import { mailText, tokenIn } from './test-support/handover-fixtures';
import { startSmtpCapture, type SmtpCapture } from './test-support/smtp-capture';
import { createTestApp, type TestApp } from './test-support/test-app';

/**
 * THE LEAK TEST (PRODUCT.md: the reporter's identity reaches nobody but the AF of that
 * municipality: not a partner, not a statistic, not an export, not a log line).
 *
 * A whole chain runs through the API with a real SMTP server and the app's logger writing to
 * memory. Everything produced for anyone other than the AF of the municipality is collected: every
 * API response (body and headers) of the reporter, a colleague, the auditor, the beheerder, the AF
 * of another municipality, anonymous callers and the partner; what the AF prepares for the partner
 * (the preview and the printable version) and for the signal meeting (the agenda); every e-mail;
 * every log line; the audit search and the CSV export. The collection is then searched literally,
 * case-insensitively, for the reporter's name and e-mail address (and phone number).
 *
 * Left out, on purpose:
 * - the AF's own responses: the AF of the municipality is the one person who knows the reporter
 *   (the test asserts the case view does show the reporter, so the search can find something);
 * - the beheerder's user list: it lists every user of the municipality by name, the reporter among
 *   them, as it must (a beheerder manages accounts); it says nothing about who reported what. The
 *   test checks that the search does find the name there, to show the search works;
 * - the To header of the reporter's own news e-mail: it is addressed to the reporter.
 *
 * Not in the scenario: the reporter logging in, or trying an endpoint they may not use. Those are
 * audited under their name like any user's (the auditor must see who logged in and who was
 * refused); such records name the endpoint, not the signal, and say nothing about who reported
 * what. Sessions are therefore made directly, so the literal search stays meaningful. What the
 * reporter does as reporter (submitting, "Mijn signalen") is audited with actor "melder" and shown
 * to the auditor without name or user id (src/server/audit/search-audit.ts), which this test checks.
 */

const A = 'GM0546'; // Leiden
const B = 'GM0518'; // Den Haag
const PUBLIC_URL = 'https://signaalroute.leiden.example';
const REPORTER = { name: 'Wilhelmina Verklikker-Zonderland', email: 'w.verklikker-zonderland@leiden.example', phone: '06-98765432' };
const SECRETS = [REPORTER.name, REPORTER.email, REPORTER.phone, 'Verklikker'];

interface Collected {
  what: string;
  text: string;
}

let smtp: SmtpCapture;
let t: TestApp;
const logLines: string[] = [];

beforeAll(async () => {
  smtp = await startSmtpCapture();
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  // The server's own logger options (redaction, request serialiser), at the most talkative level.
  const logger = pino(loggerOptions('trace'), stream);
  t = await createTestApp({ smtpUrl: smtp.url, logger, publicUrl: PUBLIC_URL });
});

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

function responseText(res: LightMyRequestResponse): string {
  return `${JSON.stringify(res.headers)}\n${res.body}`;
}

function mailParts(mail: ParsedMail, toReporter: boolean): string {
  const headers = [...mail.headers].filter(([key]) => !(toReporter && (key === 'to' || key === 'delivered-to')));
  return [
    JSON.stringify(headers),
    mail.subject ?? '',
    mail.text ?? '',
    typeof mail.html === 'string' ? mail.html : '',
    ...(mail.attachments ?? []).map((a) => a.content.toString('utf8')),
  ].join('\n');
}

function leaksIn(items: Collected[]): string[] {
  const found: string[] = [];
  for (const item of items) {
    const haystack = item.text.toLowerCase();
    for (const secret of SECRETS) if (haystack.includes(secret.toLowerCase())) found.push(`${item.what}: "${secret}"`);
  }
  return found;
}

describe('the reporter never leaks', () => {
  it('through a whole chain: nothing outside the AF of the municipality holds the reporter name or e-mail address', async () => {
    const { db } = t.database;
    const collected: Collected[] = [];
    const afOnly: Collected[] = [];
    let remote = 0;

    /** A request as someone; the answer goes into the collection unless it was for the AF of A alone. */
    async function call(who: string, login: TestLogin | null, options: InjectOptions, collect = true): Promise<LightMyRequestResponse> {
      const res = await t.app.inject({ ...options, headers: { ...(options.headers as Record<string, string> | undefined), ...(login?.headers ?? {}) }, remoteAddress: `10.7.0.${++remote % 250}` });
      (collect ? collected : afOnly).push({ what: `${who} ${options.method} ${options.url} → ${res.statusCode}`, text: responseText(res) });
      return res;
    }

    // The people.
    const reporterUser = await createTestUser(db, { municipality: A, roles: ['medewerker'], name: REPORTER.name, email: REPORTER.email });
    const user = (roles: TestUser['municipality'], r: Parameters<typeof createTestUser>[1]['roles']) => createTestUser(db, { municipality: roles, roles: r });
    const logins = {
      reporter: await sessionFor(db, reporterUser),
      af: await sessionFor(db, await user(A, ['aandachtsfunctionaris'])),
      colleague: await sessionFor(db, await user(A, ['medewerker'])),
      auditor: await sessionFor(db, await user(A, ['auditor'])),
      beheerder: await sessionFor(db, await user(A, ['beheerder'])),
      afB: await sessionFor(db, await user(B, ['aandachtsfunctionaris'])),
      auditorB: await sessionFor(db, await user(B, ['auditor'])),
    };

    // Step 1: the reporter submits (with a phone number, confidential like the name).
    const submitted = await call('melder', logins.reporter, {
      method: 'POST',
      url: '/api/v1/signals',
      headers: { 'idempotency-key': crypto.randomUUID() },
      payload: {
        forms: ['labour'],
        observedSignals: [],
        description: 'Twee vrouwen werken elke dag tot laat in de nagelstudio en worden opgehaald met een busje.',
        observedOn: '2026-10-30',
        location: 'Haarlemmerstraat',
        persons: [{ role: 'possible-victim', description: 'Vrouw van rond de 25, spreekt geen Nederlands' }],
        organisations: [{ name: 'Nagelstudio Glitter' }],
        addresses: [{ postcode: '2312 DP', houseNumber: 100, street: 'Haarlemmerstraat', place: 'Leiden' }],
        sector: 'beauty-industrie',
        acuteDanger: false,
        personAware: 'no',
        reporterPhone: REPORTER.phone,
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { id: signalId, reference } = submitted.json<{ id: string; reference: string }>();

    // Steps 2 and 3: the AF reads and records it. The case view shows the reporter: to the AF only.
    await call('af', logins.af, { method: 'GET', url: '/api/v1/signals' }, false);
    const caseView = await call('af', logins.af, { method: 'GET', url: `/api/v1/signals/${signalId}` }, false);
    expect(caseView.statusCode).toBe(200);
    expect(caseView.json().reporter).toMatchObject({ name: REPORTER.name, email: REPORTER.email, phone: REPORTER.phone });
    expect(leaksIn([afOnly.at(-1)!]).length).toBeGreaterThan(0);
    expect((await call('af', logins.af, { method: 'POST', url: `/api/v1/signals/${signalId}/events`, payload: { event: 'vastleggen' } }, false)).statusCode).toBe(200);

    // Others try to read the case: refused, and the refusals are collected too.
    await call('collega', logins.colleague, { method: 'GET', url: `/api/v1/signals/${signalId}` });
    await call('af andere gemeente', logins.afB, { method: 'GET', url: `/api/v1/signals/${signalId}` });
    await call('anoniem', null, { method: 'GET', url: `/api/v1/signals/${signalId}` });
    await call('auditor', logins.auditor, { method: 'GET', url: '/api/v1/signals' });

    // Step 4: the route.
    const routed = await call('af', logins.af, { method: 'POST', url: `/api/v1/signals/${signalId}/route`, payload: { mapId: 'den-haag-persoon', answers: ['no', 'yes', 'labour'] } }, false);
    expect(routed.statusCode, routed.body).toBeLessThan(300);

    // Step 5: preview and handover by e-mail; what is meant for the partner is collected.
    const handoverBody = { partnerId: 'shop', contactId: 'shop', parts: ['forms', 'description', 'when-where', 'persons', 'organisations', 'addresses', 'sector', 'acute-danger', 'person-aware'] };
    const preview = await call('af → partner (voorbeeld)', logins.af, { method: 'POST', url: `/api/v1/signals/${signalId}/handovers/preview`, payload: handoverBody });
    expect(preview.statusCode, preview.body).toBe(200);
    const handedOver = await call('af', logins.af, { method: 'POST', url: `/api/v1/signals/${signalId}/handovers`, payload: { ...handoverBody, channel: 'email' } }, false);
    expect(handedOver.statusCode, handedOver.body).toBe(201);
    const handover = handedOver.json<{ handover: { id: string; content: unknown; dueAt: string } }>().handover;
    collected.push({ what: 'overdracht: inhoud zoals opgeslagen', text: JSON.stringify(handover.content) });
    const print = await call('af → partner (afdruk)', logins.af, { method: 'GET', url: `/api/v1/signals/${signalId}/handovers/${handover.id}/print` });
    expect(print.statusCode).toBe(200);
    // A second handover by phone, to be reminded about later.
    const byPhone = await call('af', logins.af, { method: 'POST', url: `/api/v1/signals/${signalId}/handovers`, payload: { partnerId: 'riec-den-haag', contactId: 'riec-den-haag', parts: ['forms', 'addresses'], channel: 'phone' } }, false);
    expect(byPhone.statusCode, byPhone.body).toBe(201);
    collected.push({ what: 'link voor de partner (telefoon)', text: byPhone.json<{ feedbackLink: string }>().feedbackLink });

    // The partner answers through the link in the e-mail.
    const handoverMail = await smtp.waitFor((m) => m.subject?.startsWith('Overdracht') === true && m.subject.includes(reference));
    const token = tokenIn(mailText(handoverMail));
    expect((await call('partner', null, { method: 'POST', url: '/api/v1/feedback/lookup', payload: { token } })).statusCode).toBe(200);
    expect((await call('partner', null, { method: 'POST', url: '/api/v1/feedback', payload: { token, outcome: 'taken-up', note: 'Wij gaan langs bij de studio.' } })).statusCode).toBe(201);
    expect((await call('partner', null, { method: 'POST', url: '/api/v1/feedback', payload: { token, outcome: 'other' } })).statusCode).toBe(410);
    await call('partner', null, { method: 'POST', url: '/api/v1/feedback/lookup', payload: { token: 'A'.repeat(43) } });

    // Reminders for the phone handover, before and after its due date (the clock moves, nobody waits).
    const reminderDeps = { ...t.services, mailer: createMailer({ smtpUrl: smtp.url, from: 'Signaalroute <noreply@gemeente.example>' }) };
    const due = new Date(byPhone.json<{ handover: { dueAt: string } }>().handover.dueAt).getTime();
    try {
      expect(await runReminders(reminderDeps, new Date(due - 24 * 3600 * 1000))).toEqual({ before: 1, after: 0 });
      expect(await runReminders(reminderDeps, new Date(due + 3600 * 1000))).toEqual({ before: 0, after: 1 });
    } finally {
      reminderDeps.mailer.close();
    }

    // Step 6: the AF tells the reporter; the reporter reads "Mijn signalen".
    const informed = await call('af', logins.af, { method: 'POST', url: `/api/v1/signals/${signalId}/events`, payload: { event: 'melder-informeren', message: 'Uw signaal is doorgegeven en wordt opgepakt. Dank u wel.' } }, false);
    expect(informed.statusCode, informed.body).toBe(200);
    const mine = await call('melder', logins.reporter, { method: 'GET', url: '/api/v1/my-signals' });
    expect(mine.json()).toEqual([expect.objectContaining({ reference, state: 'melder-geinformeerd', feedback: [expect.objectContaining({ text: expect.stringContaining('opgepakt') })] })]);
    await call('collega', logins.colleague, { method: 'GET', url: '/api/v1/my-signals' });

    // The signal meeting: the agenda is read out to the partners at the table.
    const meeting = await call('af', logins.af, { method: 'POST', url: '/api/v1/meetings', payload: { heldOn: '2026-11-10', title: 'Signalenoverleg november' } }, false);
    const meetingId = meeting.json<{ id: string }>().id;
    expect((await call('af → overleg', logins.af, { method: 'POST', url: `/api/v1/meetings/${meetingId}/signals`, payload: { signalId } })).statusCode).toBe(201);
    const agenda = await call('af → overleg (agenda)', logins.af, { method: 'GET', url: `/api/v1/meetings/${meetingId}` });
    expect(agenda.json().items).toHaveLength(1);
    await call('af → overleg', logins.af, { method: 'PUT', url: `/api/v1/meetings/${meetingId}/signals/${signalId}`, payload: { decision: 'Volgen via het RIEC.' } });

    // The auditor searches the audit trail and exports it; the other municipality's auditor too.
    const search = await call('auditor', logins.auditor, { method: 'GET', url: '/api/v1/audit' });
    expect(search.statusCode).toBe(200);
    const signalAudit = await call('auditor', logins.auditor, { method: 'GET', url: `/api/v1/audit?objectId=${signalId}` });
    const signalActions = signalAudit.json().events.map((e: { action: string }) => e.action);
    expect(signalActions).toEqual(expect.arrayContaining(['signal.read', 'handover.preview']));
    // The submission is shielded: it names no signal, and shows from tomorrow on (src/server/audit/shielded-audit.db.test.ts).
    expect(signalActions).not.toContain('signal.submit');
    // A search by the reporter's user id does not link the user to the signal either.
    const byUser = await call('auditor', logins.auditor, { method: 'GET', url: `/api/v1/audit?user=${reporterUser.userId}` });
    expect(byUser.json().events.filter((e: { objectId: string | null }) => e.objectId === signalId)).toEqual([]);
    const csv = await call('auditor', logins.auditor, { method: 'GET', url: '/api/v1/audit/export' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('handover.feedback');
    await call('auditor andere gemeente', logins.auditorB, { method: 'GET', url: '/api/v1/audit/export' });

    // The beheerder: settings are collected; the user list is left out (see above) but shows the search works.
    await call('beheerder', logins.beheerder, { method: 'GET', url: '/api/v1/settings' });
    const usersList = await call('beheerder', logins.beheerder, { method: 'GET', url: '/api/v1/users' }, false);
    expect(usersList.statusCode).toBe(200);
    expect(leaksIn([{ what: 'gebruikerslijst', text: responseText(usersList) }])).not.toEqual([]);

    // Every e-mail, and every log line of the whole run.
    expect(smtp.messages.length).toBeGreaterThanOrEqual(4);
    for (const mail of smtp.messages) {
      const to = [mail.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address ?? '') : []));
      const toReporter = to.includes(REPORTER.email);
      collected.push({ what: `e-mail "${mail.subject}" aan ${toReporter ? 'de melder' : to.join(', ')}`, text: mailParts(mail, toReporter) });
    }
    const subjects = smtp.messages.map((m) => m.subject ?? '');
    expect(subjects).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Overdracht/), expect.stringMatching(/^Herinnering/), expect.stringMatching(/^Terugkoppeling verlopen/), expect.stringMatching(/^Nieuws over uw signaal/)]),
    );
    // One line per request (http/request-log.ts), besides the other lines.
    expect(logLines.length).toBeGreaterThan(25);
    for (const [i, line] of logLines.entries()) collected.push({ what: `logregel ${i + 1}`, text: line });

    expect(leaksIn(collected)).toEqual([]);
    // The collection is not empty by accident: it holds the case's content that was meant for others.
    const all = collected.map((c) => c.text).join('\n');
    for (const expected of [reference, 'Nagelstudio Glitter', 'Haarlemmerstraat', 'Persoon A', 'Nieuws over uw signaal', 'handover.feedback', '"method":"POST"']) {
      expect(all).toContain(expected);
    }
  });
});
