import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Content } from '../../domain/content/content';
import type { Database } from '../db/client';
import type { Keyring } from '../crypto/keyring';
import type { InstanceMode } from '../instance/instance-mode';
import type { Mailer } from '../mail/mailer';

/** Fastify with zod schemas as the type source: handlers get typed, validated input. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What route modules need; passed explicitly so tests can build an app around any database. */
export interface AppDeps {
  database: Database;
  content: Content;
  /** A demo installation says so on every page; production when absent. */
  mode?: InstanceMode;
  /** Keys for personal data at rest (reporter, free text). */
  keyring: Keyring;
  mailer: Mailer;
  /** The clock; tests pass their own to reach due dates without waiting. */
  now?: () => Date;
}
