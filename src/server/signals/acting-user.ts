import type { FastifyRequest } from 'fastify';
import type { SignalActor } from './signal-store';

/**
 * Who performs a signal command, for the history and the audit record: a logged-in user in the
 * role of this act ('melder' when submitting, 'aandachtsfunctionaris' when handling), or the
 * system (the demo seed). `origin` is the client's IP address.
 */
export interface ActingUser extends SignalActor {
  origin: string | null;
}

export function actingUser(request: FastifyRequest, kind: string): ActingUser {
  return { userId: request.actor!.userId, kind, origin: request.ip };
}
