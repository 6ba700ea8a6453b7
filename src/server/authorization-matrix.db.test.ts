import crypto from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decide, POLICIES, type Action, type Target } from '../domain/access/policies';
import { ROLES, type Actor, type Role } from '../domain/access/roles';
import { jobFailures, oidcProviders } from './db/schema';
import { startJobRunner, type JobRunner } from './jobs/job-runner';
import { reminderJob, reminderScanJob } from './reminders/reminder-jobs';
import { inTenant, queryRows } from './db/tenant';
import { sql } from 'drizzle-orm';
import type { App } from './http/types';
import { createTestUser, sessionFor, type TestLogin, type TestUser } from './test-support/login-as';
import { createTestApp, testContext, type TestApp } from './test-support/test-app';
import { userContext } from './context/context';
import { run } from './context/run';
import { insertTestSignal } from './test-support/signal-fixtures';
import { createHandover } from './handovers/commands/create-handover';
import { addToAgenda } from './meetings/commands/change-agenda';
import { createMeeting } from './meetings/commands/create-meeting';
import { submitSignal } from './signals/commands/submit-signal';
import { sampleSubmission } from './signals/test-fixtures';
import { registerImportJob } from './registers/uploads/import-job';
import { regionPackOf } from '../domain/content/region-pack';

/**
 * THE AUTHORISATION MATRIX. Every API route the app registers is called as an anonymous visitor
 * and as a user of every role, of the municipality that owns the objects (A) and of another one
 * (B), and the answer is checked against `decide()` of the policy table: allowed means 2xx/3xx or
 * a 4xx that is not 401/403/404 (the request got past authorisation, e.g. a validation or
 * conflict answer); denied means 401 (anonymous), 403 or 404. A route without an entry in the
 * table below fails the test: add one when you add an endpoint.
 */

// Record every route as it is registered, through an onRoute hook on the app the test builds.
const registered = vi.hoisted(() => [] as { key: string; policy: string | undefined }[]);
vi.mock('fastify', async (importOriginal) => {
  const original = await importOriginal<typeof import('fastify')>();
  const wrapped = ((options: Parameters<typeof original.default>[0]) => {
    const app = original.default(options);
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method === 'HEAD' || !route.url.startsWith('/api/')) continue; // HEAD mirrors GET
        registered.push({ key: `${method} ${route.url}`, policy: (route.config as { policy?: string } | undefined)?.policy });
      }
    });
    return app;
  }) as unknown as typeof original.default;
  return { ...original, default: wrapped, fastify: wrapped };
});

let jobs: JobRunner | undefined;
const A = 'GM0546'; // Leiden: owns the objects addressed by id
const B = 'GM0518'; // Den Haag

/**
 * Whose object a request touches, for `decide()`: none, the caller's own municipality (lists,
 * creation), A's, the caller's own (a reporter's own signals), or the caller's own region (its figures).
 */
type Owner = 'none' | 'own' | 'A' | 'self' | 'own-region';

interface Sample {
  owner: Owner;
  request: (fixtures: Fixtures) => Omit<InjectOptions, 'method'>;
}

interface Fixtures {
  targetUser: TestUser;
  loginUser: TestUser;
  unique: () => string;
  /** A signal of A (criminal exploitation, so the meldcode applies). */
  signalId: string;
  /** A meeting of A with `signalId` on its agenda. */
  meetingId: string;
  /** A handover (by phone) of another signal of A, with the partner's feedback token. */
  handover: { signalId: string; reference: string; id: string; token: string };
  /** The reference of a shielded audit record of A (the submission of `signalId`). */
  sealedReference: string;
  /** Two background jobs of A that failed for good. */
  jobFailures: [string, string];
}

const PASSWORD = 'matrix wachtwoord voor iedereen';
const get = (url: string, owner: Owner = 'none'): Sample => ({ owner, request: () => ({ url }) });

const MATRIX: Record<string, Sample> = {
  // Public content
  'GET /api/v1/health': get('/api/v1/health'),
  'GET /api/v1/ready': get('/api/v1/ready'),
  'GET /api/v1/municipalities': get('/api/v1/municipalities'),
  'GET /api/v1/regions': get('/api/v1/regions'),
  'GET /api/v1/regions/:region/route-card.pdf': get(`/api/v1/regions/eenheid-den-haag/route-card.pdf?municipality=${A}&format=a5`),
  'GET /api/v1/routemaps': get('/api/v1/routemaps'),
  'GET /api/v1/routemaps/:id': get('/api/v1/routemaps/den-haag-persoon'),
  'POST /api/v1/routemaps/:id/walk': { owner: 'none', request: () => ({ url: '/api/v1/routemaps/den-haag-persoon/walk', payload: { answers: ['no'] } }) },
  'GET /api/v1/partners': get('/api/v1/partners'),
  'GET /api/v1/knowledge': get('/api/v1/knowledge'),
  'GET /api/v1/info-point': get('/api/v1/info-point'),
  'GET /api/v1/info-point/:lang': get('/api/v1/info-point/pl?region=hart-van-brabant'),
  'GET /api/v1/info-point/:lang/poster.pdf': get('/api/v1/info-point/bg/poster.pdf?region=rotterdam-rijnmond'),
  'GET /api/v1/openapi.json': get('/api/v1/openapi.json'),
  'GET /api/v1/schemas/region-pack.json': get('/api/v1/schemas/region-pack.json'),
  'GET /api/v1/instance': get('/api/v1/instance'),
  // Logging in
  'POST /api/v1/auth/login': { owner: 'none', request: (f) => ({ url: '/api/v1/auth/login', payload: { email: f.loginUser.email, password: PASSWORD } }) },
  'GET /api/v1/auth/session': get('/api/v1/auth/session'),
  'POST /api/v1/auth/second-factor': { owner: 'none', request: () => ({ url: '/api/v1/auth/second-factor', payload: { code: '123456' } }) },
  'POST /api/v1/auth/second-factor/enrol': { owner: 'none', request: () => ({ url: '/api/v1/auth/second-factor/enrol' }) },
  'POST /api/v1/auth/second-factor/confirm': { owner: 'none', request: () => ({ url: '/api/v1/auth/second-factor/confirm', payload: { code: '123456' } }) },
  'POST /api/v1/auth/logout': { owner: 'none', request: () => ({ url: '/api/v1/auth/logout' }) },
  'POST /api/v1/auth/logout-everywhere': { owner: 'none', request: () => ({ url: '/api/v1/auth/logout-everywhere' }) },
  // The principals log in without a password (409, past authorisation); the password tests cover the rest.
  'POST /api/v1/auth/password': {
    owner: 'none',
    request: () => ({ url: '/api/v1/auth/password', payload: { currentPassword: PASSWORD, newPassword: 'een heel nieuw wachtwoord' } }),
  },
  'GET /api/v1/auth/sso': get('/api/v1/auth/sso'),
  'GET /api/v1/auth/sso/:municipality/start': get(`/api/v1/auth/sso/${A}/start`),
  'GET /api/v1/auth/sso/callback': get('/api/v1/auth/sso/callback?code=x&state=y'),
  'GET /api/v1/setup': get('/api/v1/setup'),
  'POST /api/v1/setup': {
    owner: 'none',
    request: () => ({ url: '/api/v1/setup', payload: { token: 'x'.repeat(43), municipality: A, name: 'X', email: 'x@example.nl', password: PASSWORD } }),
  },
  'POST /api/v1/activation': { owner: 'none', request: () => ({ url: '/api/v1/activation', payload: { token: 'x'.repeat(43), password: PASSWORD } }) },
  // User management
  'GET /api/v1/users': get('/api/v1/users', 'own'),
  'POST /api/v1/users': {
    owner: 'own',
    request: (f) => ({ url: '/api/v1/users', payload: { name: 'Nieuwe Collega', email: `nieuw-${f.unique()}@example.nl`, roles: ['medewerker'] } }),
  },
  'PATCH /api/v1/users/:id': { owner: 'A', request: (f) => ({ url: `/api/v1/users/${f.targetUser.userId}`, payload: { name: 'Andere Naam' } }) },
  'POST /api/v1/users/:id/reset-second-factor': { owner: 'A', request: (f) => ({ url: `/api/v1/users/${f.targetUser.userId}/reset-second-factor` }) },
  'POST /api/v1/users/:id/activation-link': { owner: 'A', request: (f) => ({ url: `/api/v1/users/${f.targetUser.userId}/activation-link` }) },
  // Audit trail
  'GET /api/v1/audit': get('/api/v1/audit', 'own'),
  'GET /api/v1/audit/export': get('/api/v1/audit/export', 'own'),
  'POST /api/v1/audit/sealed': {
    owner: 'A',
    request: (f) => ({ url: '/api/v1/audit/sealed', payload: { reference: f.sealedReference, reason: 'Controle na vraag van de auditor' } }),
  },
  // Is this person, organisation or address already known?
  'POST /api/v1/matching/search': { owner: 'own', request: () => ({ url: '/api/v1/matching/search', payload: { kind: 'address', text: '2311AB 12a' } }) },
  'GET /api/v1/signals/:id/matches': { owner: 'A', request: (f) => ({ url: `/api/v1/signals/${f.signalId}/matches` }) },
  // The other signal of A has the same address: a candidate the AF may reject.
  'POST /api/v1/signals/:id/links': {
    owner: 'A',
    request: (f) => ({ url: `/api/v1/signals/${f.signalId}/links`, payload: { subject: 'addresses.0', source: 'signal', id: f.handover.reference, decision: 'rejected' } }),
  },
  // The municipality's own registers, uploaded by the beheerder
  'POST /api/v1/registers/persons/imports': {
    owner: 'own',
    request: () => ({
      url: '/api/v1/registers/persons/imports?source=Matrix',
      headers: { 'content-type': 'text/csv' },
      payload: 'bronId,voornamen,voorvoegsel,geslachtsnaam,geboortedatum,straatnaam,huisnummer,huisletter,huisnummertoevoeging,postcode,woonplaats,omschrijving\nM-1,Jan,,Jansen,,,,,,,,\n',
    }),
  },
  'GET /api/v1/registers/imports': get('/api/v1/registers/imports', 'own'),
  // Background jobs that failed for good
  'GET /api/v1/jobs/failures': get('/api/v1/jobs/failures', 'own'),
  'POST /api/v1/jobs/failures/:id/retry': { owner: 'A', request: (f) => ({ url: `/api/v1/jobs/failures/${f.jobFailures[0]}/retry` }) },
  'POST /api/v1/jobs/failures/:id/dismiss': { owner: 'A', request: (f) => ({ url: `/api/v1/jobs/failures/${f.jobFailures[1]}/dismiss` }) },
  // Signals: the reporter's side
  'POST /api/v1/signals': {
    owner: 'own',
    request: () => ({ url: '/api/v1/signals', headers: { 'idempotency-key': crypto.randomUUID() }, payload: sampleSubmission() }),
  },
  'GET /api/v1/signal-draft': get('/api/v1/signal-draft', 'own'),
  'PUT /api/v1/signal-draft': { owner: 'own', request: () => ({ url: '/api/v1/signal-draft', payload: { payload: { description: 'half af' } } }) },
  'DELETE /api/v1/signal-draft': { owner: 'own', request: () => ({ url: '/api/v1/signal-draft' }) },
  'GET /api/v1/my-signals': get('/api/v1/my-signals', 'self'),
  // Signals: the aandachtsfunctionaris
  'GET /api/v1/signals': get('/api/v1/signals', 'own'),
  'GET /api/v1/signals/:id': { owner: 'A', request: (f) => ({ url: `/api/v1/signals/${f.signalId}` }) },
  'POST /api/v1/signals/:id/events': { owner: 'A', request: (f) => ({ url: `/api/v1/signals/${f.signalId}/events`, payload: { event: 'vastleggen' } }) },
  'POST /api/v1/signals/:id/notes': { owner: 'A', request: (f) => ({ url: `/api/v1/signals/${f.signalId}/notes`, payload: { text: 'Gebeld met de melder.' } }) },
  'POST /api/v1/signals/:id/route': {
    owner: 'A',
    request: (f) => ({ url: `/api/v1/signals/${f.signalId}/route`, payload: { mapId: 'den-haag-persoon', answers: ['no', 'yes', 'criminal'] } }),
  },
  'PUT /api/v1/signals/:id/meldcode/:step': {
    owner: 'A',
    request: (f) => ({ url: `/api/v1/signals/${f.signalId}/meldcode/1`, payload: { doneOn: '2026-03-02', note: 'Signalen in kaart gebracht.' } }),
  },
  // Signal meeting
  'GET /api/v1/meetings': get('/api/v1/meetings', 'own'),
  'POST /api/v1/meetings': { owner: 'own', request: () => ({ url: '/api/v1/meetings', payload: { heldOn: '2026-03-10', title: 'Signalenoverleg maart' } }) },
  'GET /api/v1/meetings/:id': { owner: 'A', request: (f) => ({ url: `/api/v1/meetings/${f.meetingId}` }) },
  'POST /api/v1/meetings/:id/signals': { owner: 'A', request: (f) => ({ url: `/api/v1/meetings/${f.meetingId}/signals`, payload: { signalId: f.signalId } }) },
  // Not on the agenda: removing is idempotent.
  'DELETE /api/v1/meetings/:id/signals/:signalId': { owner: 'A', request: (f) => ({ url: `/api/v1/meetings/${f.meetingId}/signals/${crypto.randomUUID()}` }) },
  'PUT /api/v1/meetings/:id/signals/:signalId': {
    owner: 'A',
    request: (f) => ({ url: `/api/v1/meetings/${f.meetingId}/signals/${f.signalId}`, payload: { decision: 'Doorzetten naar de politie.' } }),
  },
  // Settings of the municipality
  'GET /api/v1/settings': get('/api/v1/settings', 'own'),
  'PUT /api/v1/settings': { owner: 'own', request: () => ({ url: '/api/v1/settings', payload: { feedbackDays: 21 } }) },
  'GET /api/v1/af-contact': get('/api/v1/af-contact', 'own'),
  'PUT /api/v1/af-contact': { owner: 'own', request: () => ({ url: '/api/v1/af-contact', payload: { name: 'Matrix AF', phone: '071-5165165', email: 'af@example.nl', hours: null } }) },
  // Management information: the own municipality's figures, and the region's for the regiobeheerder
  'GET /api/v1/statistics': get('/api/v1/statistics?from=2026-01-01&to=2026-12-31', 'own'),
  'GET /api/v1/statistics/export': get('/api/v1/statistics/export?granularity=quarter', 'own'),
  'GET /api/v1/statistics/region': get('/api/v1/statistics/region', 'own-region'),
  'GET /api/v1/statistics/region/export': get('/api/v1/statistics/region/export', 'own-region'),
  // The staff course: any user of the municipality follows it; the figures for the AF and beheerder, and per municipality for the regiobeheerder
  'GET /api/v1/training': get('/api/v1/training', 'own'),
  'GET /api/v1/training/progress': get('/api/v1/training/progress', 'own'),
  'POST /api/v1/training/completions': { owner: 'own', request: () => ({ url: '/api/v1/training/completions', payload: { module: 'labour', track: 'balie' } }) },
  'GET /api/v1/training/statistics': get('/api/v1/training/statistics', 'own'),
  'GET /api/v1/training/statistics/region': get('/api/v1/training/statistics/region', 'own-region'),
  // The basisniveau checklist: the own municipality's for the AF and beheerder, the region's statuses for the regiobeheerder
  'GET /api/v1/basisniveau': get('/api/v1/basisniveau', 'own'),
  'PUT /api/v1/basisniveau/items/:item': {
    owner: 'own',
    request: () => ({ url: '/api/v1/basisniveau/items/signaaloverleg', payload: { status: 'deels', since: null, evidence: 'Overleg in opbouw' } }),
  },
  'GET /api/v1/basisniveau/region': get('/api/v1/basisniveau/region', 'own-region'),
  // Partner contacts not checked for a year: the regiobeheerder of the region (A and B are both in eenheid-den-haag)
  'GET /api/v1/regions/:region/stale-contacts': get('/api/v1/regions/eenheid-den-haag/stale-contacts', 'own-region'),
  // Region content (ADR 28): the regiobeheerder of the region only (A and B are both in eenheid-den-haag)
  'GET /api/v1/regions/:region/pack': get('/api/v1/regions/eenheid-den-haag/pack', 'own-region'),
  'PUT /api/v1/regions/:region/pack/draft': { owner: 'own-region', request: () => ({ url: '/api/v1/regions/eenheid-den-haag/pack/draft', payload: { pack: denHaagPack(), basedOn: 1 } }) },
  'DELETE /api/v1/regions/:region/pack/draft': { owner: 'own-region', request: () => ({ url: '/api/v1/regions/eenheid-den-haag/pack/draft' }) },
  'POST /api/v1/regions/:region/pack/publish': { owner: 'own-region', request: () => ({ url: '/api/v1/regions/eenheid-den-haag/pack/publish', payload: { reason: 'matrix' } }) },
  'GET /api/v1/regions/:region/pack/versions': get('/api/v1/regions/eenheid-den-haag/pack/versions', 'own-region'),
  'GET /api/v1/regions/:region/pack/versions/:version': get('/api/v1/regions/eenheid-den-haag/pack/versions/1', 'own-region'),
  'GET /api/v1/regions/:region/pack/diff': get('/api/v1/regions/eenheid-den-haag/pack/diff?from=1&to=1', 'own-region'),
  'POST /api/v1/regions/:region/pack/rollback': { owner: 'own-region', request: () => ({ url: '/api/v1/regions/eenheid-den-haag/pack/rollback', payload: { version: 1, reason: 'matrix' } }) },
  'POST /api/v1/regions/:region/pack/import': { owner: 'own-region', request: () => ({ url: '/api/v1/regions/eenheid-den-haag/pack/import', payload: { text: JSON.stringify(denHaagPack()) } }) },
  'GET /api/v1/regions/:region/pack/export': get('/api/v1/regions/eenheid-den-haag/pack/export', 'own-region'),
  // No release waits in the matrix: the proposal is empty, accepting or refusing answers 409.
  'GET /api/v1/regions/:region/pack/release': get('/api/v1/regions/eenheid-den-haag/pack/release', 'own-region'),
  'POST /api/v1/regions/:region/pack/release': { owner: 'own-region', request: () => ({ url: '/api/v1/regions/eenheid-den-haag/pack/release', payload: { choices: {} } }) },
  'POST /api/v1/regions/:region/pack/release/refuse': { owner: 'own-region', request: () => ({ url: '/api/v1/regions/eenheid-den-haag/pack/release/refuse' }) },
  'GET /api/v1/retention/terms': get('/api/v1/retention/terms', 'own'),
  'PUT /api/v1/retention/terms': { owner: 'own', request: () => ({ url: '/api/v1/retention/terms', payload: { closedMonths: 12, handedOverMonths: 60, draftDays: 30, userMonths: 12, registerMonths: 12, auditMonths: 72 } }) },
  'GET /api/v1/retention/preview': get('/api/v1/retention/preview', 'own'),
  'GET /api/v1/retention/deletions': get('/api/v1/retention/deletions', 'own'),
  'PUT /api/v1/signals/:id/legal-hold': { owner: 'A', request: (f) => ({ url: `/api/v1/signals/${f.signalId}/legal-hold`, payload: { reason: 'Verzoek van het OM' } }) },
  'DELETE /api/v1/signals/:id/legal-hold': { owner: 'A', request: (f) => ({ url: `/api/v1/signals/${f.signalId}/legal-hold`, payload: { reason: 'Zaak afgerond' } }) },
  // Handovers to partners (a signal of A that was handed over by phone)
  'POST /api/v1/signals/:id/handovers/preview': {
    owner: 'A',
    request: (f) => ({ url: `/api/v1/signals/${f.handover.signalId}/handovers/preview`, payload: { partnerId: 'shop', contactId: 'shop', parts: ['forms'] } }),
  },
  'POST /api/v1/signals/:id/handovers': {
    owner: 'A',
    request: (f) => ({
      url: `/api/v1/signals/${f.handover.signalId}/handovers`,
      payload: { partnerId: 'shop', contactId: 'shop-mobiel', parts: ['forms', 'description'], channel: 'phone' },
    }),
  },
  'GET /api/v1/signals/:id/handovers/:handoverId/print': {
    owner: 'A',
    request: (f) => ({ url: `/api/v1/signals/${f.handover.signalId}/handovers/${f.handover.id}/print` }),
  },
  // The first allowed call records the feedback; later ones get 409 (already answered): past authorisation either way.
  'POST /api/v1/signals/:id/handovers/:handoverId/feedback': {
    owner: 'A',
    request: (f) => ({ url: `/api/v1/signals/${f.handover.signalId}/handovers/${f.handover.id}/feedback`, payload: { outcome: 'taken-up' } }),
  },
  // The partner, without an account: the token is the proof (201 once, then 410 "al gebruikt").
  'POST /api/v1/feedback/lookup': { owner: 'none', request: (f) => ({ url: '/api/v1/feedback/lookup', payload: { token: f.handover.token } }) },
  'POST /api/v1/feedback': { owner: 'none', request: (f) => ({ url: '/api/v1/feedback', payload: { token: f.handover.token, outcome: 'other', note: 'Bekend bij ons.' } }) },
};

interface Principal {
  label: string;
  actor: Actor | null;
  user: TestUser | null;
}

let t: TestApp;
/** The region pack of A and B's region, as the release ships it. */
const denHaagPack = () => regionPackOf(t.services.contentSource!.files, 'eenheid-den-haag');
let app: App;
let fixtures: Fixtures;
const principals: Principal[] = [{ label: 'anoniem', actor: null, user: null }];

beforeAll(async () => {
  t = await createTestApp();
  // Retrying a failed job queues it: the real job runner takes it.
  jobs = await startJobRunner(t.services, { jobs: [reminderScanJob, reminderJob, registerImportJob] });
  t.services.jobs = jobs;
  app = t.app;
  const { db } = t.database;
  // SSO for A points at a provider that is not there: the start answers with a redirect to the login page.
  await db.insert(oidcProviders).values({ municipality: A, issuer: 'http://127.0.0.1:9', clientId: 'x', clientSecret: 'y', label: 'Leiden' });
  for (const municipality of [A, B]) {
    const region = (await db.query.municipalities.findFirst({ where: (m, { eq }) => eq(m.code, municipality) }))!.region;
    for (const role of ROLES) {
      const user = await createTestUser(db, { municipality, roles: [role] });
      principals.push({ label: `${role} van ${municipality === A ? 'A' : 'B'}`, actor: { userId: user.userId, roles: [role], municipality, region }, user });
    }
  }
  let n = 0;
  const reporter = await createTestUser(db, { municipality: A, roles: ['medewerker'] });
  const submitted = await run(userContext(t.services, reporter, 'melder'), submitSignal, {
    idempotencyKey: crypto.randomUUID(),
    submission: sampleSubmission({ forms: ['criminal'], observedSignals: [] }),
  });
  const meeting = await run(testContext(t, A), createMeeting, { heldOn: '2026-03-10', title: 'Matrix' });
  await run(testContext(t, A), addToAgenda, { meetingId: meeting.meeting.id, signalId: submitted.signal.id });
  fixtures = {
    targetUser: await createTestUser(db, { municipality: A, roles: ['medewerker'] }),
    loginUser: await createTestUser(db, { municipality: A, roles: ['medewerker'], password: PASSWORD }),
    unique: () => `${++n}`,
    signalId: submitted.signal.id,
    meetingId: meeting.meeting.id,
    handover: await handoverFixture(),
    sealedReference: (await queryRows<{ ref: string }>(db, sql`select sealed_ref as ref from audit_events where municipality = ${A} and sealed_ref is not null limit 1`))[0]!.ref,
    jobFailures: await jobFailureFixtures(),
  };
});

afterAll(async () => {
  await jobs?.stop();
  await t?.close();
});

async function jobFailureFixtures(): Promise<[string, string]> {
  const handoverId = crypto.randomUUID();
  const failure = {
    municipality: A,
    queue: 'reminder-send',
    subject: `handover:${handoverId}:after`,
    data: { municipality: A, handoverId, kind: 'after' },
    error: 'Error:ECONNREFUSED',
    attempts: 6,
    failedAt: new Date(),
  };
  const rows = await inTenant(t.database.db, A, (tx) => tx.insert(jobFailures).values([failure, failure]).returning({ id: jobFailures.id }));
  return [rows[0]!.id, rows[1]!.id];
}

/** A signal of A, handed over by phone to SHOP: the handover routes and the partner's link act on it. */
async function handoverFixture(): Promise<Fixtures['handover']> {
  const reporter = await createTestUser(t.database.db, { municipality: A, roles: ['medewerker'] });
  const signal = await insertTestSignal(t.database.db, t.keyring, { municipality: A, reporterUserId: reporter.userId });
  const af = await createTestUser(t.database.db, { municipality: A, roles: ['aandachtsfunctionaris'] });
  const { handover, feedbackLink } = await run(userContext(t.services, af, 'aandachtsfunctionaris'), createHandover, {
    signalId: signal.id,
    partnerId: 'shop',
    contactId: 'shop',
    parts: ['forms'],
    channel: 'phone',
  });
  return { signalId: signal.id, reference: signal.reference, id: handover.id, token: feedbackLink.split('#token=')[1]! };
}

function targetFor(owner: Owner, actor: Actor | null): Target {
  if (owner === 'none') return {};
  if (owner === 'self') return { ownerId: actor?.userId ?? null };
  if (owner === 'A') return { municipality: A };
  if (owner === 'own-region') return { region: actor?.region ?? null };
  return { municipality: actor?.municipality ?? null };
}

describe('authorisation matrix', () => {
  it('has a matrix entry, with the same policy, for every API route', () => {
    expect(registered.length).toBeGreaterThan(20);
    const missing = registered.filter((r) => !(r.key in MATRIX)).map((r) => `${r.key}: endpoint added without a matrix entry`);
    expect(missing).toEqual([]);
    const stale = Object.keys(MATRIX).filter((key) => !registered.some((r) => r.key === key));
    expect(stale, 'matrix entries for routes that no longer exist').toEqual([]);
    for (const r of registered) expect(r.policy && r.policy in POLICIES, r.key).toBe(true);
  });

  it('allows and denies every route exactly as the policy table decides, for every role in its own and another municipality', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const route of registered) {
      const sample = MATRIX[route.key];
      if (!sample) continue;
      const method = route.key.split(' ')[0] as InjectOptions['method'];
      for (const [i, principal] of principals.entries()) {
        const login: TestLogin | null = principal.user ? await sessionFor(t.database.db, principal.user) : null;
        const request = sample.request(fixtures);
        const res = await app.inject({
          ...request,
          method,
          headers: { ...(request.headers as Record<string, string> | undefined), ...(login?.headers ?? {}) },
          remoteAddress: `10.9.${i}.1`,
        });
        calls++;
        const decision = decide(principal.actor, route.policy as Action, targetFor(sample.owner, principal.actor));
        const status = res.statusCode;
        const denied = status === 401 || status === 403 || status === 404;
        const what = `${route.key} as ${principal.label}: ${status} ${res.body.slice(0, 160)}`;
        if (status >= 500) mismatches.push(`server error: ${what}`);
        else if (decision.allowed && denied) mismatches.push(`should be allowed: ${what}`);
        else if (!decision.allowed && !denied) mismatches.push(`should be denied: ${what}`);
        else if (!decision.allowed && decision.reason === 'unauthenticated' && status !== 401) mismatches.push(`anonymous should get 401: ${what}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(registered.length * (1 + 2 * ROLES.length));
    // Some 600 requests: well within the default on a quiet machine, not on a busy CI runner.
  }, 120_000);

  it('covers every role and both municipalities', () => {
    const roles = new Set(principals.flatMap((p) => (p.actor ? [...p.actor.roles] : [])));
    expect([...roles].sort()).toEqual([...ROLES].sort() as Role[]);
    expect(new Set(principals.map((p) => p.actor?.municipality ?? null))).toEqual(new Set([null, A, B]));
  });
});
