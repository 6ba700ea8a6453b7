import type { Content } from '../../domain/content/content';
import type { SignalSubmission } from '../../domain/signal/schema';
import type { Keyring } from '../crypto/keyring';
import type { Db } from '../db/client';
import type { AppDeps } from '../http/types';
import type { Mailer } from '../mail/mailer';

/** What the signal commands work with; built once from the app's dependencies (or by the demo seed). */
export interface SignalServices {
  db: Db;
  keyring: Keyring;
  content: Content;
  mailer: Mailer;
  now: () => Date;
}

export function signalServices(deps: AppDeps): SignalServices {
  return { db: deps.database.db, keyring: deps.keyring, content: deps.content, mailer: deps.mailer, now: deps.now ?? (() => new Date()) };
}

/** The submission as stored (encrypted): the reporter's phone number is kept with the reporter, not here. */
export type StoredSubmission = Omit<SignalSubmission, 'reporterPhone'>;

/** The reporter's identity, encrypted apart from the submission; for the AF of the municipality only. */
export interface Reporter {
  name: string;
  email: string;
  phone: string | null;
}
