import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handovers, signalEvents, signals } from '../db/schema';
import { isSealed } from '../crypto/field-cipher';
import { inTenant, queryRows } from '../db/tenant';
import { sealContext, unseal } from '../crypto/sealed-fields';
import type { HandoverView } from '../handovers/handover-view';
import { listHandovers } from '../handovers/handover-view';
import { allAuditRecords, loginAs } from '../test-support/login-as';
import { DEN_HAAG, handoverCase, LEIDEN, mailText, postHandover, SHOP_EMAIL, tokenIn } from '../test-support/handover-fixtures';
import { signalState } from '../test-support/signal-fixtures';
import { startSmtpCapture, type SmtpCapture } from '../test-support/smtp-capture';
import { inTransaction } from '../context/run';
import { createTestApp, testContext, type TestApp } from '../test-support/test-app';

const DAY = 24 * 3600 * 1000;
let smtp: SmtpCapture;
let t: TestApp;
let clock = new Date('2026-11-02T09:00:00Z');

beforeAll(async () => {
  smtp = await startSmtpCapture();
  t = await createTestApp({ smtpUrl: smtp.url, now: () => clock });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const lookup = (token: string) => t.app.inject({ method: 'POST', url: '/api/v1/feedback/lookup', payload: { token } });
const answer = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/feedback', payload });

/** A handover by e-mail and the token taken from the e-mail the partner received. */
async function handedOver() {
  const c = await handoverCase(t);
  const res = await postHandover(t.app, c.af, c.signal.id, SHOP_EMAIL);
  expect(res.statusCode, res.body).toBe(201);
  const { handover } = res.json<{ handover: HandoverView }>();
  const mail = await smtp.waitFor((m) => m.subject?.includes(c.signal.reference) ?? false);
  return { ...c, handover, token: tokenIn(mailText(mail)) };
}

describe('partner feedback through the link', () => {
  it('shows what the link is about, takes one answer, and then refuses the link with 410', async () => {
    const { signal, handover, token, af } = await handedOver();
    const info = await lookup(token);
    expect(info.statusCode, info.body).toBe(200);
    expect(info.json()).toEqual({
      reference: signal.reference,
      municipality: 'Leiden',
      partnerName: handover.partnerName,
      sentAt: handover.sentAt,
      dueAt: handover.dueAt,
      answered: false,
    });

    const res = await answer({ token, outcome: 'forwarded', forwardedTo: 'AVIM Politie Den Haag', note: 'Doorgezet naar de politie; zij nemen contact op.' });
    expect(res.statusCode, res.body).toBe(201);

    const again = await answer({ token, outcome: 'taken-up' });
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({ id: 'feedback-link-used', message: expect.stringMatching(/^Deze link is al gebruikt/) });
    expect((await lookup(token)).json()).toMatchObject({ answered: true });

    expect(await signalState(t.database.db, LEIDEN, signal.id)).toBe('terugkoppeling-ontvangen');
    const events = await inTenant(t.database.db, LEIDEN, (tx) => tx.select().from(signalEvents).where(eq(signalEvents.signalId, signal.id)).orderBy(asc(signalEvents.id)));
    expect(events.at(-1)).toMatchObject({
      kind: 'terugkoppeling-ontvangen',
      actor: 'partner',
      actorUserId: null,
      fromState: 'doorgezet',
      toState: 'terugkoppeling-ontvangen',
      data: { handoverId: handover.id, outcome: 'forwarded', via: 'link' },
    });
    const [view] = await inTransaction(testContext(t, LEIDEN, clock), (ctx) => listHandovers(ctx, signal.id));
    expect(view!.feedback).toEqual({ outcome: 'forwarded', forwardedTo: 'AVIM Politie Den Haag', note: 'Doorgezet naar de politie; zij nemen contact op.', at: clock.toISOString() });
    const [row] = await inTenant(t.database.db, LEIDEN, (tx) => tx.select().from(handovers).where(eq(handovers.id, handover.id)));
    expect(row!.feedbackNoteSealed).not.toContain('politie');
    expect(row!.feedbackTokenUsedAt).not.toBeNull();
    // "Forwarded to" is free text as well: encrypted at rest, bound to this handover, shown decrypted in the case.
    const [raw] = await queryRows<{ forwarded: string }>(t.database.db, sql`select feedback_forwarded_to as forwarded from handovers where id = ${handover.id}`);
    expect(isSealed(raw!.forwarded)).toBe(true);
    expect(raw!.forwarded).not.toMatch(/AVIM|Politie/i);
    expect(unseal(t.keyring, sealContext.feedbackForwardedTo(handover.id), raw!.forwarded)).toBe('AVIM Politie Den Haag');
    expect(() => unseal(t.keyring, sealContext.feedbackNote(handover.id), raw!.forwarded)).toThrow();
    const caseView = await t.app.inject({ url: `/api/v1/signals/${signal.id}`, headers: af.headers });
    expect(caseView.statusCode, caseView.body).toBe(200);
    expect(caseView.json().handovers[0].feedback).toMatchObject({ outcome: 'forwarded', forwardedTo: 'AVIM Politie Den Haag' });

    const audit = (await allAuditRecords(t.database.db)).filter((r) => r.object_id === handover.id);
    expect(audit.map((r) => `${r.actor} ${r.action} ${r.result}`)).toEqual([
      'aandachtsfunctionaris handover.create success',
      'partner feedback.lookup success',
      'partner handover.feedback success',
      'partner feedback.submit denied',
      'partner feedback.lookup success',
    ]);
    expect(audit.every((r) => r.municipality === LEIDEN)).toBe(true);
    // The AF sees it in the case; the AF can no longer record feedback for this handover.
    const byAf = await t.app.inject({ method: 'POST', url: `/api/v1/signals/${signal.id}/handovers/${handover.id}/feedback`, headers: af.headers, payload: { outcome: 'taken-up' } });
    expect(byAf.statusCode).toBe(409);
  });

  it('refuses an unknown or garbled link with 404 in Dutch words and an expired one with 410', async () => {
    const unknown = await lookup('A'.repeat(43));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toMatch(/onbekend/);
    expect((await answer({ token: 'A'.repeat(43), outcome: 'other' })).statusCode).toBe(404);
    // A cut-off or garbled link gets the same Dutch sentence, not "Ongeldige invoer: token: …".
    for (const garbled of ['kort', 'abc$%^&*()', ' ', 'x'.repeat(200)]) {
      const res = await lookup(garbled);
      expect(res.statusCode, garbled).toBe(404);
      expect(res.json().error).toEqual({ id: 'feedback-link-unknown', message: unknown.json().error.message });
      expect(res.json().error.message).not.toMatch(/token|Ongeldige invoer/);
    }
    expect((await answer({ token: 'kort', outcome: 'other' })).json().error.id).toBe('feedback-link-unknown');

    const { token, handover } = await handedOver();
    const saved = clock;
    try {
      clock = new Date(new Date(handover.dueAt).getTime() + 30 * DAY + 1000);
      const expired = await answer({ token, outcome: 'taken-up' });
      expect(expired.statusCode).toBe(410);
      expect(expired.json().error).toMatchObject({ id: 'feedback-link-expired', message: expect.stringContaining('verlopen') });
      expect((await lookup(token)).statusCode).toBe(410);
      // Just before the end it still works.
      clock = new Date(new Date(handover.dueAt).getTime() + 30 * DAY - 1000);
      expect((await answer({ token, outcome: 'taken-up' })).statusCode).toBe(201);
    } finally {
      clock = saved;
    }
  });

  it('validates the answer: forwarded needs a receiver, the note at most 2000 characters, nothing else', async () => {
    const { token } = await handedOver();
    expect((await answer({ token, outcome: 'forwarded' })).json().error.message).toContain('forwardedTo');
    expect((await answer({ token, outcome: 'taken-up', note: 'x'.repeat(2001) })).statusCode).toBe(400);
    expect((await answer({ token, outcome: 'misschien' })).statusCode).toBe(400);
    expect((await answer({ token, outcome: 'taken-up', reporter: 'x' })).statusCode).toBe(400);
    expect((await answer({ token, outcome: 'taken-up', note: 'x'.repeat(2000) })).statusCode).toBe(201);
  });

  it('keeps a late answer after the AF moved on, without changing the state', async () => {
    const { signal, token } = await handedOver();
    await inTenant(t.database.db, LEIDEN, (tx) => tx.update(signals).set({ state: 'afgesloten' }).where(eq(signals.id, signal.id)));
    expect((await answer({ token, outcome: 'not-taken-up', note: 'Geen capaciteit.' })).statusCode).toBe(201);
    expect(await signalState(t.database.db, LEIDEN, signal.id)).toBe('afgesloten');
    const events = await inTenant(t.database.db, LEIDEN, (tx) => tx.select().from(signalEvents).where(eq(signalEvents.signalId, signal.id)).orderBy(asc(signalEvents.id)));
    expect(events.at(-1)).toMatchObject({ kind: 'terugkoppeling-ontvangen', fromState: null, toState: null, actor: 'partner' });
  });

  it('counts only one of two simultaneous answers', async () => {
    const { token } = await handedOver();
    const results = await Promise.all([answer({ token, outcome: 'taken-up' }), answer({ token, outcome: 'other' })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 410]);
  });
});

describe('feedback the AF records (the partner called)', () => {
  it('stores it, moves the signal on, and the partner link then says it was used', async () => {
    const { af, signal, handover, token } = await handedOver();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/signals/${signal.id}/handovers/${handover.id}/feedback`,
      headers: af.headers,
      payload: { outcome: 'taken-up', note: 'Telefonisch: politie is ermee bezig.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().handover).toMatchObject({ id: handover.id, overdue: false, feedback: { outcome: 'taken-up', forwardedTo: null, note: 'Telefonisch: politie is ermee bezig.' } });
    expect(await signalState(t.database.db, LEIDEN, signal.id)).toBe('terugkoppeling-ontvangen');
    const events = await inTenant(t.database.db, LEIDEN, (tx) => tx.select().from(signalEvents).where(eq(signalEvents.signalId, signal.id)).orderBy(asc(signalEvents.id)));
    expect(events.at(-1)).toMatchObject({ kind: 'terugkoppeling-ontvangen', actor: 'aandachtsfunctionaris', actorUserId: af.userId, data: { via: 'aandachtsfunctionaris' } });
    expect((await answer({ token, outcome: 'other' })).statusCode).toBe(410);
    expect((await lookup(token)).json()).toMatchObject({ answered: true });

    const second = await t.app.inject({ method: 'POST', url: `/api/v1/signals/${signal.id}/handovers/${handover.id}/feedback`, headers: af.headers, payload: { outcome: 'other' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.id).toBe('feedback-already-given');
  });

  it('keeps the receiver of a forwarded signal encrypted and shows it to the AF', async () => {
    const { af, signal, handover } = await handedOver();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/signals/${signal.id}/handovers/${handover.id}/feedback`,
      headers: af.headers,
      payload: { outcome: 'forwarded', forwardedTo: 'Zorgcoördinator Mensenhandel Haaglanden' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().handover.feedback).toMatchObject({ outcome: 'forwarded', forwardedTo: 'Zorgcoördinator Mensenhandel Haaglanden', note: null });
    const [raw] = await queryRows<{ forwarded: string }>(t.database.db, sql`select feedback_forwarded_to as forwarded from handovers where id = ${handover.id}`);
    expect(isSealed(raw!.forwarded)).toBe(true);
    expect(raw!.forwarded).not.toContain('Haaglanden');
  });

  it('is refused for another municipality, an unknown handover, and a missing receiver', async () => {
    const { af, signal, handover } = await handedOver();
    const other = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'] });
    const url = `/api/v1/signals/${signal.id}/handovers/${handover.id}/feedback`;
    expect((await t.app.inject({ method: 'POST', url, headers: other.headers, payload: { outcome: 'taken-up' } })).statusCode).toBe(404);
    const unknown = `/api/v1/signals/${signal.id}/handovers/${crypto.randomUUID()}/feedback`;
    expect((await t.app.inject({ method: 'POST', url: unknown, headers: af.headers, payload: { outcome: 'taken-up' } })).json().error.id).toBe('handover-not-found');
    expect((await t.app.inject({ method: 'POST', url, headers: af.headers, payload: { outcome: 'forwarded' } })).statusCode).toBe(400);
  });
});

describe('overdue', () => {
  it('marks a handover without feedback overdue once the due date passed', async () => {
    const { signal, handover } = await handedOver();
    const late = new Date(new Date(handover.dueAt).getTime() + 1000);
    const [view] = await inTransaction(testContext(t, LEIDEN, late), (ctx) => listHandovers(ctx, signal.id));
    expect(view!.overdue).toBe(true);
  });
});
