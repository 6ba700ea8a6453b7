import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoverContent } from '../../domain/signal/handover';
import { sha256 } from '../auth/secrets';
import { handovers } from '../db/schema';
import { inTenant } from '../db/tenant';
import { seal, sealContext } from '../crypto/sealed-fields';
import { createTestUser } from '../test-support/login-as';
import { insertTestSignal, sampleSubmission } from '../test-support/signal-fixtures';
import { inTransaction } from '../context/run';
import { createTestApp, testContext, type TestApp } from '../test-support/test-app';
import { listHandovers } from './handover-view';

const A = 'GM0546';
const B = 'GM0518';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('listHandovers', () => {
  it('gives the decrypted content, the feedback and the overdue marker, within the tenant only', async () => {
    const { db } = t.database;
    const reporter = await createTestUser(db, { municipality: A, roles: ['medewerker'] });
    const signal = await insertTestSignal(db, t.keyring, { municipality: A, reporterUserId: reporter.userId });
    const content = handoverContent(sampleSubmission(), { reference: signal.reference, municipality: 'Leiden' }, ['forms', 'persons']);
    const sentAt = new Date('2026-11-01T10:00:00Z');
    const ids = [crypto.randomUUID(), crypto.randomUUID()];
    await inTenant(db, A, (tx) =>
      tx.insert(handovers).values(
        ids.map((id, i) => ({
          id,
          signalId: signal.id,
          municipality: A,
          partnerId: 'shop',
          contactId: 'shop',
          channel: 'email' as const,
          recipientEmail: 'zoco@shop-denhaag.nl',
          parts: ['forms', 'persons'],
          contentSealed: seal(t.keyring, sealContext.handoverContent(id), content),
          sentAt: new Date(sentAt.getTime() + i * 1000),
          sentByUserId: reporter.userId,
          dueAt: new Date('2026-11-15T10:00:00Z'),
          feedbackTokenHash: sha256(`token-${id}`),
          feedbackTokenExpiresAt: new Date('2026-12-15T10:00:00Z'),
          ...(i === 1
            ? { feedbackOutcome: 'taken-up' as const, feedbackAt: new Date('2026-11-10T10:00:00Z'), feedbackNoteSealed: seal(t.keyring, sealContext.feedbackNote(id), 'Opgepakt.') }
            : {}),
        })),
      ),
    );
    const now = new Date('2026-11-20T10:00:00Z');
    const list = await inTransaction(testContext(t, A, now), (ctx) => listHandovers(ctx, signal.id));
    expect(list.map((h) => h.id)).toEqual(ids);
    expect(list[0]).toMatchObject({ partnerName: expect.stringContaining('SHOP'), content, overdue: true, feedback: null, parts: ['forms', 'persons'] });
    expect(list[1]).toMatchObject({ overdue: false, feedback: { outcome: 'taken-up', forwardedTo: null, note: 'Opgepakt.', at: '2026-11-10T10:00:00.000Z' } });
    expect(await inTransaction(testContext(t, B, now), (ctx) => listHandovers(ctx, signal.id))).toEqual([]);
  });
});
