import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/cookies';
import { errors } from './errors';

/** Enough for a municipality's staff at once; a full house on a two-core machine still answers within a second or two. */
export const DEFAULT_MAX_REQUESTS_IN_FLIGHT = 64;

/** When a refused client may try again. */
export const OVERLOAD_RETRY_SECONDS = 5;

/** The part of the capacity anonymous requests may take: the rest stays free for signed-in users. */
const ANONYMOUS_SHARE = 0.5;
/**
 * The part signed-in requests may take. With the embedded database in its own thread (ADR 31) they
 * wait there in numbers and filled every slot: the public route maps, which need no database, were
 * then refused although they would have been answered at once.
 */
const SIGNED_IN_SHARE = 0.75;

export interface InFlight {
  all: number;
  anonymous: number;
}

/**
 * Whether one more API request may start. A request waiting behind a full house only times out at
 * the client, after its work is done for nothing; refused at once it gets a clear answer and comes
 * back (issue 12). Anonymous traffic (the public route maps) can never take the slots of signed-in
 * users, whose requests are the municipality's work, nor they all of anonymous traffic's.
 */
export function admits(inFlight: InFlight, signedIn: boolean, maxInFlight: number): boolean {
  if (inFlight.all >= maxInFlight) return false;
  const share = (part: number) => Math.max(1, Math.floor(maxInFlight * part));
  return signedIn ? inFlight.all - inFlight.anonymous < share(SIGNED_IN_SHARE) : inFlight.anonymous < share(ANONYMOUS_SHARE);
}

/** A session cookie is enough to tell: checking it would cost the database work this is meant to spare. */
const signedIn = (request: FastifyRequest) => (request.headers.cookie ?? '').includes(`${SESSION_COOKIE}=`);

/**
 * Counts the API requests being worked on and refuses those above `maxInFlight` with 503 and
 * Retry-After before any work is done. The health check is never refused: a load balancer must
 * see the instance is alive, and it costs nothing.
 */
export function installLoadShedding(app: FastifyInstance, maxInFlight: number): void {
  const inFlight: InFlight = { all: 0, anonymous: 0 };
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/v1/health')) return;
    const member = signedIn(request);
    if (!admits(inFlight, member, maxInFlight)) throw errors.overloaded(OVERLOAD_RETRY_SECONDS);
    inFlight.all++;
    if (!member) inFlight.anonymous++;
    // 'close' comes once whether the answer was sent or the client went away.
    reply.raw.once('close', () => {
      inFlight.all--;
      if (!member) inFlight.anonymous--;
    });
  });
}
