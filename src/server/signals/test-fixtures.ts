import crypto from 'node:crypto';
import type { SignalSubmission } from '../../domain/signal/schema';
import type { Keyring } from '../crypto/keyring';
import type { Db } from '../db/client';
import { handovers } from '../db/schema';
import type { App } from '../http/types';
import { seal, sealContext } from '../crypto/sealed-fields';
import type { TestLogin } from '../test-support/login-as';

/**
 * A realistic (fictional) submission for tests. The names and the description are distinctive so
 * that tests can search answers, e-mails and raw database values for them literally.
 */
export function sampleSubmission(overrides: Partial<SignalSubmission> = {}): SignalSubmission {
  return {
    forms: ['labour'],
    observedSignals: ['labour-lange-dagen', 'labour-huisvesting-werkgever'],
    description: 'Bij de balie vertelde Piotr Zielinski-Testmans dat hij zeven dagen per week in de kassen werkt en bij de werkgever woont.',
    observedOn: '2026-03-01',
    location: 'Publiekshal Stadhuis',
    persons: [{ role: 'possible-victim', name: 'Piotr Zielinski-Testmans', estimatedAge: 34, nationality: 'Pools', language: 'Pools' }],
    organisations: [{ name: 'Kwekerij De Glazen Tuin BV', kvkNumber: '12345678' }],
    addresses: [{ postcode: '2312 ab', houseNumber: 12, addition: 'a', street: 'Kasweg', place: 'Leiden' }],
    sector: 'glastuinbouw',
    acuteDanger: false,
    personAware: 'no',
    reporterPhone: '071-5550199',
    ...overrides,
  };
}

/** POST /api/v1/signals as the logged-in user, with a fresh (or the given) idempotency key. */
export function submitAs(app: App, login: TestLogin, body: unknown, key: string = crypto.randomUUID()) {
  return app.inject({ method: 'POST', url: '/api/v1/signals', payload: body as object, headers: { ...login.headers, 'idempotency-key': key }, remoteAddress: '10.5.0.1' });
}

/**
 * A handover row as the handover module stores it, for tests of the inbox and the case that need
 * handovers in a given state (due date, feedback) without going through the partner's link.
 */
export async function insertHandoverRow(
  db: Db,
  keyring: Keyring,
  input: { signalId: string; municipality: string; sentByUserId: string; dueAt: Date; feedbackAt?: Date | null; partnerId?: string; contactId?: string },
): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(handovers).values({
    id,
    signalId: input.signalId,
    municipality: input.municipality,
    partnerId: input.partnerId ?? 'politie',
    contactId: input.contactId ?? 'politie-avim',
    channel: 'phone',
    parts: ['forms'],
    contentSealed: seal(keyring, sealContext.handoverContent(id), { reference: 'SR-test', municipality: input.municipality }),
    sentByUserId: input.sentByUserId,
    sentAt: new Date(input.dueAt.getTime() - 14 * 86_400_000),
    dueAt: input.dueAt,
    feedbackTokenHash: crypto.randomBytes(32).toString('hex'),
    feedbackTokenExpiresAt: new Date(input.dueAt.getTime() + 30 * 86_400_000),
    ...(input.feedbackAt ? { feedbackAt: input.feedbackAt, feedbackOutcome: 'taken-up' as const, feedbackTokenUsedAt: input.feedbackAt } : {}),
  });
  return id;
}
