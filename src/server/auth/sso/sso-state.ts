import { z } from 'zod';

/**
 * What the browser carries from the start of an SSO login to its callback, in an httpOnly cookie
 * that lives ten minutes: the municipality, and the state, nonce and PKCE verifier that bind the
 * answer of the identity provider to this browser and this attempt. Random values only, nothing
 * about the person.
 */
const ssoState = z.object({
  m: z.string().regex(/^GM\d{4}$/),
  state: z.string().min(20).max(200),
  nonce: z.string().min(20).max(200),
  verifier: z.string().min(43).max(128),
});
export type SsoState = z.infer<typeof ssoState>;

export function encodeSsoState(state: SsoState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

export function decodeSsoState(value: string | undefined): SsoState | null {
  if (!value) return null;
  try {
    const parsed = ssoState.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
