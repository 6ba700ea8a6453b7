import type { FastifyRequest } from 'fastify';

/** What the identity module can be configured with; every field has a default (tests set the clock). */
export interface AuthOptions {
  /** The address users reach Signaalroute at, without a trailing slash. Without one, the request's own address. */
  publicUrl?: string;
  sessionIdleMinutes?: number;
  sessionAbsoluteHours?: number;
  /** The clock. Injectable so tests can move time instead of sleeping. */
  now?: () => Date;
}

export interface AuthSettings {
  publicUrl: string | null;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  now: () => Date;
}

const MINUTE = 60_000;

export function authSettings(options: AuthOptions = {}): AuthSettings {
  return {
    publicUrl: options.publicUrl ? options.publicUrl.replace(/\/+$/, '') : null,
    sessionIdleMs: (options.sessionIdleMinutes ?? 30) * MINUTE,
    sessionAbsoluteMs: (options.sessionAbsoluteHours ?? 12) * 60 * MINUTE,
    now: options.now ?? (() => new Date()),
  };
}

/**
 * The public base address for links and the SSO redirect address. Configured in production
 * (PUBLIC_URL); a development server on a random port falls back to the address it was asked on.
 */
export function publicUrlFor(settings: AuthSettings, request: FastifyRequest): string {
  return settings.publicUrl ?? `${request.protocol}://${request.host}`;
}
