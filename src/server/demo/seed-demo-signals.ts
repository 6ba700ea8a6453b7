import crypto from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { systemContext, userContext, type Context } from '../context/context';
import { defineCommand, inTransaction, run } from '../context/run';
import type { Services } from '../context/services';
import { handovers, signalEvents, users } from '../db/schema';
import { recordFeedback } from '../feedback/record-feedback';
import { createHandover } from '../handovers/commands/create-handover';
import { addToAgenda } from '../meetings/commands/change-agenda';
import { createMeeting } from '../meetings/commands/create-meeting';
import { recordDecision } from '../meetings/commands/record-decision';
import { addNote } from '../signals/commands/add-note';
import { chooseRoute } from '../signals/commands/choose-route';
import { recordCaseEvent } from '../signals/commands/record-case-event';
import { recordMeldcodeStep } from '../signals/commands/record-meldcode-step';
import { submitSignal } from '../signals/commands/submit-signal';
import { DEMO_HISTORY } from './demo-history';
import { DEMO_MEETING, DEMO_SCENARIOS, type DemoStep } from './demo-signals';
import { DEMO_MUNICIPALITIES } from './seed-demo-users';

const DAY = 86_400_000;

interface DemoPeople {
  reporterId: string;
  afId: string;
}

/** The demo medewerker and aandachtsfunctionaris of each demo municipality (made by seedDemoUsers). */
async function demoPeople(services: Services): Promise<Map<string, DemoPeople>> {
  const people = new Map<string, DemoPeople>();
  for (const { code, slug } of DEMO_MUNICIPALITIES) {
    const emails = [`medewerker@${slug}.demo.signaalroute.nl`, `aandachtsfunctionaris@${slug}.demo.signaalroute.nl`];
    const rows = await run(systemContext(services, { municipality: code }), demoAccounts, emails);
    const idOf = (email: string) => rows.find((r) => r.email === email)?.id;
    const [reporterId, afId] = [idOf(emails[0]!), idOf(emails[1]!)];
    if (!reporterId || !afId) throw new Error(`Demogebruikers van ${code} ontbreken; maak eerst de demogebruikers.`);
    people.set(code, { reporterId, afId });
  }
  return people;
}

const demoAccounts = defineCommand('demo.accounts', (ctx, emails: string[]) =>
  ctx.tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails)),
);

/**
 * Fills the demo with signals in every state of the workflow (seed 004) for Leiden and a few for
 * the other demo municipalities, through the same commands as the API, each step dated in the
 * past (a clock of its own per step) so the history, the due dates and the overdue markers look
 * like weeks of work. The demo has no mail server: no e-mail goes out.
 */
export async function seedDemoSignals(services: Services, now = new Date()): Promise<{ signals: number }> {
  const people = await demoPeople(services);
  const at = (daysAgo: number, minutes = 0) => new Date(now.getTime() - daysAgo * DAY + minutes * 60_000);
  const asOf = (when: Date): Services => ({ ...services, clock: () => when });
  const signalIds = new Map<string, string>();

  // Oldest first, so each municipality's references count up with the dates received.
  for (const scenario of [...DEMO_SCENARIOS, ...DEMO_HISTORY].sort((a, b) => b.daysAgo - a.daysAgo)) {
    const who = people.get(scenario.municipality)!;
    const received = at(scenario.daysAgo);
    const reporterId = scenario.reporter === 'aandachtsfunctionaris' ? who.afId : who.reporterId;
    const reporter = userContext(asOf(received), { userId: reporterId, municipality: scenario.municipality }, 'melder');
    const { signal } = await run(reporter, submitSignal, { idempotencyKey: crypto.randomUUID(), submission: scenario.submission, receivedAt: received });
    signalIds.set(scenario.key, signal.id);
    for (const [i, step] of scenario.steps.entries()) {
      const af = userContext(asOf(at(step.daysAgo, i + 1)), { userId: who.afId, municipality: scenario.municipality }, 'aandachtsfunctionaris');
      await runStep(step, af, signal.id);
    }
  }

  const af = userContext(asOf(now), { userId: people.get(DEMO_MEETING.municipality)!.afId, municipality: DEMO_MEETING.municipality }, 'aandachtsfunctionaris');
  const meeting = await run(af, createMeeting, { heldOn: new Date(now.getTime() + DEMO_MEETING.inDays * DAY).toISOString().slice(0, 10), title: DEMO_MEETING.title });
  for (const key of DEMO_MEETING.agenda) await run(af, addToAgenda, { meetingId: meeting.meeting.id, signalId: signalIds.get(key)! });
  await run(af, recordDecision, { meetingId: meeting.meeting.id, signalId: signalIds.get(DEMO_MEETING.decided.key)!, decision: DEMO_MEETING.decided.decision });
  return { signals: signalIds.size };
}

async function runStep(step: DemoStep, af: Context, signalId: string): Promise<void> {
  switch (step.do) {
    case 'event':
      await run(af, recordCaseEvent, { signalId, event: step.event, reason: step.reason, message: step.message });
      return;
    case 'note': {
      const corrected = step.correctsPrevious ? await lastNoteId(af, signalId) : undefined;
      await run(af, addNote, { signalId, text: step.text, correctsEventId: corrected });
      return;
    }
    case 'route':
      await run(af, chooseRoute, { signalId, mapId: step.mapId, answers: step.answers });
      return;
    case 'meldcode':
      await run(af, recordMeldcodeStep, { signalId, step: step.step, doneOn: af.services.clock().toISOString().slice(0, 10), note: step.note });
      return;
    case 'enrich':
      await run(af, addNote, { signalId, text: step.text });
      await run(af, recordCaseEvent, { signalId, event: 'verrijken' });
      return;
    case 'handover':
      await run(af, createHandover, { signalId, partnerId: step.partnerId, contactId: step.contactId, parts: step.parts, channel: step.channel, dueDays: step.dueDays });
      return;
    case 'feedback': {
      // The partner answered through the link of the latest handover.
      const partner: Context = { ...af, actor: { kind: 'visitor', as: 'partner' } };
      await inTransaction(partner, async (txCtx) => {
        const [handover] = await txCtx.tx.select().from(handovers).where(eq(handovers.signalId, signalId)).orderBy(desc(handovers.sentAt)).limit(1);
        await recordFeedback(txCtx, { handover: handover!, answer: { outcome: step.outcome, forwardedTo: step.forwardedTo, note: step.note } });
      });
      return;
    }
  }
}

/** The latest note of the signal: the entry a demo correction corrects. */
async function lastNoteId(ctx: Context, signalId: string): Promise<number | undefined> {
  const [row] = await inTransaction(ctx, ({ tx }) =>
    tx
      .select({ id: signalEvents.id })
      .from(signalEvents)
      .where(and(eq(signalEvents.signalId, signalId), eq(signalEvents.kind, 'notitie')))
      .orderBy(desc(signalEvents.id))
      .limit(1),
  );
  return row?.id;
}
