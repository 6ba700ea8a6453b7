import crypto from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Content } from '../../domain/content/content';
import type { Keyring } from '../crypto/keyring';
import type { Database } from '../db/client';
import { handovers, signalEvents, users } from '../db/schema';
import { inTenant } from '../db/tenant';
import { recordFeedback } from '../feedback/record-feedback';
import { createHandover } from '../handovers/create-handover';
import { createMailer } from '../mail/mailer';
import { addToAgenda } from '../meetings/commands/change-agenda';
import { createMeeting } from '../meetings/commands/create-meeting';
import { recordDecision } from '../meetings/commands/record-decision';
import type { ActingUser } from '../signals/acting-user';
import { addNote } from '../signals/commands/add-note';
import { chooseRoute } from '../signals/commands/choose-route';
import { recordCaseEvent } from '../signals/commands/record-case-event';
import { recordMeldcodeStep } from '../signals/commands/record-meldcode-step';
import { submitSignal } from '../signals/commands/submit-signal';
import { applyTransition, findSignalForUpdate } from '../signals/signal-store';
import type { SignalServices } from '../signals/signal-services';
import { DEMO_MEETING, DEMO_SCENARIOS, type DemoScenario, type DemoStep } from './demo-signals';
import { DEMO_MUNICIPALITIES } from './seed-demo-users';

const DAY = 86_400_000;
/** Links in the demo's e-mails (none are sent: the demo has no mail server) point here. */
const DEMO_URL = 'http://localhost:3000';

interface DemoPeople {
  reporter: ActingUser;
  af: ActingUser;
}

/** The demo medewerker and aandachtsfunctionaris of each demo municipality (made by seedDemoUsers). */
async function demoPeople(db: Database['db']): Promise<Map<string, DemoPeople>> {
  const people = new Map<string, DemoPeople>();
  for (const { code, slug } of DEMO_MUNICIPALITIES) {
    const emails = [`medewerker@${slug}.demo.signaalroute.nl`, `aandachtsfunctionaris@${slug}.demo.signaalroute.nl`];
    const rows = await inTenant(db, code, (tx) => tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails)));
    const idOf = (email: string) => rows.find((r) => r.email === email)?.id;
    const [reporterId, afId] = [idOf(emails[0]!), idOf(emails[1]!)];
    if (!reporterId || !afId) throw new Error(`Demogebruikers van ${code} ontbreken; maak eerst de demogebruikers.`);
    people.set(code, {
      reporter: { userId: reporterId, kind: 'melder', origin: null },
      af: { userId: afId, kind: 'aandachtsfunctionaris', origin: null },
    });
  }
  return people;
}

/**
 * Fills the demo with signals in every state of the workflow (seed 004) for Leiden and a few for
 * the other demo municipalities, through the same commands as the API, each step dated in the
 * past so the history, the due dates and the overdue markers look like weeks of work.
 */
export async function seedDemoSignals(deps: { database: Database; content: Content; keyring: Keyring }, now = new Date()): Promise<{ signals: number }> {
  const { database, content, keyring } = deps;
  const mailer = createMailer({ smtpUrl: undefined, from: 'Signaalroute demo <noreply@localhost>' });
  const people = await demoPeople(database.db);
  const at = (daysAgo: number, minutes = 0) => new Date(now.getTime() - daysAgo * DAY + minutes * 60_000);
  const servicesAt = (when: Date): SignalServices => ({ db: database.db, keyring, content, mailer, now: () => when });
  const signalIds = new Map<string, string>();

  // Oldest first, so each municipality's references count up with the dates received.
  for (const scenario of [...DEMO_SCENARIOS].sort((a, b) => b.daysAgo - a.daysAgo)) {
    const who = people.get(scenario.municipality)!;
    const { signal } = await submitSignal(servicesAt(at(scenario.daysAgo)), {
      municipality: scenario.municipality,
      reporter: who.reporter,
      idempotencyKey: crypto.randomUUID(),
      submission: scenario.submission,
      receivedAt: at(scenario.daysAgo),
    });
    signalIds.set(scenario.key, signal.id);
    for (const [i, step] of scenario.steps.entries()) {
      await runStep(scenario, step, { signalId: signal.id, af: who.af, services: servicesAt(at(step.daysAgo, i + 1)), deps: { ...deps, mailer } });
    }
  }

  const af = people.get(DEMO_MEETING.municipality)!.af;
  const meeting = await createMeeting(database.db, keyring, {
    municipality: DEMO_MEETING.municipality,
    user: af,
    heldOn: new Date(now.getTime() + DEMO_MEETING.inDays * DAY).toISOString().slice(0, 10),
    title: DEMO_MEETING.title,
  });
  for (const key of DEMO_MEETING.agenda) {
    await addToAgenda(database.db, keyring, { municipality: DEMO_MEETING.municipality, user: af, meetingId: meeting.meeting.id, signalId: signalIds.get(key)! });
  }
  await recordDecision(database.db, keyring, {
    municipality: DEMO_MEETING.municipality,
    user: af,
    meetingId: meeting.meeting.id,
    signalId: signalIds.get(DEMO_MEETING.decided.key)!,
    decision: DEMO_MEETING.decided.decision,
    now,
  });
  mailer.close();
  return { signals: signalIds.size };
}

interface StepContext {
  signalId: string;
  af: ActingUser;
  services: SignalServices;
  deps: { database: Database; content: Content; keyring: Keyring; mailer: SignalServices['mailer'] };
}

async function runStep(scenario: DemoScenario, step: DemoStep, ctx: StepContext): Promise<void> {
  const { municipality } = scenario;
  const { signalId, af, services } = ctx;
  const base = { municipality, user: af, signalId };
  switch (step.do) {
    case 'event':
      await recordCaseEvent(services, { ...base, event: step.event, reason: step.reason, message: step.message, publicUrl: DEMO_URL });
      return;
    case 'note': {
      const corrected = step.correctsPrevious ? await lastNoteId(services, municipality, signalId) : undefined;
      await addNote(services, { ...base, text: step.text, correctsEventId: corrected });
      return;
    }
    case 'route':
      await chooseRoute(services, { ...base, mapId: step.mapId, answers: step.answers });
      return;
    case 'meldcode':
      await recordMeldcodeStep(services, { ...base, step: step.step, doneOn: services.now().toISOString().slice(0, 10), note: step.note });
      return;
    case 'enrich':
      // No command yet: enrichment against earlier records is a later issue. The state machine and
      // the history are the same as the command will use.
      await inTenant(services.db, municipality, async (tx) => {
        const signal = await findSignalForUpdate(tx, signalId);
        await applyTransition(tx, services.keyring, signal, 'verrijken', af, services.now(), { text: step.text });
      });
      return;
    case 'handover':
      await createHandover(ctx.deps, {
        municipality,
        signalId,
        partnerId: step.partnerId,
        contactId: step.contactId,
        parts: step.parts,
        channel: step.channel,
        dueDays: step.dueDays,
        actor: { userId: af.userId!, origin: null },
        publicUrl: DEMO_URL,
        now: services.now(),
      });
      return;
    case 'feedback':
      // The partner answered through the link of the latest handover.
      await inTenant(services.db, municipality, async (tx) => {
        const [handover] = await tx.select().from(handovers).where(eq(handovers.signalId, signalId)).orderBy(desc(handovers.sentAt)).limit(1);
        await recordFeedback(tx, services.keyring, {
          handover: handover!,
          answer: { outcome: step.outcome, forwardedTo: step.forwardedTo, note: step.note },
          actor: { userId: null, kind: 'partner' },
          origin: null,
          now: services.now(),
        });
      });
      return;
  }
}

/** The latest note of the signal: the entry a demo correction corrects. */
async function lastNoteId(services: SignalServices, municipality: string, signalId: string): Promise<number | undefined> {
  const [row] = await inTenant(services.db, municipality, (tx) =>
    tx
      .select({ id: signalEvents.id })
      .from(signalEvents)
      .where(and(eq(signalEvents.signalId, signalId), eq(signalEvents.kind, 'notitie')))
      .orderBy(desc(signalEvents.id))
      .limit(1),
  );
  return row?.id;
}
