import { eq } from 'drizzle-orm';
import { randomToken, sha256 } from '../../auth/secrets';
import { activationTokens } from '../../db/schema';
import type { Tx } from '../../db/tenant';

export const ACTIVATION_VALID_MS = 72 * 60 * 60_000;

export interface ActivationToken {
  token: string;
  expiresAt: Date;
}

/**
 * A new one-time activation token for the user; earlier ones stop working (only the newest link a
 * beheerder handed out is valid). Stored as its hash only.
 */
export async function issueActivationToken(tx: Tx, userId: string, now: Date): Promise<ActivationToken> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + ACTIVATION_VALID_MS);
  await tx.delete(activationTokens).where(eq(activationTokens.userId, userId));
  await tx.insert(activationTokens).values({ tokenHash: sha256(token), userId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/** The link for the new user. The token is in the fragment (#), which browsers never send to a server or proxy log. */
export function activationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/activeren#token=${token}`;
}
