import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { SignalSubmission } from '../../domain/signal/schema';
import type { SignalState } from '../../domain/signal/workflow';
import type { Keyring } from '../crypto/keyring';
import { seal, sealContext } from '../crypto/sealed-fields';
import type { Db } from '../db/client';
import { signalEvents, signals } from '../db/schema';
import { inTenant } from '../db/tenant';

/** A complete submission with every part filled, so a handover test can tick any part. */
export function sampleSubmission(overrides: Partial<SignalSubmission> = {}): SignalSubmission {
  return {
    forms: ['labour'],
    observedSignals: [],
    description: 'Vier mannen slapen in een bedrijfspand aan de rand van het industrieterrein; zij lijken geen eigen geld te hebben.',
    observedOn: '2026-11-20',
    location: 'Industrieterrein De Waard',
    persons: [{ role: 'possible-victim', name: 'Piotr K.', estimatedAge: 30, nationality: 'Pools', language: 'Pools' }],
    organisations: [{ name: 'Schoonmaakbedrijf Glans BV', kvkNumber: '12345678' }],
    addresses: [{ postcode: '2321 AB', houseNumber: 12, street: 'Waardweg', place: 'Leiden' }],
    sector: undefined,
    acuteDanger: false,
    personAware: 'unknown',
    ...overrides,
  };
}

export interface TestSignal {
  id: string;
  reference: string;
  municipality: string;
}

let counter = 0;

/**
 * Inserts a signal row directly, sealed as the signal store seals it (submission and reporter
 * bound to their place), with one history entry. For tests that need a signal before (or without)
 * the submission command; the reference has a `T` so it never collides with real numbering.
 */
export async function insertTestSignal(
  db: Db,
  keyring: Keyring,
  input: {
    municipality: string;
    reporterUserId: string;
    reporter?: { name: string; email: string; phone?: string | null };
    submission?: SignalSubmission;
    state?: SignalState;
    receivedAt?: Date;
  },
): Promise<TestSignal> {
  counter += 1;
  const id = crypto.randomUUID();
  const at = input.receivedAt ?? new Date();
  const reference = `SR-${input.municipality.slice(2)}-${at.getUTCFullYear()}-T${counter}${crypto.randomBytes(2).toString('hex')}`;
  const { reporterPhone, ...submission } = input.submission ?? sampleSubmission();
  const reporter = { name: input.reporter?.name ?? 'Test Melder', email: input.reporter?.email ?? 'melder@example.test', phone: input.reporter?.phone ?? reporterPhone ?? null };
  const state = input.state ?? 'vastgelegd';
  await inTenant(db, input.municipality, async (tx) => {
    await tx
      .insert(signals)
      .values({
        id,
        municipality: input.municipality,
        reference,
        state,
        urgent: submission.acuteDanger,
        forms: submission.forms,
        sector: submission.sector ?? null,
        reporterUserId: input.reporterUserId,
        reporterSealed: seal(keyring, sealContext.reporter(id), reporter),
        submissionSealed: seal(keyring, sealContext.submission(id), submission),
        idempotencyKey: crypto.randomUUID(),
        receivedAt: at,
        updatedAt: at,
      });
    await tx.insert(signalEvents).values({ signalId: id, municipality: input.municipality, at, actorUserId: input.reporterUserId, actor: 'medewerker', kind: 'ontvangen', toState: state });
  });
  return { id, reference, municipality: input.municipality };
}

/** The state of a signal as stored (for assertions). */
export async function signalState(db: Db, municipality: string, id: string): Promise<string | undefined> {
  const [row] = await inTenant(db, municipality, (tx) => tx.select({ state: signals.state }).from(signals).where(eq(signals.id, id)));
  return row?.state;
}
