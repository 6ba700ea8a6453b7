import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoverDocument, handoverLabels } from '../../domain/signal/handover-document';
import type { HandoverView } from '../../domain/signal/views';
import { sha256 } from '../auth/secrets';
import { handovers, municipalitySettings, signalEvents } from '../db/schema';
import { inTenant } from '../db/tenant';
import { allAuditRecords, loginAs } from '../test-support/login-as';
import { DEN_HAAG, handoverCase, LEIDEN, mailText, postHandover, postPreview, SHOP_EMAIL, tokenIn, toAddresses } from '../test-support/handover-fixtures';
import { renderPreview } from '../test-support/render-preview';
import { insertTestSignal, signalState } from '../test-support/signal-fixtures';
import { startSmtpCapture, type SmtpCapture } from '../test-support/smtp-capture';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { resolveRecipient } from './recipient';
import { PRINT_CSP, renderHandoverText } from './render-handover';

const PUBLIC_URL = 'https://signaalroute.leiden.example';
let smtp: SmtpCapture;
let t: TestApp;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  t = await createTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const eventsOf = (municipality: string, signalId: string) =>
  inTenant(t.database.db, municipality, (tx) => tx.select().from(signalEvents).where(eq(signalEvents.signalId, signalId)).orderBy(asc(signalEvents.id)));
const handoversOf = (municipality: string, signalId: string) =>
  inTenant(t.database.db, municipality, (tx) => tx.select().from(handovers).where(eq(handovers.signalId, signalId)));

describe('preview and handover by e-mail', () => {
  it('sends the partner exactly the preview, with the feedback link and the due date, and moves the signal to doorgezet', async () => {
    const { af, reporter, signal } = await handoverCase(t);
    const preview = await postPreview(t.app, af, signal.id, { partnerId: 'shop', contactId: 'shop', parts: SHOP_EMAIL.parts });
    expect(preview.statusCode, preview.body).toBe(200);
    const content = preview.json();
    expect(content).toMatchObject({ reference: signal.reference, municipality: 'Leiden', forms: ['labour'], persons: [expect.objectContaining({ name: 'Piotr K.' })] });
    expect(content).not.toHaveProperty('sector');
    expect(content).not.toHaveProperty('organisations');

    const res = await postHandover(t.app, af, signal.id, SHOP_EMAIL);
    expect(res.statusCode, res.body).toBe(201);
    const { handover, feedbackLink } = res.json<{ handover: HandoverView; feedbackLink: string }>();
    expect(handover.content).toEqual(content);
    expect(handover).toMatchObject({ partnerId: 'shop', contactId: 'shop', channel: 'email', recipientEmail: 'zoco@shop-denhaag.nl', overdue: false, feedback: null });
    expect(handover.partnerName).toContain('SHOP');
    expect(new Date(handover.dueAt).getTime() - new Date(handover.sentAt).getTime()).toBe(14 * 24 * 3600 * 1000);
    expect(feedbackLink).toMatch(new RegExp(`^${PUBLIC_URL}/terugkoppeling#token=[A-Za-z0-9_-]{43}$`));

    const mail = await smtp.waitFor((m) => m.subject?.includes(signal.reference) ?? false);
    expect(toAddresses(mail)).toEqual(['zoco@shop-denhaag.nl']);
    expect(mail.subject).toBe(`Overdracht signaal mensenhandel ${signal.reference} (gemeente Leiden)`);
    // The e-mail holds the preview, rendered by the same renderer as the print page.
    const { contact } = resolveRecipient(t.content, LEIDEN, 'shop', 'shop');
    const document = handoverDocument(content, { contactName: contact.name, sentAt: new Date(handover.sentAt), dueAt: new Date(handover.dueAt) }, handoverLabels(t.content.knowledge('nl')));
    expect(mailText(mail)).toContain(renderHandoverText(document));
    // And it holds the text of the AF's preview: the web's component over the preview answer, as sent (a 14-day term).
    const shown = renderPreview({ content, contactName: contact.name, dueDays: '14', knowledge: t.content.knowledge('nl'), now: new Date(handover.sentAt) });
    expect(mailText(mail)).toContain(renderHandoverText(shown));
    expect(mailText(mail)).toContain('Piotr K.');
    expect(mailText(mail)).toContain('Waardweg 12, 2321 AB Leiden');
    // The link in the e-mail is the partner's; the response gives the same one.
    expect(tokenIn(mailText(mail))).toBe(tokenIn(feedbackLink));
    expect(mailText(mail)).toContain(`${PUBLIC_URL}/terugkoppeling#token=`);
    expect(mailText(mail)).toMatch(/uiterlijk \d{1,2} \w+ \d{4}/);
    // Never the reporter.
    for (const secret of [reporter.name, reporter.email, '071-5550123']) expect(mailText(mail).toLowerCase()).not.toContain(secret.toLowerCase());

    expect(await signalState(t.database.db, LEIDEN, signal.id)).toBe('doorgezet');
    const events = await eventsOf(LEIDEN, signal.id);
    expect(events.map((e) => e.kind)).toEqual(['ontvangen', 'doorzetten', 'overdracht']);
    expect(events[1]).toMatchObject({ fromState: 'vastgelegd', toState: 'doorgezet', actor: 'aandachtsfunctionaris', actorUserId: af.userId });
    expect(events[2]!.data).toMatchObject({ handoverId: handover.id, partnerId: 'shop', contactId: 'shop', channel: 'email', parts: ['forms', 'description', 'persons', 'addresses'] });

    const [row] = await handoversOf(LEIDEN, signal.id);
    expect(row!.feedbackTokenHash).toBe(sha256(tokenIn(feedbackLink)));
    expect(row!.feedbackTokenExpiresAt.getTime() - row!.dueAt.getTime()).toBe(30 * 24 * 3600 * 1000);
    expect(row!.contentSealed).not.toContain('Piotr');

    const audit = (await allAuditRecords(t.database.db)).filter((r) => r.object_id === handover.id || r.object_id === signal.id);
    expect(audit.map((r) => `${r.action}:${r.result}`)).toEqual(expect.arrayContaining(['handover.preview:success', 'handover.create:success']));
  });

  it('can hand over again to another partner after the first', async () => {
    const { af, signal } = await handoverCase(t);
    expect((await postHandover(t.app, af, signal.id, SHOP_EMAIL)).statusCode).toBe(201);
    const second = await postHandover(t.app, af, signal.id, { partnerId: 'riec-den-haag', contactId: 'riec-den-haag', parts: ['forms'], channel: 'email' });
    expect(second.statusCode, second.body).toBe(201);
    expect((await handoversOf(LEIDEN, signal.id)).length).toBe(2);
  });

  it('takes the due date from dueDays, else from the municipality setting', async () => {
    const { af, signal } = await handoverCase(t);
    const own = await postHandover(t.app, af, signal.id, { ...SHOP_EMAIL, channel: 'phone', dueDays: 3 });
    const h = own.json<{ handover: HandoverView }>().handover;
    expect(new Date(h.dueAt).getTime() - new Date(h.sentAt).getTime()).toBe(3 * 24 * 3600 * 1000);
    await inTenant(t.database.db, LEIDEN, (tx) =>
      tx.insert(municipalitySettings).values({ municipality: LEIDEN, feedbackDays: 21 }).onConflictDoUpdate({ target: municipalitySettings.municipality, set: { feedbackDays: 21 } }),
    );
    try {
      const fromSetting = (await postHandover(t.app, af, signal.id, { ...SHOP_EMAIL, channel: 'phone' })).json<{ handover: HandoverView }>().handover;
      expect(new Date(fromSetting.dueAt).getTime() - new Date(fromSetting.sentAt).getTime()).toBe(21 * 24 * 3600 * 1000);
    } finally {
      await inTenant(t.database.db, LEIDEN, (tx) => tx.update(municipalitySettings).set({ feedbackDays: 14 }).where(eq(municipalitySettings.municipality, LEIDEN)));
    }
  });
});

describe('phone and secure mail', () => {
  it('records the handover without an e-mail and gives the AF the link to pass on', async () => {
    const { af, signal } = await handoverCase(t);
    const before = smtp.messages.length;
    for (const channel of ['phone', 'secure-mail'] as const) {
      const res = await postHandover(t.app, af, signal.id, { partnerId: 'shop', contactId: 'shop-mobiel', parts: ['forms', 'when-where'], channel });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json<{ handover: HandoverView; feedbackLink: string }>();
      expect(body.handover).toMatchObject({ channel, recipientEmail: null, content: { reference: signal.reference, observedOn: '2026-11-20' } });
      expect(body.feedbackLink).toMatch(/\/terugkoppeling#token=/);
      const lookup = await t.app.inject({ method: 'POST', url: '/api/v1/feedback/lookup', payload: { token: tokenIn(body.feedbackLink) } });
      expect(lookup.statusCode, lookup.body).toBe(200);
      expect(lookup.json()).toMatchObject({ reference: signal.reference, municipality: 'Leiden', answered: false });
    }
    expect(smtp.messages.length).toBe(before);
    expect(await signalState(t.database.db, LEIDEN, signal.id)).toBe('doorgezet');
  });
});

describe('refused handovers', () => {
  it('never takes the reporter as a part, nor unknown parts or none', async () => {
    const { af, signal } = await handoverCase(t);
    for (const parts of [['reporter'], ['forms', 'reporter'], ['reporterPhone'], []]) {
      const preview = await postPreview(t.app, af, signal.id, { partnerId: 'shop', contactId: 'shop', parts });
      expect(preview.statusCode, JSON.stringify(parts)).toBe(400);
      expect(preview.json().error.message).toMatch(/parts/);
      const res = await postHandover(t.app, af, signal.id, { ...SHOP_EMAIL, parts });
      expect(res.statusCode).toBe(400);
    }
    expect((await postPreview(t.app, af, signal.id, { partnerId: 'shop', contactId: 'shop', parts: ['reporter'] })).json().error.message).toContain('melder');
    expect(await handoversOf(LEIDEN, signal.id)).toEqual([]);
  });

  it('refuses a feedback term outside the range the municipality setting has too', async () => {
    const { af, signal } = await handoverCase(t);
    for (const [dueDays, message] of [[0, 'ten minste 1 dag'], [91, 'hoogstens 90 dagen']] as const) {
      const res = await postHandover(t.app, af, signal.id, { ...SHOP_EMAIL, dueDays });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields).toContainEqual({ field: 'dueDays', message });
    }
    expect(await handoversOf(LEIDEN, signal.id)).toEqual([]);
  });

  it('refuses partners outside the region or subregion, the emergency number, contacts of another partner, and e-mail to a contact without an address', async () => {
    const { af, signal } = await handoverCase(t);
    const cases: [object, string][] = [
      [{ partnerId: 'bestaat-niet', contactId: 'shop' }, 'unknown-partner'],
      [{ partnerId: 'shop', contactId: 'riec-den-haag' }, 'unknown-contact'],
      // Leiden is in Hollands Midden: the Haaglanden Zorg- en Veiligheidshuis is not its partner.
      [{ partnerId: 'zvh-haaglanden', contactId: 'zvh-haaglanden' }, 'unknown-partner'],
      // 112 is called, never handed a signal.
      [{ partnerId: 'alarmnummer-112', contactId: 'alarmnummer-112' }, 'unknown-partner'],
    ];
    for (const [who, id] of cases) {
      const preview = await postPreview(t.app, af, signal.id, { ...(who as { partnerId: string; contactId: string }), parts: ['forms'] });
      expect(preview.statusCode).toBe(400);
      expect(preview.json().error.id).toBe(id);
    }
    const noEmail = await postHandover(t.app, af, signal.id, { partnerId: 'shop', contactId: 'shop-mobiel', parts: ['forms'], channel: 'email' });
    expect(noEmail.statusCode).toBe(400);
    expect(noEmail.json().error).toMatchObject({ id: 'contact-without-email', message: expect.stringContaining('geen e-mailadres') });
    expect(await handoversOf(LEIDEN, signal.id)).toEqual([]);
  });

  it('refuses a signal whose state does not allow a handover', async () => {
    const { af, reporter } = await handoverCase(t);
    const fresh = await insertTestSignal(t.database.db, t.keyring, { municipality: LEIDEN, reporterUserId: reporter.userId, state: 'ontvangen' });
    const res = await postHandover(t.app, af, fresh.id, SHOP_EMAIL);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ id: 'transition-refused', message: expect.stringContaining('ontvangen') });
    expect(await handoversOf(LEIDEN, fresh.id)).toEqual([]);
  });

  it('does not find a signal of another municipality', async () => {
    const { signal } = await handoverCase(t);
    const other = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'] });
    expect((await postPreview(t.app, other, signal.id, { partnerId: 'shop', contactId: 'shop', parts: ['forms'] })).statusCode).toBe(404);
    expect((await postHandover(t.app, other, signal.id, SHOP_EMAIL)).statusCode).toBe(404);
    const medewerker = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['medewerker'] });
    expect((await postHandover(t.app, medewerker, signal.id, SHOP_EMAIL)).statusCode).toBe(403);
    // The attempts are audited as failures in the other municipality's own trail.
    const attempts = (await allAuditRecords(t.database.db)).filter((r) => r.actor_user_id === other.userId && r.object_id === signal.id);
    expect(attempts.map((r) => [r.municipality, r.action, r.result, r.details.reason])).toEqual([
      [DEN_HAAG, 'handover.preview', 'failure', 'not-found'],
      [DEN_HAAG, 'handover.create', 'failure', 'not-found'],
    ]);
  });
});

describe('SMTP down', () => {
  it('records nothing: no handover, no state change, no history; the attempt is audited as failed', async () => {
    const dead = await startSmtpCapture();
    await dead.close();
    const down = await createTestApp({ smtpUrl: dead.url });
    try {
      const { af, signal } = await handoverCase(down);
      const res = await postHandover(down.app, af, signal.id, SHOP_EMAIL);
      expect(res.statusCode).toBe(502);
      expect(res.json().error).toMatchObject({ id: 'mail-failed', message: expect.stringContaining('niets vastgelegd') });
      const rows = await inTenant(down.database.db, LEIDEN, (tx) => tx.select().from(handovers).where(eq(handovers.signalId, signal.id)));
      expect(rows).toEqual([]);
      expect(await signalState(down.database.db, LEIDEN, signal.id)).toBe('vastgelegd');
      const events = await inTenant(down.database.db, LEIDEN, (tx) => tx.select().from(signalEvents).where(eq(signalEvents.signalId, signal.id)));
      expect(events.map((e) => e.kind)).toEqual(['ontvangen']);
      const audit = (await allAuditRecords(down.database.db)).filter((r) => r.action === 'handover.create');
      expect(audit.map((r) => [r.result, r.object_id, r.details.reason])).toEqual([['failure', signal.id, 'mail-failed']]);
    } finally {
      await down.close();
    }
  });

  it('says so when no mail server is configured, and still records phone handovers', async () => {
    const noMail = await createTestApp();
    try {
      const { af, signal } = await handoverCase(noMail);
      const res = await postHandover(noMail.app, af, signal.id, SHOP_EMAIL);
      expect(res.statusCode).toBe(503);
      expect(res.json().error.id).toBe('mail-not-configured');
      expect((await postHandover(noMail.app, af, signal.id, { ...SHOP_EMAIL, channel: 'phone' })).statusCode).toBe(201);
    } finally {
      await noMail.close();
    }
  });
});

describe('printable version', () => {
  it('is a self-contained HTML page with the same content, no scripts, not cached, CSP-safe', async () => {
    const { af, reporter, signal } = await handoverCase(t);
    const res = await postHandover(t.app, af, signal.id, { ...SHOP_EMAIL, parts: ['forms', 'description', 'when-where', 'persons', 'organisations', 'addresses', 'acute-danger', 'person-aware'] });
    const { handover } = res.json<{ handover: HandoverView }>();
    const mail = await smtp.waitFor((m) => m.subject?.includes(signal.reference) ?? false);
    const page = await t.app.inject({ method: 'GET', url: `/api/v1/signals/${signal.id}/handovers/${handover.id}/print`, headers: af.headers });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toBe(PRINT_CSP);
    expect(page.body).not.toMatch(/<script|<link|src=|href=|style="/i);
    expect(page.body).toContain('@media print');
    // Every line of the document in the e-mail appears on the page (HTML-escaped where needed).
    const { contact } = resolveRecipient(t.content, LEIDEN, 'shop', 'shop');
    const document = handoverDocument(handover.content, { contactName: contact.name, sentAt: new Date(handover.sentAt), dueAt: new Date(handover.dueAt) }, handoverLabels(t.content.knowledge('nl')));
    expect(mailText(mail)).toContain(renderHandoverText(document));
    const decoded = page.body.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)));
    for (const row of [...document.facts, ...document.sections.flatMap((s) => s.rows)]) {
      expect(decoded).toContain(`<dt>${row.label}</dt><dd>${row.value}</dd>`);
    }
    for (const s of document.sections) expect(decoded).toContain(`<h2>${s.heading}</h2>`);
    expect(decoded).toContain('Schoonmaakbedrijf Glans BV (KVK 12345678)');
    expect(page.body).not.toContain(reporter.name);

    const other = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'] });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/signals/${signal.id}/handovers/${handover.id}/print`, headers: other.headers })).statusCode).toBe(404);
    const { signal: another } = await handoverCase(t);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/signals/${another.id}/handovers/${handover.id}/print`, headers: af.headers })).statusCode).toBe(404);
  });
});
