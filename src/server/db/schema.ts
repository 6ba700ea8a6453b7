import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, customType, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Municipalities as loaded from content/regions: the tenant key of every later table with case
 * data (the CBS code). Kept in the database so that case data can reference it.
 */
export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  region: text('region').notNull(),
  subregion: text('subregion'),
});

/** Every distinct content version that was loaded, so a routing decision can name the version it used. */
export const contentVersions = pgTable('content_versions', {
  id: serial('id').primaryKey(),
  version: text('version').notNull().unique(),
  routemaps: integer('routemaps').notNull(),
  municipalities: integer('municipalities').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Users of a municipality (or, for a regiobeheerder, of a region). Tenant table: row-level
 * security limits every query to the municipality set for the transaction.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipality: text('municipality').references(() => municipalities.code),
    region: text('region'),
    /** Stored lower-case; unique across the whole installation so login needs no municipality. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    roles: text('roles').array().notNull(),
    /** argon2id; null for users who log in through single sign-on only. */
    passwordHash: text('password_hash'),
    /** The TOTP secret, encrypted (src/server/auth/totp-secret.ts). */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** A TOTP secret shown at enrolment, until the user confirms it with a code; encrypted. */
    totpPendingSecret: text('totp_pending_secret'),
    /** The last 30-second time step whose code was accepted: a code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    /** When retention removed the name, e-mail address and secrets of the deactivated account. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    /** The department the user works in (front desk, enforcement, ...), set by the beheerder: training completion is counted per department. */
    department: text('department'),
  },
  (t) => [index('users_municipality_idx').on(t.municipality)],
);

/** One-time recovery codes for the second factor, stored hashed. */
export const recoveryCodes = pgTable('recovery_codes', {
  id: serial('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  codeHash: text('code_hash').notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/** Server-side sessions; the cookie holds a random token whose SHA-256 is the id. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** False while the second factor is still to be given. */
    secondFactorDone: boolean('second_factor_done').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    origin: text('origin'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed login attempts per login name (known or not, so answers never differ) and per client
 * address, for throttling and temporary lock-out.
 */
export const loginThrottle = pgTable('login_throttle', {
  /** `email:` or `ip:` and the SHA-256 of the lower-cased address: no login name in clear text. */
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  /** Start of the counting window (per client address: 20 failures within 15 minutes). */
  firstFailureAt: timestamp('first_failure_at', { withTimezone: true }),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One-time links with which a new user chooses a password; stored hashed, valid 72 hours. */
export const activationTokens = pgTable(
  'activation_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('activation_tokens_user_idx').on(t.userId)],
);

/** The one-time link printed at first start to create the first beheerder. */
export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/** OpenID Connect single sign-on per municipality (Entra ID, Keycloak, ...). */
export const oidcProviders = pgTable('oidc_providers', {
  municipality: text('municipality')
    .primaryKey()
    .references(() => municipalities.code),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: text('client_secret').notNull(),
  /** Human label on the button, e.g. "Inloggen met uw Leiden-account". */
  label: text('label').notNull(),
  enabled: boolean('enabled').notNull().default(true),
});

/** Marks a database as a throw-away demo, so `npm run demo` never touches real data. */
export const instance = pgTable('instance', {
  id: integer('id').primaryKey().default(1),
  mode: text('mode', { enum: ['production', 'demo'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The audit trail (BIO2 8.15): who, what, when, from where, with what result. Append-only: a
 * trigger refuses UPDATE and DELETE, and each record carries the hash of the previous record of
 * the same chain (one chain per municipality, plus one for events without a municipality), so
 * tampering is detectable. `seq`, `prev_hash` and `hash` are set by the database.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    municipality: text('municipality'),
    seq: integer('seq').notNull().default(0),
    at: timestamp('at', { withTimezone: true, precision: 6 }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** Role or kind of actor when there is no user: 'anoniem', 'systeem', 'partner', 'cli'. */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result', { enum: ['success', 'denied', 'failure'] }).notNull(),
    origin: text('origin'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /**
     * A shielded record (what someone did as a reporter, docs/decisions/0011): its public reference,
     * and who, from where, on what and when exactly, encrypted for the AF of the municipality.
     */
    sealedRef: text('sealed_ref').unique(),
    sealed: text('sealed'),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [index('audit_events_chain_idx').on(t.municipality, t.seq), index('audit_events_at_idx').on(t.at)],
);

/*
 * The signal chain (seed 004). Every table below carries the municipality and is a tenant table
 * (row-level security). Free text and the reporter's identity are stored encrypted (`*_sealed`,
 * AES-256-GCM, see src/server/crypto); what the inbox filters on (forms, urgency, state) is not.
 */

/** Per-municipality settings a beheerder may change. */
export const municipalitySettings = pgTable('municipality_settings', {
  municipality: text('municipality')
    .primaryKey()
    .references(() => municipalities.code),
  /** Days a partner has to give feedback on a handover. */
  feedbackDays: integer('feedback_days').notNull().default(14),
  /** Retention terms (docs/decisions/0017-retention.md); null is the default term. */
  retentionClosedMonths: integer('retention_closed_months'),
  retentionHandedOverMonths: integer('retention_handed_over_months'),
  retentionDraftDays: integer('retention_draft_days'),
  retentionAuditMonths: integer('retention_audit_months'),
  retentionUserMonths: integer('retention_user_months'),
  /** The municipality's own register imports (docs/decisions/0024-register-retention.md). */
  retentionRegisterMonths: integer('retention_register_months'),
  /** Who last set the retention terms, and when: the deletion log names the beheerder behind a term. */
  retentionSetByUserId: uuid('retention_set_by_user_id'),
  retentionSetAt: timestamp('retention_set_at', { withTimezone: true }),
});

/**
 * Who the municipality's aandachtsfunctionaris is, as the beheerder sets it: shown to every
 * employee and printed on the route card (seed 004's "randvoorwaarde"). Tenant table.
 */
export const afContacts = pgTable('af_contacts', {
  municipality: text('municipality')
    .primaryKey()
    .references(() => municipalities.code),
  name: text('name').notNull(),
  phone: text('phone').notNull(),
  email: text('email').notNull(),
  hours: text('hours'),
  setByUserId: uuid('set_by_user_id').notNull(),
  setAt: timestamp('set_at', { withTimezone: true }).notNull(),
});

/** Numbering of references per municipality and year: SR-0546-2026-0001. */
export const signalCounters = pgTable(
  'signal_counters',
  {
    municipality: text('municipality').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.municipality, t.year] })],
);

export const signals = pgTable(
  'signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipality: text('municipality')
      .notNull()
      .references(() => municipalities.code),
    reference: text('reference').notNull().unique(),
    state: text('state').notNull(),
    /** Acute danger was reported: first in the inbox. */
    urgent: boolean('urgent').notNull(),
    forms: text('forms').array().notNull(),
    sector: text('sector'),
    /** Who submitted it: for "Mijn signalen" only; their name and contact are in reporter_sealed. */
    reporterUserId: uuid('reporter_user_id')
      .notNull()
      .references(() => users.id),
    /** {name, email, phone} of the reporter, encrypted; shown to the AF of this municipality only. */
    reporterSealed: text('reporter_sealed').notNull(),
    /** The whole submission (SignalSubmission without reporter fields), encrypted. */
    submissionSealed: text('submission_sealed').notNull(),
    /** A double submit with the same key returns the first signal (per reporter). */
    idempotencyKey: text('idempotency_key').notNull(),
    /**
     * SHA-256 of the key and the canonical request body: the same key with another body is refused
     * instead of answered with this signal. Null for signals submitted before it was kept.
     */
    idempotencyBodyHash: text('idempotency_body_hash'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The route chosen in step 4: map, its version, the answers and the outcome. */
    routeMapId: text('route_map_id'),
    routeMapVersion: text('route_map_version'),
    routeAnswers: text('route_answers').array(),
    routeOutcomeId: text('route_outcome_id'),
    /** Legal hold: kept past its retention term until lifted; the reason is in the history (sealed). */
    legalHoldAt: timestamp('legal_hold_at', { withTimezone: true }),
    legalHoldByUserId: uuid('legal_hold_by_user_id'),
  },
  (t) => [
    index('signals_inbox_idx').on(t.municipality, t.state, t.urgent, t.receivedAt),
    // The inbox's pages in order (urgent first, then oldest first, then id: the keyset of
    // list-inbox.ts); the partial one holds only open work, the inbox's default view, so a page of
    // open signals does not step over years of closed ones.
    index('signals_inbox_page_idx').on(t.municipality, sql`(not ${t.urgent})`, t.receivedAt, t.id),
    index('signals_inbox_open_idx')
      .on(t.municipality, sql`(not ${t.urgent})`, t.receivedAt, t.id)
      .where(sql`${t.state} not in ('afgesloten')`),
    index('signals_reporter_idx').on(t.reporterUserId),
    uniqueIndex('signals_idempotency_idx').on(t.reporterUserId, t.idempotencyKey),
  ],
);

/**
 * The case history: append-only (a trigger refuses UPDATE and DELETE). A correction is a new
 * event that names the event it corrects. `data` holds no personal data in plain text; free text
 * goes into `text_sealed`.
 */
export const signalEvents = pgTable(
  'signal_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id),
    municipality: text('municipality').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** 'partner' for feedback through a link; the role otherwise. */
    actor: text('actor').notNull(),
    kind: text('kind').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    textSealed: text('text_sealed'),
    correctsEventId: bigint('corrects_event_id', { mode: 'number' }),
  },
  (t) => [index('signal_events_signal_idx').on(t.signalId, t.id)],
);

/**
 * What the figures count of each signal, folded from its history as entries are appended
 * (src/domain/statistics/figure-facts.ts, docs/decisions/0025-figure-facts.md): ids, categories and
 * moments only, never free text. Deleted with the signal.
 */
export const signalFigures = pgTable(
  'signal_figures',
  {
    signalId: uuid('signal_id')
      .primaryKey()
      .references(() => signals.id),
    municipality: text('municipality').notNull(),
    /** The signal's own categories, copied at submission (they never change), so the figures read one table. */
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    forms: text('forms').array().notNull(),
    sector: text('sector'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }),
    feedbackAt: timestamp('feedback_at', { withTimezone: true }),
    reporterInformedAt: timestamp('reporter_informed_at', { withTimezone: true }),
    route: text('route'),
    partners: text('partners').array().notNull(),
    riskGroups: text('risk_groups').array().notNull(),
    decided: boolean('decided').notNull(),
  },
  (t) => [index('signal_figures_received_idx').on(t.municipality, t.receivedAt)],
);

/** A handover to a partner (step 5), with the feedback asked for and its tracking. */
export const handovers = pgTable(
  'handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id),
    municipality: text('municipality').notNull(),
    partnerId: text('partner_id').notNull(),
    /** The partner's name when it was handed over (ADR 28: content changes); null before migration 0028. */
    partnerName: text('partner_name'),
    contactId: text('contact_id').notNull(),
    channel: text('channel', { enum: ['email', 'phone', 'secure-mail'] }).notNull(),
    /** Where the e-mail went (the partner's address, not personal data of the case). */
    recipientEmail: text('recipient_email'),
    parts: text('parts').array().notNull(),
    /** Exactly what the partner received (HandoverContent as JSON), encrypted. */
    contentSealed: text('content_sealed').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    sentByUserId: uuid('sent_by_user_id').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    /** The partner's one-time feedback link: SHA-256 of the token, expiry and use. */
    feedbackTokenHash: text('feedback_token_hash').notNull().unique(),
    feedbackTokenExpiresAt: timestamp('feedback_token_expires_at', { withTimezone: true }).notNull(),
    feedbackTokenUsedAt: timestamp('feedback_token_used_at', { withTimezone: true }),
    feedbackOutcome: text('feedback_outcome', { enum: ['taken-up', 'not-taken-up', 'forwarded', 'other'] }),
    /** To whom the partner passed the signal on (free text), encrypted like the note. */
    feedbackForwardedToSealed: text('feedback_forwarded_to'),
    feedbackNoteSealed: text('feedback_note_sealed'),
    feedbackAt: timestamp('feedback_at', { withTimezone: true }),
    /** Claimed atomically by the reminder run, so each reminder goes out once. */
    reminderBeforeSentAt: timestamp('reminder_before_sent_at', { withTimezone: true }),
    reminderAfterSentAt: timestamp('reminder_after_sent_at', { withTimezone: true }),
  },
  (t) => [index('handovers_signal_idx').on(t.signalId), index('handovers_due_idx').on(t.dueAt)],
);

/** The meldcode checklist (seed 003) on signals of criminal exploitation: one row per step done. */
export const meldcodeSteps = pgTable(
  'meldcode_steps',
  {
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id),
    municipality: text('municipality').notNull(),
    step: integer('step').notNull(),
    doneOn: text('done_on').notNull(),
    noteSealed: text('note_sealed'),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.signalId, t.step] })],
);

/** A signal meeting (signalenoverleg) and the signals on its agenda with the decision taken. */
export const signalMeetings = pgTable('signal_meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  municipality: text('municipality').notNull(),
  heldOn: text('held_on').notNull(),
  title: text('title').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const meetingSignals = pgTable(
  'meeting_signals',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => signalMeetings.id),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id),
    municipality: text('municipality').notNull(),
    decisionSealed: text('decision_sealed'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.signalId] })],
);

/** A signal being written, kept server-side (encrypted) so nothing is lost when the browser closes. */
export const signalDrafts = pgTable('signal_drafts', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  municipality: text('municipality').notNull(),
  payloadSealed: text('payload_sealed').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Background jobs (docs/decisions/0010-job-runner.md) that failed after their last retry: the
 * beheerder's dead-letter view. Ids and codes only, no personal data. Tenant table; jobs of the
 * installation itself (no municipality) are visible to no municipality and are logged instead.
 */
export const jobFailures = pgTable(
  'job_failures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipality: text('municipality'),
    queue: text('queue').notNull(),
    /** What the job was about, e.g. `handover:<id>:after`: a new attempt is not queued while it is open or dismissed. */
    subject: text('subject').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** The error's name and code, never its message (an SMTP answer may quote an address). */
    error: text('error').notNull(),
    attempts: integer('attempts').notNull(),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedByUserId: uuid('resolved_by_user_id'),
    resolution: text('resolution', { enum: ['retried', 'dismissed'] }),
  },
  (t) => [index('job_failures_open_idx').on(t.municipality, t.resolvedAt), index('job_failures_subject_idx').on(t.subject)],
);

/**
 * One import of a file into a register (issue 8): the municipality's own records of one source
 * (persons), or the instance-wide BAG addresses or KVK organisations. Its rows count only once it
 * is `complete`: searches read complete imports only, so a running or failed import never shows
 * half a register; completing one deletes the rows of the import it replaces.
 */
export const registerImports = pgTable(
  'register_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for the instance-wide registers (public data: BAG, KVK). */
    municipality: text('municipality'),
    register: text('register', { enum: ['persons', 'addresses', 'organisations'] }).notNull(),
    /** Where the rows come from, as the beheerder names it ("Handhaving"), or the register itself. */
    source: text('source').notNull(),
    /**
     * `queued`: uploaded in the browser, waiting for the job runner. `expired`: its rows were
     * deleted when its retention term passed (docs/decisions/0024-register-retention.md).
     */
    status: text('status', { enum: ['queued', 'running', 'complete', 'failed', 'replaced', 'expired'] }).notNull(),
    rows: integer('rows').notNull().default(0),
    badRows: integer('bad_rows').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    startedByUserId: uuid('started_by_user_id'),
    /** Progress of an upload, for the progress bar: the file's size and how far it has been read. */
    bytesTotal: bigint('bytes_total', { mode: 'number' }),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    /** The listed bad rows (line and reason) or the file's error: may quote the file, so sealed. */
    problemsSealed: text('problems_sealed'),
  },
  (t) => [index('register_imports_current_idx').on(t.register, t.municipality, t.source, t.status)],
);

/** The columns of a person of a municipality's own records, as imported (registerPersons, registerPersonsStaging). */
const personColumns = () => ({
  municipality: text('municipality').notNull(),
  importId: uuid('import_id').notNull(),
  /** bronId: the record's id in the source system, shown to the AF to look it up there. */
  sourceId: text('source_id').notNull(),
  givenNames: text('given_names'),
  prefix: text('prefix'),
  surname: text('surname').notNull(),
  birthYear: integer('birth_year'),
  birthMonth: integer('birth_month'),
  birthDay: integer('birth_day'),
  street: text('street'),
  houseNumber: integer('house_number'),
  houseLetter: text('house_letter'),
  addition: text('addition'),
  postcode: text('postcode'),
  place: text('place'),
  description: text('description'),
  surnameNorm: text('surname_norm').notNull(),
  givenNorm: text('given_norm'),
  surnameKey: text('surname_key').notNull(),
});

/**
 * The municipality's own records of persons (enforcement, permits, social domain), as exported
 * from its systems. Tenant table. Plain text so PostgreSQL can search it (docs/decisions/0012);
 * the `*_norm` and `*_key` columns hold the domain's normalised forms (src/domain/matching).
 * An import's rows are written in surname order, so that one surname's persons share a few pages
 * (docs/decisions/0033-persons-stored-by-surname.md).
 */
export const registerPersons = pgTable(
  'register_persons',
  { id: bigserial('id', { mode: 'number' }).primaryKey(), ...personColumns() },
  (t) => [
    index('register_persons_address_idx').on(t.importId, t.postcode, t.houseNumber),
    // Blocking (src/server/matching/find-in-registers.ts): the surnames like the one searched,
    // with the year of birth near it; and everyone born on the day searched, whatever the name.
    index('register_persons_surname_idx').on(t.surnameNorm, t.birthYear),
    index('register_persons_birth_date_idx').on(t.birthYear, t.birthMonth, t.birthDay),
    // A common surname without a date of birth: narrowed by the first initial.
    index('register_persons_given_initial_idx').on(t.surnameNorm, sql`coalesce(left(${t.givenNorm}, 1), '')`),
  ],
);

/**
 * The persons of imports still running, in the order of the file: when every row is good they are
 * moved to registerPersons sorted by surname and deleted here. Tenant table, unlogged and without
 * indexes: it only ever holds rows on their way (migration 0030).
 */
export const registerPersonsStaging = pgTable('register_persons_staging', personColumns());

/**
 * The search keys of the surnames in a municipality's own records of persons (the domain's
 * surnameSearchKeys: forms, forms with a letter left out, sounds), one row per key and surname,
 * rebuilt when an import of persons completes. A search looks up the keys of the name typed on
 * this table's primary key, then reads only the persons with the surnames found
 * (docs/decisions/0015-surname-search-keys.md).
 */
export const registerSurnameKeys = pgTable(
  'register_surname_keys',
  {
    municipality: text('municipality').notNull(),
    key: text('key').notNull(),
    surnameNorm: text('surname_norm').notNull(),
    /** 0 when the key is a form of the surname itself, 1 for a letter left out or its sound. */
    edits: smallint('edits').notNull(),
    /** How many persons have the surname: a common surname is narrowed by the given name. */
    persons: integer('persons').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipality, t.key, t.surnameNorm] })],
);

/** The BAG's addresses (nummeraanduidingen) of the whole country: public, instance-wide. */
export const registerAddresses = pgTable(
  'register_addresses',
  {
    importId: uuid('import_id').notNull(),
    nummeraanduiding: text('nummeraanduiding').notNull(),
    street: text('street').notNull(),
    houseNumber: integer('house_number').notNull(),
    houseLetter: text('house_letter'),
    addition: text('addition'),
    postcode: text('postcode'),
    place: text('place').notNull(),
    municipalityName: text('municipality_name'),
    streetNorm: text('street_norm').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.nummeraanduiding] }),
    index('register_addresses_postcode_idx').on(t.importId, t.postcode, t.houseNumber),
    // Without a postcode: the streets like the one typed (register_streets), then this index.
    index('register_addresses_street_idx').on(t.streetNorm, t.houseNumber),
  ],
);

/**
 * The BAG's distinct street names, written when an import of addresses completes. A street typed
 * without a postcode is looked up here by trigrams (a few hundred thousand names in the country),
 * not among ten million addresses whose "straat" and "weg" trigrams match by the hundred thousand.
 */
export const registerStreets = pgTable(
  'register_streets',
  {
    importId: uuid('import_id').notNull(),
    streetNorm: text('street_norm').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.streetNorm] }), index('register_streets_trgm_idx').using('gin', t.streetNorm.op('gin_trgm_ops'))],
);

/** The KVK's establishments (vestigingen) and legal entities: public, instance-wide. */
export const registerOrganisations = pgTable(
  'register_organisations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    importId: uuid('import_id').notNull(),
    kvkNumber: text('kvk_number').notNull(),
    branchNumber: text('branch_number'),
    name: text('name').notNull(),
    tradeNames: text('trade_names').array().notNull().default([]),
    street: text('street'),
    houseNumber: integer('house_number'),
    houseLetter: text('house_letter'),
    addition: text('addition'),
    postcode: text('postcode'),
    place: text('place'),
    /** The name and trade names without legal forms, folded: what a name search compares. */
    nameNorm: text('name_norm').notNull(),
  },
  (t) => [
    index('register_organisations_kvk_idx').on(t.importId, t.kvkNumber),
    index('register_organisations_address_idx').on(t.importId, t.postcode, t.houseNumber),
  ],
);

/**
 * Each word of each name of an organisation (organisationWords), with the name it is a word of:
 * a name search reads the organisations having a word like one typed on a plain btree, and ranks
 * them by the names here without reading the organisations themselves. Written in word order, so
 * the rows of one word sit on a few pages (docs/decisions/0016-organisation-name-keys.md).
 */
export const registerOrganisationWords = pgTable(
  'register_organisation_words',
  {
    importId: uuid('import_id').notNull(),
    word: text('word').notNull(),
    organisationId: bigint('organisation_id', { mode: 'number' }).notNull(),
    /** The normalised name the word is a word of. */
    nameNorm: text('name_norm').notNull(),
  },
  (t) => [index('register_organisation_words_word_idx').on(t.word)],
);

/** The search keys of the distinct words of the KVK's names (deletionKeys of organisationWords), rebuilt with each import. */
export const registerOrganisationWordKeys = pgTable(
  'register_organisation_word_keys',
  {
    key: text('key').notNull(),
    word: text('word').notNull(),
    /** 0 when the key is the word itself, 1 for the word with a letter left out. */
    edits: smallint('edits').notNull(),
    /** How many organisations have the word: a search reads its rarest words. */
    organisations: integer('organisations').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.word] })],
);

/**
 * The AF's decision on a candidate for a subject of a signal (issue 8): the same person,
 * organisation or address as in an earlier signal or a register record (`confirmed`), or not
 * (`rejected`: not offered again for that subject). Nothing is linked without it. Tenant table.
 */
export const signalLinks = pgTable(
  'signal_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipality: text('municipality').notNull(),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id),
    /** Where in the signal: "persons.0", "addresses.1". */
    subject: text('subject').notNull(),
    source: text('source', { enum: ['signal', 'persons', 'addresses', 'organisations'] }).notNull(),
    /** The candidate's own identifier: a signal's reference, a bronId, a nummeraanduiding, a vestigingsnummer or KVK number. */
    candidateId: text('candidate_id').notNull(),
    decision: text('decision', { enum: ['confirmed', 'rejected'] }).notNull(),
    /** What the AF saw (label, score, reasons) and their note: personal data, sealed. */
    detailSealed: text('detail_sealed').notNull(),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('signal_links_decision_idx').on(t.signalId, t.subject, t.source, t.candidateId), index('signal_links_candidate_idx').on(t.source, t.candidateId)],
);

/**
 * A file the beheerder uploaded, kept until the job runner has imported it (any instance may run
 * the job, so it is in the database, not on one server's disk). Tenant table.
 */
/** Raw bytes; node-postgres gives a Buffer, PGlite a Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * An upload waiting for its import job, in parts of at most UPLOAD_PART_BYTES: neither storing nor
 * reading it holds more than one part in a message or in memory.
 */
export const registerUploads = pgTable(
  'register_uploads',
  {
    importId: uuid('import_id').notNull(),
    part: integer('part').notNull().default(0),
    municipality: text('municipality').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.part] })],
);

/**
 * What retention deleted (docs/decisions/0017-retention.md): metadata only, for the auditor. A
 * signal by its id, reference, state and dates; drafts only as a number per run (whose draft it
 * was would say who was writing a signal). Tenant table; the application may only read it.
 */
export const retentionDeletions = pgTable(
  'retention_deletions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** One run of the retention job. */
    batch: uuid('batch').notNull(),
    municipality: text('municipality').notNull(),
    objectType: text('object_type', { enum: ['signal', 'drafts', 'user', 'register-import'] }).notNull(),
    /** The signal's, account's or register import's id; null for drafts. */
    objectId: uuid('object_id'),
    /** The signal's reference, or the source a register import came from as the beheerder named it. */
    reference: text('reference'),
    state: text('state'),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** When the signal was closed, or the register import completed. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** How many (1 for a signal, the rows of a register import). */
    count: integer('count').notNull().default(1),
    /** Which term, its length, and who set it (null: the default). */
    term: text('term', { enum: ['closed', 'handed-over', 'draft', 'user', 'register'] }).notNull(),
    termLength: integer('term_length').notNull(),
    termSetByUserId: uuid('term_set_by_user_id'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('retention_deletions_municipality_idx').on(t.municipality, t.deletedAt)],
);

/**
 * Where the audit trail's retention cut a chain (docs/decisions/0019-audit-trail-retention.md): the
 * last removed record's number and hash, so that the chain's first remaining record still links to
 * something, signed with a key from the key file so that the database alone cannot fake a cut.
 */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    municipality: text('municipality'),
    /** The last removed record. */
    seq: integer('seq').notNull(),
    hash: text('hash').notNull(),
    /** How many records this cut removed, and the moments of the first and last. */
    removed: integer('removed').notNull(),
    firstAt: timestamp('first_at', { withTimezone: true, precision: 6 }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true, precision: 6 }).notNull(),
    cutAt: timestamp('cut_at', { withTimezone: true }).notNull(),
    /** `v1.<keyId>.<HMAC>` over the fields above. */
    signature: text('signature').notNull(),
  },
  (t) => [index('audit_checkpoints_chain_idx').on(t.municipality, t.seq)],
);

/**
 * Staff training (issue 11, seed 002): one row per module a user finished. The course and its
 * modules are region content; the row keeps the module's id and the job track the user followed.
 */
export const trainingCompletions = pgTable(
  'training_completions',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    municipality: text('municipality')
      .notNull()
      .references(() => municipalities.code),
    module: text('module').notNull(),
    track: text('track').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.module] }), index('training_completions_municipality_idx').on(t.municipality)],
);

/**
 * The basisniveau checklist (seed 004's randvoorwaarde, seed 002): per municipality and item the
 * status, the date, the evidence and who confirmed it.
 */
export const basisniveauItems = pgTable(
  'basisniveau_items',
  {
    municipality: text('municipality')
      .notNull()
      .references(() => municipalities.code),
    item: text('item').notNull(),
    status: text('status').notNull(),
    evidence: text('evidence'),
    /** The date the evidence is from, as the beheerder gives it (YYYY-MM-DD). */
    since: text('since'),
    confirmedByUserId: uuid('confirmed_by_user_id').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipality, t.item] })],
);

/**
 * Published versions of the region packs (ADR 28): instance-wide content, not tenant data. The
 * served content is the YAML's with each region's newest version in it; a version is never changed.
 */
export const regionPackVersions = pgTable(
  'region_pack_versions',
  {
    id: serial('id').primaryKey(),
    region: text('region').notNull(),
    version: integer('version').notNull(),
    /** initial | edit | import | rollback | release (src/domain/content/region-pack-state.ts). */
    kind: text('kind').notNull(),
    pack: jsonb('pack').notNull(),
    /** SHA-256 of the release's pack this version descends from (ADR 23's base). */
    baseHash: text('base_hash').notNull(),
    /** Null for a version from a release. */
    publishedByUserId: uuid('published_by_user_id'),
    publishedBy: text('published_by').notNull(),
    reason: text('reason').notNull(),
    restoredFrom: integer('restored_from'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('region_pack_versions_region_version_idx').on(t.region, t.version)],
);

/** The draft a regiobeheerder works on: one per region, the whole pack. */
export const regionPackDrafts = pgTable('region_pack_drafts', {
  region: text('region').primaryKey(),
  pack: jsonb('pack').notNull(),
  basedOn: integer('based_on').notNull(),
  /** Set when the draft was made from a release's proposal (ADR 32): publishing it moves the base to that release. */
  releaseHash: text('release_hash'),
  /** Null for a draft imported on the command line. */
  updatedByUserId: uuid('updated_by_user_id'),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * Releases a region decided on through a proposal (ADR 32): accepted (the merged draft was
 * published) or refused. The release's pack is kept: it is the base the next proposal diffs against.
 */
export const regionPackReleases = pgTable(
  'region_pack_releases',
  {
    region: text('region').notNull(),
    /** SHA-256 of the release's pack of the region (as `base_hash`). */
    releaseHash: text('release_hash').notNull(),
    /** accepted | refused */
    decision: text('decision').notNull(),
    pack: jsonb('pack').notNull(),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.region, t.releaseHash] })],
);

/**
 * Every route map as it was published, by its content version (a hash over the map and the
 * contacts it uses): a signal keeps the map version it was walked on, and its case shows that map.
 */
export const routeMapVersions = pgTable(
  'route_map_versions',
  {
    mapId: text('map_id').notNull(),
    mapVersion: text('map_version').notNull(),
    /** The compiled map in Dutch (CompiledRouteMap): question texts, options, outcome titles and contacts. */
    map: jsonb('map').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.mapId, t.mapVersion] })],
);
