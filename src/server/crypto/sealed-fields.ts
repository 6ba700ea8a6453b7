import { decryptField, encryptField } from './field-cipher';
import type { Keyring } from './keyring';

/**
 * Where each encrypted value lives, bound into its ciphertext: a value copied to another row or
 * field does not decrypt there. Every sealed column is listed in reencrypt-all.ts as well.
 */
export const sealContext = {
  submission: (signalId: string) => `signal:${signalId}:submission`,
  reporter: (signalId: string) => `signal:${signalId}:reporter`,
  eventText: (signalId: string) => `signal:${signalId}:event-text`,
  handoverContent: (handoverId: string) => `handover:${handoverId}:content`,
  feedbackNote: (handoverId: string) => `handover:${handoverId}:feedback-note`,
  feedbackForwardedTo: (handoverId: string) => `handover:${handoverId}:feedback-forwarded-to`,
  meldcodeNote: (signalId: string, step: number) => `signal:${signalId}:meldcode:${step}`,
  meetingDecision: (meetingId: string, signalId: string) => `meeting:${meetingId}:signal:${signalId}`,
  draft: (userId: string) => `draft:${userId}`,
  signalLink: (linkId: string) => `signal-link:${linkId}`,
  importProblems: (importId: string) => `register-import:${importId}:problems`,
};

/** A JSON value, encrypted for its place. */
export const seal = (keyring: Keyring, context: string, value: unknown): string => encryptField(keyring, context, JSON.stringify(value));
export const unseal = <T>(keyring: Keyring, context: string, sealed: string): T => JSON.parse(decryptField(keyring, context, sealed)) as T;
