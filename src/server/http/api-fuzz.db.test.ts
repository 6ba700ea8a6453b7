import crypto from 'node:crypto';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/access/roles';
import { userContext } from '../context/context';
import { run } from '../context/run';
import { jobFailures } from '../db/schema';
import { inTenant, queryRows } from '../db/tenant';
import { startJobRunner, type JobRunner } from '../jobs/job-runner';
import { reminderJob, reminderScanJob } from '../reminders/reminder-jobs';
import { submitSignal } from '../signals/commands/submit-signal';
import { sampleSubmission } from '../signals/test-fixtures';
import { createHandover } from '../handovers/commands/create-handover';
import { addToAgenda } from '../meetings/commands/change-agenda';
import { createMeeting } from '../meetings/commands/create-meeting';
import { createTestUser, sessionFor, type TestLogin, type TestUser } from '../test-support/login-as';
import { DeepNesting, toJsonText, valueFor, type JsonSchema, type SchemaContext } from '../test-support/json-schema-arbitrary';
import { insertTestSignal } from '../test-support/signal-fixtures';
import { createTestApp, testContext } from '../test-support/test-app';
import { registerImportJob } from '../registers/uploads/import-job';

/**
 * THE API FUZZ TEST. Every operation of the OpenAPI document is called as an anonymous visitor and
 * as a user of every role, with requests generated from the operation's own documented schemas:
 * valid ones, and hostile ones (control characters, very long text, wrong types, extra fields,
 * JSON nested far too deep, another municipality's ids, the wrong content type, a missing CSRF
 * token). Each answer must
 * - not be a 5xx,
 * - have a status the operation documents,
 * - match the schema the document gives for that status.
 *
 * FUZZ_SEED and FUZZ_RUNS (per operation and role) make a longer or different run possible:
 *   FUZZ_RUNS=500 FUZZ_SEED=7 npx vitest run src/server/http/api-fuzz.db.test.ts
 * A failure prints the seed, and fast-check's shrunk counterexample, to replay it.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);

const A = 'GM0546'; // Leiden: the principals' municipality
const B = 'GM0518'; // Den Haag: "another municipality"
const PASSWORD = 'fuzz wachtwoord voor iedereen';
/** Sent now and then by every principal: the same signal again (200), or other content under the same key (422). */
const IDEMPOTENCY_KEY = '5b0f3c8e-1d2a-4c3b-9e8f-7a6b5c4d3e2f';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}

const t = await createTestApp();
const document = JSON.parse((await t.app.inject({ url: '/api/v1/openapi.json' })).body) as JsonSchema & {
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path' | 'body'> & { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
};
const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    parameters: (op.parameters ?? []) as Parameter[],
    body: op.requestBody?.content['application/json']?.schema ?? null,
    responses: op.responses,
  })),
);

// The document's schemas, with their references, checked as JSON Schema 2020-12 (OpenAPI 3.1).
const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, 'openapi.json');
const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
function responseValidator(op: Operation, status: string, mediaType: string): ValidateFunction {
  return ajv.compile({ $ref: `openapi.json#/${pointer('paths', op.path, op.method.toLowerCase(), 'responses', status, 'content', mediaType, 'schema')}` });
}

interface Principal {
  label: string;
  user: TestUser | null;
}

interface Known {
  signals: string[];
  meetings: string[];
  users: string[];
  handovers: string[];
  tokens: string[];
  jobFailures: string[];
  sealedReferences: string[];
  loginEmail: string;
}

const principals: Principal[] = [{ label: 'anoniem', user: null }];
let known: Known;
let remote = 0;
let jobs: JobRunner | undefined;

beforeAll(async () => {
  const { db } = t.database;
  // Retrying a failed background job queues it: a job runner must be there to take it.
  jobs = await startJobRunner(t.services, { jobs: [reminderScanJob, reminderJob, registerImportJob] });
  t.services.jobs = jobs;
  for (const role of ROLES) principals.push({ label: role, user: await createTestUser(db, { municipality: A, roles: [role] }) });
  const perMunicipality = await Promise.all([A, B].map((m) => objectsOf(m)));
  const loginUser = await createTestUser(db, { municipality: A, roles: ['medewerker'], password: PASSWORD });
  known = {
    signals: perMunicipality.flatMap((o) => o.signals),
    meetings: perMunicipality.map((o) => o.meeting),
    users: [...perMunicipality.map((o) => o.user), loginUser.userId],
    handovers: perMunicipality.map((o) => o.handover.id),
    tokens: perMunicipality.map((o) => o.handover.token),
    jobFailures: perMunicipality.flatMap((o) => o.jobFailures),
    sealedReferences: (await queryRows<{ ref: string }>(db, sql`select sealed_ref as ref from audit_events where sealed_ref is not null`)).map((r) => r.ref),
    loginEmail: loginUser.email,
  };
}, 120_000);

afterAll(async () => {
  await jobs?.stop();
  await t.close();
});

/**
 * Of one municipality: a submitted signal on a meeting's agenda (its reporter's audit record
 * sealed), a user, a signal handed over by phone (with the partner's link), and a background job
 * that failed for good.
 */
async function objectsOf(municipality: string) {
  const { db } = t.database;
  const reporter = await createTestUser(db, { municipality, roles: ['medewerker'] });
  const user = await createTestUser(db, { municipality, roles: ['medewerker'] });
  const af = await createTestUser(db, { municipality, roles: ['aandachtsfunctionaris'] });
  const { signal: onAgenda } = await run(userContext(t.services, reporter, 'melder'), submitSignal, {
    idempotencyKey: crypto.randomUUID(),
    submission: sampleSubmission({ forms: ['criminal'], observedSignals: [] }),
  });
  const handedOver = await insertTestSignal(db, t.keyring, { municipality, reporterUserId: reporter.userId });
  const { meeting } = await run(testContext(t, municipality), createMeeting, { heldOn: '2026-03-10', title: 'Fuzz' });
  await run(testContext(t, municipality), addToAgenda, { meetingId: meeting.id, signalId: onAgenda.id });
  const { handover, feedbackLink } = await run(userContext(t.services, af, 'aandachtsfunctionaris'), createHandover, {
    signalId: handedOver.id,
    partnerId: 'shop',
    contactId: 'shop',
    parts: ['forms'],
    channel: 'phone',
  });
  const failure = { municipality, queue: 'reminder-send', subject: `handover:${handover.id}:after`, data: { municipality, handoverId: handover.id, kind: 'after' }, error: 'Error', attempts: 6, failedAt: new Date() };
  const failed = await inTenant(db, municipality, (tx) => tx.insert(jobFailures).values(failure).returning({ id: jobFailures.id }));
  return {
    signals: [onAgenda.id, handedOver.id],
    meeting: meeting.id,
    user: user.userId,
    handover: { id: handover.id, token: feedbackLink.split('#token=')[1]! },
    jobFailures: failed.map((f) => f.id),
  };
}

/** Values that exist, for a parameter or field of this name in this operation (mixed with generated ones). */
function knownValues(op: Operation, name: string): readonly unknown[] {
  const byPath = op.path.startsWith('/api/v1/meetings/')
    ? known.meetings
    : op.path.startsWith('/api/v1/users/')
      ? known.users
      : op.path.startsWith('/api/v1/jobs/')
        ? known.jobFailures
        : known.signals;
  const maps = t.content.routemapSummaries('nl').map((m) => m.id);
  const partners = t.content.partners('eenheid-den-haag', 'nl');
  switch (name) {
    case 'id':
      return op.path.startsWith('/api/v1/routemaps/') ? maps : byPath;
    case 'signalId':
    case 'objectId':
      return known.signals;
    case 'handoverId':
      return known.handovers;
    case 'user':
      return known.users;
    case 'token':
      return known.tokens;
    case 'reference':
      return known.sealedReferences;
    case 'municipality':
      return [A, B, 'GM9999'];
    case 'mapId':
      return maps;
    case 'region':
      return t.content.regions('nl').map((r) => r.id);
    case 'idempotency-key':
      return [IDEMPOTENCY_KEY];
    case 'partnerId':
      return partners.map((p) => p.id);
    case 'contactId':
      return partners.flatMap((p) => p.contacts.map((c) => c.id));
    case 'email':
      return [known.loginEmail];
    case 'password':
    case 'currentPassword':
      return [PASSWORD];
    default:
      return [];
  }
}

/** What is sent besides the generated values: mostly nothing, sometimes what a browser on another site or a careless client does. */
const ABUSES = ['none', 'none', 'none', 'none', 'none', 'none', 'text-plain', 'invalid-json', 'empty-json', 'no-csrf', 'foreign-origin'] as const;
type Abuse = (typeof ABUSES)[number];

interface GeneratedRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
  abuse: Abuse;
}

function requestArbitrary(op: Operation): fc.Arbitrary<GeneratedRequest> {
  const build = (hostile: boolean): fc.Arbitrary<GeneratedRequest> => {
    const context: SchemaContext = { document, known: (name) => knownValues(op, name), hostile };
    const part = (where: Parameter['in']) => {
      const params = op.parameters.filter((p) => p.in === where);
      const model = Object.fromEntries(params.map((p) => [p.name, valueFor(p.schema, context, p.name)]));
      // A hostile request may leave out a required query parameter or header; a path always has its segments.
      const required = params.filter((p) => p.required && (where === 'path' || !hostile)).map((p) => p.name);
      return fc.record(model, { requiredKeys: required });
    };
    return fc.record({
      path: part('path'),
      query: part('query'),
      headers: part('header'),
      body: op.body ? valueFor(op.body, context) : fc.constant(undefined),
      abuse: hostile && STATE_CHANGING.has(op.method) ? fc.constantFrom(...ABUSES) : fc.constant<Abuse>('none'),
    });
  };
  return fc.oneof(build(false), build(true));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Node refuses a request head over 16 KiB, so a longer value in the URL or a header never reaches the app. */
const MAX_URL_VALUE = 4000;
const asText = (value: unknown): string =>
  (typeof value === 'string' ? value : value instanceof DeepNesting || (value !== null && typeof value === 'object') ? toJsonText(value) : String(value)).slice(0, MAX_URL_VALUE);

const sessions = new Map<string, TestLogin>();

/**
 * The principal's session. Logging in, out or changing the password or second factor may end it,
 * so after any request to /api/v1/auth/ the next one gets a new session.
 */
async function sessionOf(op: Operation, principal: Principal, user: TestUser): Promise<TestLogin> {
  let login = sessions.get(principal.label);
  if (!login) sessions.set(principal.label, (login = await sessionFor(t.database.db, user)));
  if (op.path.startsWith('/api/v1/auth/')) sessions.delete(principal.label);
  return login;
}

/** The generated request as `app.inject` options. */
async function injectOptions(op: Operation, principal: Principal, request: GeneratedRequest): Promise<InjectOptions> {
  const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    // A URL carries UTF-8: lone surrogates cannot be sent. An empty segment would be another route.
    const text = asText(request.path[name]).replace(LONE_SURROGATE, '\uFFFD');
    return encodeURIComponent(text === '' ? ' ' : text);
  });
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query)) {
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, asText(item));
  }
  const headers: Record<string, string> = Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, asText(value)]));
  if (principal.user) {
    const login = await sessionOf(op, principal, principal.user);
    Object.assign(headers, request.abuse === 'no-csrf' ? { cookie: login.cookie } : login.headers);
  }
  let payload: string | undefined;
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = toJsonText(request.body);
  }
  switch (request.abuse) {
    case 'text-plain':
      headers['content-type'] = 'text/plain';
      break;
    case 'invalid-json':
      headers['content-type'] = 'application/json';
      payload = `${payload ?? ''}{"niet af":`;
      break;
    case 'empty-json':
      headers['content-type'] = 'application/json';
      payload = '';
      break;
    case 'foreign-origin':
      headers.origin = 'https://aanvaller.example';
      break;
    default:
  }
  remote += 1;
  return {
    method: op.method as InjectOptions['method'],
    url: query.size > 0 ? `${url}?${query}` : url,
    headers,
    ...(payload !== undefined ? { payload } : {}),
    remoteAddress: `10.${(remote >> 16) & 255}.${(remote >> 8) & 255}.${remote & 255}`,
  };
}

const validators = new Map<string, ValidateFunction>();

/** What is wrong with an answer, or null. */
function problemWith(op: Operation, res: LightMyRequestResponse): string | null {
  const status = String(res.statusCode);
  if (res.statusCode >= 500) return `server error ${status}: ${res.body.slice(0, 300)}`;
  const documented = op.responses[status];
  if (!documented) return `status ${status} is not documented (documented: ${Object.keys(op.responses).join(', ')}): ${res.body.slice(0, 300)}`;
  const mediaTypes = Object.keys(documented.content ?? {});
  if (mediaTypes.length === 0) return null;
  const type = String(res.headers['content-type'] ?? '').split(';')[0]!.trim();
  if (!mediaTypes.includes(type)) return `status ${status} answered ${type || 'no content type'}, documented ${mediaTypes.join(', ')}`;
  if (type !== 'application/json') return null;
  const key = `${op.method} ${op.path} ${status}`;
  let validate = validators.get(key);
  if (!validate) validators.set(key, (validate = responseValidator(op, status, type)));
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return `status ${status}: the body is not JSON: ${res.body.slice(0, 200)}`;
  }
  if (validate(body)) return null;
  return `status ${status}: the body does not match the documented schema: ${ajv.errorsText(validate.errors, { separator: '; ' })}: ${res.body.slice(0, 300)}`;
}

describe('API fuzz: every operation, every role, generated requests', () => {
  it('reads the operations from the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.every((op) => Object.keys(op.responses).length > 0)).toBe(true);
  });

  it.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))(
    '%s: no 5xx, only documented statuses, bodies as documented',
    async (_label, op) => {
      const failures: string[] = [];
      const requests = requestArbitrary(op);
      for (const [i, principal] of principals.entries()) {
        const result = await fc.check(
          fc.asyncProperty(requests, async (request) => {
            const res = await t.app.inject(await injectOptions(op, principal, request));
            const problem = problemWith(op, res);
            if (problem) throw new Error(problem);
          }),
          { seed: SEED + i, numRuns: RUNS },
        );
        if (result.failed) {
          failures.push(`${principal.label}: ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)}\n  seed ${result.seed}, path "${result.counterexamplePath}", request ${JSON.stringify(result.counterexample?.[0]).slice(0, 600)}`);
        }
      }
      expect(failures).toEqual([]);
    },
    120_000,
  );
});
