import { and, eq } from 'drizzle-orm';
import {
  type Candidate,
  type LinkDecision,
  type LinkRequest,
  rankCandidates,
  type SignalMatches,
  type SignalSubject,
  signalSubjects,
} from '../../../domain/matching';
import { userOf } from '../../context/actor';
import type { Context, TxContext } from '../../context/context';
import { defineProcedure, inTransaction } from '../../context/run';
import { seal, sealContext, unseal } from '../../crypto/sealed-fields';
import { signalLinks, signals } from '../../db/schema';
import { errors } from '../../http/errors';
import { findSignalForUpdate, type SignalRow, type StoredSubmission } from '../../signals/signal-repository';
import { findSubjectsInLiveRegisters, type LiveAnswer } from '../find-in-live-registers';
import { type EarlierSignal, loadEarlierSignals } from '../find-in-signals';
import { candidatesFor } from './search-matches';

/** How many candidates a subject of a signal shows. */
const PER_SUBJECT = 10;

type LinkDetail = { label: string; score: number; reasons: string[]; note: string | null };
type LinkRow = typeof signalLinks.$inferSelect;
/** What the live registers gave, by subject ("addresses.0"). */
type Live = ReadonlyMap<string, LiveAnswer>;
const NOTHING_LIVE: LiveAnswer = { candidates: [], lookups: [] };

function subjectsOf(ctx: TxContext, signal: SignalRow): SignalSubject[] {
  return signalSubjects(unseal<StoredSubmission>(ctx.services.keyring, sealContext.submission(signal.id), signal.submissionSealed));
}

async function readSignal(ctx: TxContext, signalId: string): Promise<SignalRow> {
  const [signal] = await ctx.tx.select().from(signals).where(eq(signals.id, signalId));
  if (!signal) throw errors.signalNotFound(signalId);
  return signal;
}

/**
 * The live registers (BAG, KVK) for every subject of the signal. The subjects are read in a short
 * transaction of their own, so row-level security keeps another municipality's signal out (404)
 * before any register is asked; the registers are asked outside it, so a slow one holds no
 * database connection. `check` refuses early what the main transaction would refuse anyway.
 */
async function askLiveRegisters(ctx: Context, signalId: string, check?: (subjects: SignalSubject[]) => void): Promise<Live> {
  const subjects = await inTransaction(ctx, async (tx) => subjectsOf(tx, await readSignal(tx, signalId)));
  check?.(subjects);
  return findSubjectsInLiveRegisters(ctx.services, subjects);
}

const detailOf = (ctx: TxContext, link: LinkRow) => unseal<LinkDetail>(ctx.services.keyring, sealContext.signalLink(link.id), link.detailSealed);

/** The candidates of one subject as the AF sees them: rejected ones left out, confirmed ones always in. */
async function subjectCandidates(ctx: TxContext, earlier: readonly EarlierSignal[], subject: SignalSubject, live: LiveAnswer, links: LinkRow[]) {
  const decided = links.filter((l) => l.subject === subject.subject);
  const rejected = new Set(decided.filter((l) => l.decision === 'rejected').map((l) => `${l.source}:${l.candidateId}`));
  const found = rankCandidates([...(await candidatesFor(ctx, subject, earlier)), ...live.candidates], PER_SUBJECT + rejected.size).filter(
    (c) => !rejected.has(`${c.source}:${c.id}`),
  );
  const confirmed = decided.filter((l) => l.decision === 'confirmed');
  const shown = found.slice(0, PER_SUBJECT).map((c) => {
    const link = confirmed.find((l) => l.source === c.source && l.candidateId === c.id);
    return { ...c, decision: link ? ('confirmed' as const) : null, note: link ? detailOf(ctx, link).note : null };
  });
  // A confirmed link stays visible as it was decided, even when the register has changed since.
  for (const link of confirmed) {
    if (shown.some((c) => c.source === link.source && c.id === link.candidateId)) continue;
    const detail = detailOf(ctx, link);
    shown.push({ source: link.source, id: link.candidateId, label: detail.label, score: detail.score, reasons: detail.reasons, decision: 'confirmed', note: detail.note });
  }
  return shown;
}

async function matchesOf(ctx: TxContext, signal: SignalRow, earlier: readonly EarlierSignal[], live: Live): Promise<SignalMatches> {
  const links = await ctx.tx.select().from(signalLinks).where(eq(signalLinks.signalId, signal.id));
  const subjects = [];
  for (const subject of subjectsOf(ctx, signal)) {
    const answer = live.get(subject.subject) ?? NOTHING_LIVE;
    const candidates = await subjectCandidates(ctx, earlier, subject, answer, links);
    subjects.push({ subject: subject.subject, kind: subject.kind, label: subject.label, candidates, lookups: answer.lookups });
  }
  // Links the AF confirmed from other signals to this one.
  const incoming = await ctx.tx
    .select({ link: signalLinks, reference: signals.reference })
    .from(signalLinks)
    .innerJoin(signals, eq(signals.id, signalLinks.signalId))
    .where(and(eq(signalLinks.source, 'signal'), eq(signalLinks.candidateId, signal.reference), eq(signalLinks.decision, 'confirmed')));
  const linkedFrom = incoming.map(({ link, reference }) => ({ reference, signalId: link.signalId, subject: link.subject, label: detailOf(ctx, link).label }));
  return { subjects, linkedFrom };
}

/**
 * Step 3 of the AF's steps (seed 004): for every person, organisation and address in the signal,
 * who or what is already known (live registers included, and how they answered), with the AF's
 * decisions. Reading it is audited (counts and register answers only).
 */
export const readSignalMatches = defineProcedure('signal.matches', async (ctx, input: { signalId: string }): Promise<SignalMatches> => {
  const live = await askLiveRegisters(ctx, input.signalId);
  return inTransaction(ctx, async (tx) => {
    const signal = await readSignal(tx, input.signalId);
    const matches = await matchesOf(tx, signal, await loadEarlierSignals(tx, { except: signal.id }), live);
    await tx.audit({
      action: 'signal.matches',
      objectType: 'signal',
      objectId: signal.id,
      details: {
        subjects: matches.subjects.length,
        candidates: matches.subjects.reduce((n, s) => n + s.candidates.length, 0),
        lookups: matches.subjects.flatMap((s) => s.lookups.map((l) => `${l.register}:${l.status}`)),
      },
    });
    return matches;
  });
});

/**
 * The AF confirms that a candidate is the same person, organisation or address, or rejects it (then
 * it is not offered again for that subject). Only a candidate the search offers for that subject
 * can be decided on — a live register's included, as it was offered — so nobody links a signal to
 * a record they could not have found. The answer is the signal's matches as after reading them.
 */
export const decideLink = defineProcedure('signal.link', async (ctx, input: { signalId: string } & LinkRequest): Promise<SignalMatches> => {
  const live = await askLiveRegisters(ctx, input.signalId, (subjects) => {
    if (!subjects.some((s) => s.subject === input.subject)) throw errors.subjectNotFound(input.subject);
  });
  return inTransaction(ctx, (tx) => decide(tx, input, live));
});

async function decide(ctx: TxContext, input: { signalId: string } & LinkRequest, live: Live): Promise<SignalMatches> {
  const signal = await findSignalForUpdate(ctx.tx, input.signalId);
  const subject = subjectsOf(ctx, signal).find((s) => s.subject === input.subject);
  if (!subject) throw errors.subjectNotFound(input.subject);
  const earlier = await loadEarlierSignals(ctx, { except: signal.id });
  const found = [...(await candidatesFor(ctx, subject, earlier)), ...(live.get(subject.subject) ?? NOTHING_LIVE).candidates];
  const offered: Candidate | undefined = found.find((c) => c.source === input.source && c.id === input.id);
  const [existing] = await ctx.tx
    .select()
    .from(signalLinks)
    .where(and(eq(signalLinks.signalId, signal.id), eq(signalLinks.subject, input.subject), eq(signalLinks.source, input.source), eq(signalLinks.candidateId, input.id)));
  // A decision may be changed; what was seen then stays when the record is gone from the source.
  const seen = offered ?? (existing ? { ...detailOf(ctx, existing), source: input.source, id: input.id } : undefined);
  if (!seen) throw errors.candidateNotFound();
  const id = existing?.id ?? crypto.randomUUID();
  const detail: LinkDetail = { label: seen.label, score: seen.score, reasons: seen.reasons, note: input.note ?? null };
  const values = {
    decision: input.decision as LinkDecision,
    detailSealed: seal(ctx.services.keyring, sealContext.signalLink(id), detail),
    decidedByUserId: userOf(ctx.actor).userId,
    decidedAt: ctx.now,
  };
  if (existing) await ctx.tx.update(signalLinks).set(values).where(eq(signalLinks.id, id));
  else await ctx.tx.insert(signalLinks).values({ id, municipality: signal.municipality, signalId: signal.id, subject: input.subject, source: input.source, candidateId: input.id, ...values });
  await ctx.audit({
    action: 'signal.link',
    objectType: 'signal',
    objectId: signal.id,
    details: { subject: input.subject, source: input.source, decision: input.decision },
    sealedDetails: { candidate: input.id, note: input.note ?? null },
  });
  return matchesOf(ctx, signal, earlier, live);
}
